"""The notebooks are stored with their outputs, and those outputs are what executing them gives: each one runs top to
bottom against a fresh emulator holding its service's demo workspace (``tools/notebooks/execute.py``, the same code
as ``make notebooks``) and must match the committed file, images aside (compared by presence)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from dataports_emulators.testing import RunningEmulator

from tests.tool_scripts import load_tool

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


executor = load_tool("tools/notebooks/execute.py", "notebooks_execute")


def _outputs(notebook: Any) -> list[Any]:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_as_it_executes(path: Path) -> None:
    committed_text = path.read_text(encoding="utf-8")
    committed = nbformat.reads(committed_text, as_version=4)
    nbformat.validate(committed)
    # Each notebook names its service and a line of output that proves it ran its story (not just an empty run);
    # a notebook without them fails here rather than passing on an empty check.
    declared = committed.metadata.get("dataports", {})
    service, expected = declared.get("service"), declared.get("expect_output")
    assert service == path.stem, f"{path.name}: metadata.dataports.service must be {path.stem!r}"
    assert isinstance(expected, str) and expected.strip(), f"{path.name}: metadata.dataports.expect_output is missing"
    # Stored with its outputs: at least one DataFrame shown as a table and one plot, and no stored error.
    stored = _outputs(committed)
    assert any("<table" in o.get("data", {}).get("text/html", "") for o in stored), (
        f"{path.name} stores no DataFrame table: run `make notebooks`"
    )
    assert any(mime.startswith("image/") for o in stored for mime in o.get("data", {})), (
        f"{path.name} stores no plot: run `make notebooks`"
    )
    assert not [o for o in stored if o.get("output_type") == "error"], f"{path.name} stores an error output"

    executed = executor.execute(path)  # a cell that raises fails here, with its traceback
    outputs = _outputs(executed)
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any(expected in str(o) for o in outputs), f"{path.name} never printed {expected!r}"
    diff = executor.difference(committed_text, executed, f"notebooks/{path.name}")
    assert not diff, f"notebooks/{path.name} is not what executing it gives; run `make notebooks`:\n{diff}"


def test_normalising_masks_only_what_the_run_makes() -> None:
    from datetime import UTC, datetime

    started = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
    named = "cc276708-7752-4b52-a4ea-d3264847220e"
    masks = executor.Masks("http://127.0.0.1:40123", started, f'get_contacts(uuid="{named}")')
    fresh = "0b5a3f4e-8c1d-4e2f-9a3b-6c7d8e9f0a1b"
    text = (
        f"http://127.0.0.1:40123/rapidpro {fresh} {fresh} {named} 5b9e0c3a-1f2d-5e4a-8b7c-9d0e1f2a3b4c "
        "8172b0e75e004cc293d09ce0588e10f2 2026-11-23T21:05:00.123456Z 2026-01-30T09:00:00Z 2026-11-26 2125-12-12 "
        "<Foo object at 0x7f3a2b1c0d90> 100%|##| 5/5 [00:01<00:00, 4021.33 records/s]"
    )
    assert masks.apply(text) == (
        f"http://127.0.0.1:8765/rapidpro <uuid-1> <uuid-1> {named} 5b9e0c3a-1f2d-5e4a-8b7c-9d0e1f2a3b4c "
        "<uuid-2> <run time> 2026-01-30T09:00:00Z <run date> 2125-12-12 "
        "<Foo object at 0x…> 100%|##| 5/5 [??:??<??:??, ? records/s]"
    )
    assert masks.apply(fresh, html=True) == "&lt;uuid-1&gt;"
    assert masks.apply(masks.apply(text)) == masks.apply(text)


def test_the_check_fails_on_a_changed_output_and_ignores_image_bytes() -> None:
    path = ROOT / "notebooks" / "rapidpro.ipynb"
    committed = path.read_text(encoding="utf-8")
    notebook = nbformat.reads(committed, as_version=4)
    assert not executor.difference(committed, notebook)
    for output in _outputs(notebook):
        if "image/png" in output.get("data", {}):
            output["data"]["image/png"] = "iVBORw0KGgo="  # other pixels, same plot: not compared
    assert not executor.difference(committed, notebook)
    stream = next(o for o in _outputs(notebook) if o.get("output_type") == "stream")
    stream["text"] = stream["text"].replace("\n", " (changed)\n", 1)
    diff = executor.difference(committed, notebook, "rapidpro.ipynb")
    assert "(changed)" in diff and diff.startswith("--- rapidpro.ipynb (committed)")


def test_walkthrough_scripts_run(dataports_emulator: RunningEmulator) -> None:
    import os
    import subprocess

    examples = ROOT / "examples"
    for script in sorted(examples.glob("*_walkthrough.py")):
        service = script.stem.removesuffix("_walkthrough")
        dataports_emulator.reset(service)
        env = {**os.environ, **dataports_emulator.env(), "DATAPORTS_TOKEN": dataports_emulator.token}
        result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
