"""The notebooks run top to bottom against the emulator (executed, not just parsed)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from dataports_emulators.testing import RunningEmulator
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, dataports_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = nbformat.read(path, as_version=4)
    # Each notebook names its service and a line of output that proves it ran its story (not just an empty run);
    # a notebook without them fails here rather than passing on an empty check.
    declared = notebook.metadata.get("dataports", {})
    service, expected = declared.get("service"), declared.get("expect_output")
    assert service == path.stem, f"{path.name}: metadata.dataports.service must be {path.stem!r}"
    assert isinstance(expected, str) and expected.strip(), f"{path.name}: metadata.dataports.expect_output is missing"
    dataports_emulator.reset(service)
    monkeypatch.setenv(f"DATAPORTS_{service.upper()}_URL", dataports_emulator.service_url(service))
    monkeypatch.setenv("DATAPORTS_TOKEN", dataports_emulator.token)
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any(expected in str(o) for o in outputs), f"{path.name} never printed {expected!r}"


def test_walkthrough_scripts_run(dataports_emulator: RunningEmulator) -> None:
    import os
    import subprocess
    import sys

    examples = Path(__file__).resolve().parents[1] / "examples"
    for script in sorted(examples.glob("*_walkthrough.py")):
        service = script.stem.removesuffix("_walkthrough")
        dataports_emulator.reset(service)
        env = {**os.environ, **dataports_emulator.env(), "DATAPORTS_TOKEN": dataports_emulator.token}
        result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
