"""Whole-process wall time of every walkthrough (``examples/<service>_walkthrough.py``) against the running emulator:
interpreter start-up, imports and the common path of each client, as a user running the script sees them."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from dataports_emulators.testing import RunningEmulator

from benchmarks.common import ROOT, Row, Settings, cached_bytecode_env, log

EXAMPLES = ROOT / "examples"
EMULATED = ROOT / "emulators" / "dataports_emulators" / "services"
SUFFIX = "_walkthrough.py"
#: The same interpreter doing nothing: the part of every sample no dataports change can remove.
BARE_START = "python -c pass"


def walkthroughs(examples: Path = EXAMPLES) -> dict[str, Path]:
    """``{service: script}`` for every ``<service>_walkthrough.py``, in name order."""
    return {path.name.removesuffix(SUFFIX): path for path in sorted(examples.glob(f"*{SUFFIX}"))}


def emulated(services: Path = EMULATED) -> set[str]:
    """Services the emulator has a package for (a walkthrough whose emulator is not written yet is left out, rather
    than failing the emulator's start for every benchmark)."""
    return {init.parent.name for init in services.glob("*/__init__.py") if not init.parent.name.startswith("_")}


SERVICES = tuple(sorted(set(walkthroughs()) & emulated()))


def wall_seconds(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of ``command``; its output is kept only to explain a failure."""
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or [f"exit status {result.returncode}"]
        raise RuntimeError(f"{shown(command)} failed: {tail[0]}")
    return elapsed


def shown(command: list[str]) -> str:
    return " ".join(Path(part).name if part == sys.executable else part for part in command)


def seconds(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values) + " s"


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    scripts = {service: path for service, path in walkthroughs().items() if service in emulator.services}
    # The emulator's URLs and token, as `make demo` gives them; a walkthrough without its URL would start a private
    # emulator in its own process, which is not what a user of a running emulator times.
    env = {**cached_bytecode_env(), **emulator.env(), "DATAPORTS_TOKEN": emulator.token}
    commands = {service: [sys.executable, str(path.relative_to(ROOT))] for service, path in scripts.items()}
    commands[BARE_START] = [sys.executable, "-c", "pass"]
    samples: dict[str, list[float]] = {name: [] for name in commands}
    failed: dict[str, str] = {}
    log(f"walkthroughs: {', '.join(scripts)} ({settings.repeats} runs each after a warm-up that fills the cache)")
    # Rounds, each running every script once, so noise on this shared machine lands on all of them alike.
    for round_number in range(settings.repeats + 1):
        for name, command in commands.items():
            if name in failed:
                continue
            if name in scripts:
                emulator.reset(name)  # every run starts from the state a user's first run sees
            try:
                elapsed = wall_seconds(command, env)
            except RuntimeError as error:
                failed[name] = str(error)
                continue
            if round_number:
                samples[name].append(elapsed)
    for service in scripts:
        emulator.reset(service)
    bare = statistics.median(samples[BARE_START])
    return [
        walkthrough_row(service, path, samples[service], bare, failed.get(service)) for service, path in scripts.items()
    ]


def walkthrough_row(service: str, path: Path, values: list[float], bare: float, error: str | None) -> Row:
    benchmark = f"`python examples/{path.name}`, whole process, against the running emulator"
    if error:
        return Row(benchmark, error, "—", None, "succeeds", False)
    return Row(
        benchmark,
        f"{statistics.median(values):.2f} s wall",
        f"`{BARE_START}`: {bare:.2f} s",
        None,
        "info",
        None,
        samples=seconds(values),
        ceiling_description=f"`{BARE_START}` with the same interpreter, in the same rounds: start-up no change to "
        f"dataports can remove ({service}'s state is reset before every run; bytecode cached as pip leaves it)",
    )
