"""Import time of every service package, as a base install (`pip install dataports`) sees it: one row per
``overlay/dataports/<service>/__init__.py``, so a new service is measured without an edit here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dataports_emulators.testing import RunningEmulator

from benchmarks.common import ROOT, ImportTiming, Row, Settings, cached_bytecode_env, import_timings, log

#: Nothing here talks to the emulator.
SERVICES: tuple[str, ...] = ()

IMPORT_SECONDS = 0.150
OVERLAY = ROOT / "overlay" / "dataports"
#: What httpx's optional command-line client imports when it can (``httpx/__init__.py`` tries ``from ._main``). The
#: dev venv has them (through schemathesis); a base install does not, so the probes make them unimportable.
HTTPX_CLI_DEPENDENCIES = ("click", "rich", "pygments")
#: Optional extras that importing a service must not pull in (pandas is imported only when a DataFrame is asked for).
MUST_STAY_UNIMPORTED = ("pandas",)
REFERENCE = "httpx"


def service_packages(overlay: Path = OVERLAY) -> list[str]:
    """``dataports.<service>`` for every public package of the overlay, in name order."""
    return sorted(
        f"dataports.{init.parent.name}"
        for init in overlay.glob("*/__init__.py")
        if not init.parent.name.startswith("_")
    )


def import_error(module: str) -> str | None:
    """The last line of the error ``import <module>`` raises in a fresh interpreter, or None if it imports. Also
    fills the bytecode cache the timed probes read."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        env=cached_bytecode_env(),
        cwd=ROOT,
        check=False,
    )
    if result.returncode == 0:
        return None
    lines = result.stderr.strip().splitlines()
    return lines[-1] if lines else f"exit status {result.returncode}"


def ms(values: list[float]) -> str:
    return ", ".join(f"{value * 1000:.0f}" for value in values) + " ms"


def import_row(module: str, ours: ImportTiming, reference: ImportTiming) -> Row:
    leaked = sorted(ours.leaked & set(MUST_STAY_UNIMPORTED))
    extras = f"; imported {', '.join(leaked)}" if leaked else f"; {', '.join(MUST_STAY_UNIMPORTED)} not imported"
    return Row(
        f"`import {module}`, base install",
        f"{ours.median * 1000:.0f} ms{extras}",
        f"`import {REFERENCE}` alone: {reference.median * 1000:.0f} ms",
        None,
        f"≤ {IMPORT_SECONDS * 1000:.0f} ms, no {', '.join(MUST_STAY_UNIMPORTED)}",
        ours.median <= IMPORT_SECONDS and not leaked,
        samples=f"dataports [{ms(ours.seconds)}]; {REFERENCE} [{ms(reference.seconds)}]",
        ceiling_description=f"`import {REFERENCE}` alone, in fresh interpreters taking turns with the service's, "
        f"the same way: {', '.join(HTTPX_CLI_DEPENDENCIES)} made unimportable (httpx's optional CLI, absent from a "
        "base install), bytecode cached as pip leaves it, only the import statement timed",
    )


def failed_row(module: str, error: str) -> Row:
    return Row(f"`import {module}`, base install", f"fails: {error}", "—", None, "imports", False)


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    repeats = 3 if settings.quick else 7
    modules = service_packages()
    errors = {module: import_error(module) for module in modules}
    importable = [module for module in modules if errors[module] is None]
    log(f"imports: {', '.join(modules)} (fresh interpreters, median of {repeats})")
    timings = import_timings(
        [*importable, REFERENCE], repeats=repeats, watch=MUST_STAY_UNIMPORTED, blocked=HTTPX_CLI_DEPENDENCIES
    )
    rows = []
    for module in modules:
        error = errors[module]
        rows.append(failed_row(module, error) if error else import_row(module, timings[module], timings[REFERENCE]))
    return rows
