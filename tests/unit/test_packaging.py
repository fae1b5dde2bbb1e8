"""The wheel users install: licensed, typed, with the specs the emulator validates against, and dependency floors
that can work (the emulator imports ``python_multipart``, which only exists from python-multipart 0.0.13)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("dataports-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_carries_the_licence_the_metadata_names(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    licence = [n for n in names if n.endswith("licenses/LICENSE")]
    assert licence, names
    assert wheel.read(licence[0]).decode().startswith("MIT License")
    metadata = next(n for n in names if n.endswith("METADATA"))
    assert "License-Expression: MIT" in wheel.read(metadata).decode()


def test_wheel_is_typed_and_ships_the_specs(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"dataports/py.typed", "dataports_api/py.typed", "dataports_emulators/py.typed"} <= names
    assert {f"dataports_emulators/_specs/{p.name}" for p in (ROOT / "specs").glob("*.yaml")} <= names


def test_dependency_floors_can_work() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert not [d for d in project["dependencies"] if d.startswith("python-multipart")]  # the SDK does not use it
    multipart = next(d for d in project["optional-dependencies"]["emulator"] if d.startswith("python-multipart"))
    floor = tuple(int(x) for x in multipart.split(">=")[1].split(".")[:3])
    assert floor >= (0, 0, 18)  # the module name the code imports, and the CVE-2024-53981 fix
