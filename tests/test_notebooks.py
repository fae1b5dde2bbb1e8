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
    service = path.stem
    dataports_emulator.reset(service)
    monkeypatch.setenv(f"DATAPORTS_{service.upper()}_URL", dataports_emulator.service_url(service))
    monkeypatch.setenv("DATAPORTS_TOKEN", dataports_emulator.token)
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    expected = {"rapidpro": "Reporter", "gretel": "Individual records must be JSON objects", "voxel51": "Complete! 5"}
    assert any(expected.get(service, "") in str(o) for o in outputs)


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
