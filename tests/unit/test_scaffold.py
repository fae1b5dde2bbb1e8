"""`make new-service NAME=x` in a scratch copy of the repository: the scaffold is new files only, passes ruff and
mypy as written, and its service is picked up everywhere (emulator, end-to-end test, notebook, package shape, the
reference site's docstring check and strict build)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("repo")
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file():
            target = copy / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    return copy


def run(scratch: Path, *command: str) -> subprocess.CompletedProcess[str]:
    # The scratch copy's packages must win over the editable install that points at this checkout.
    path = os.pathsep.join(str(scratch / p) for p in ("overlay", "generated", "emulators", "."))
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run(command, cwd=scratch, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def scaffolded(scratch: Path) -> list[str]:
    before = set(subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split())
    result = run(scratch, sys.executable, "generator/new_service.py", "demo")
    assert result.returncode == 0, result.stdout + result.stderr
    created = [line.removeprefix("created ") for line in result.stdout.splitlines() if line.startswith("created ")]
    assert not set(created) & before, "the scaffold must only add files"
    return created


def test_scaffold_writes_every_part_of_a_service(scaffolded: list[str], scratch: Path) -> None:
    expected = {
        "specs/demo.yaml",
        "overlay/dataports/demo/__init__.py",
        "overlay/dataports/demo/base.py",
        "overlay/dataports/demo/client.py",
        "overlay/dataports/demo/errors.py",
        "emulators/dataports_emulators/services/demo/__init__.py",
        "emulators/dataports_emulators/services/demo/routes.py",
        "emulators/dataports_emulators/services/demo/state.py",
        "emulators/dataports_emulators/services/demo/seeding.py",
        "emulators/dataports_emulators/services/demo/demo.py",
        "tests/e2e/test_demo_client.py",
        "examples/demo_walkthrough.py",
        "notebooks/demo.ipynb",
        "benchmarks/demo.py",
        "docs/site/services/demo.md",
    }
    assert expected <= set(scaffolded)
    assert (scratch / "generated" / "dataports_api" / "demo" / "api" / "items" / "list_items.py").is_file()


def test_scaffold_passes_lint_and_strict_mypy(scaffolded: list[str], scratch: Path) -> None:
    python = [p for p in scaffolded if p.endswith(".py")]
    for check in (["check"], ["format", "--check"]):
        result = run(scratch, str(BIN / "ruff"), *check, *python)
        assert result.returncode == 0, result.stdout + result.stderr
    packages = ["overlay/dataports/demo", "emulators/dataports_emulators/services/demo"]
    result = run(scratch, str(BIN / "mypy"), *packages)
    assert result.returncode == 0, result.stdout + result.stderr


def test_scaffolded_service_runs_end_to_end(scaffolded: list[str], scratch: Path) -> None:
    result = run(
        scratch,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/e2e/test_demo_client.py",
        "tests/emulators/test_package_shape.py",
        "tests/test_notebooks.py::test_notebook_is_stored_as_it_executes[demo]",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    walkthrough = run(scratch, sys.executable, "examples/demo_walkthrough.py")
    assert walkthrough.returncode == 0 and "created walkthrough" in walkthrough.stdout, walkthrough.stderr


def test_scaffolded_service_is_on_the_reference_site(scaffolded: list[str], scratch: Path, tmp_path: Path) -> None:
    """`make docs` in the scratch copy: the new service's modules are checked for docstrings, and the strict build
    puts its page into the nav; without its page, the build fails."""
    check = run(scratch, sys.executable, "tools/docs/check_docstrings.py", "--modules")
    assert check.returncode == 0, check.stdout + check.stderr
    assert {"dataports.demo", "dataports.demo.client", "dataports.demo.errors"} <= set(check.stdout.split())
    build = [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(tmp_path / "site")]
    result = run(scratch, *build)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert 'href="services/demo/"' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "DemoClient" in (tmp_path / "site" / "services" / "demo" / "index.html").read_text(encoding="utf-8")
    page = scratch / "docs" / "site" / "services" / "demo.md"
    page.rename(page.with_suffix(".bak"))
    try:
        missing = run(scratch, *build)
    finally:
        page.with_suffix(".bak").rename(page)
    assert missing.returncode != 0 and "no page for the services ['demo']" in missing.stdout + missing.stderr
