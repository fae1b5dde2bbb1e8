"""What every benchmark shares: result rows, run settings, interleaved medians, import timing, the markdown table."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from dataports_emulators.testing import RunningEmulator

ROOT = Path(__file__).resolve().parents[1]
#: Git-ignored; holds the bytecode cache of the import-time probes.
SCRATCH = ROOT / "benchmarks" / ".scratch"


@dataclasses.dataclass(frozen=True)
class Row:
    """One line of the results table. ``ratio`` is candidate throughput / ceiling throughput (None: not a ratio)."""

    benchmark: str
    candidate: str
    ceiling: str
    ratio: float | None
    target: str
    passed: bool | None
    #: Every sample behind the medians, for RESULTS.md (the table alone hides how noisy a run was).
    samples: str = ""

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}"
        verdict = "—" if self.passed is None else ("pass" if self.passed else "FAIL")
        return [self.benchmark, self.candidate, self.ceiling, ratio, self.target, verdict]


HEADER = ["benchmark", "dataports (median)", "ceiling (median)", "ratio", "target", "result"]


@dataclasses.dataclass(frozen=True)
class Settings:
    quick: bool
    repeats: int

    def size(self, *, full: int, quick: int) -> int:
        return quick if self.quick else full


class Benchmark(Protocol):
    """What run.py needs from a benchmark module."""

    @property
    def __name__(self) -> str: ...

    @property
    def SERVICES(self) -> Sequence[str]: ...

    def run(self, emulator: RunningEmulator, settings: Settings) -> list[Row]: ...


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclasses.dataclass(frozen=True)
class Comparison:
    """Throughput samples (items/s) of a candidate and its ceiling over the same rounds."""

    candidate: list[float]
    ceiling: list[float]

    @property
    def candidate_median(self) -> float:
        return statistics.median(self.candidate)

    @property
    def ceiling_median(self) -> float:
        return statistics.median(self.ceiling)

    @property
    def ratio(self) -> float:
        return self.candidate_median / self.ceiling_median

    def row(self, benchmark: str, unit: str, minimum_ratio: float) -> Row:
        def show(values: list[float]) -> str:
            return ", ".join(f"{value:,.0f}" for value in values)

        return Row(
            benchmark,
            f"{self.candidate_median:,.0f} {unit}",
            f"{self.ceiling_median:,.0f} {unit}",
            self.ratio,
            f"≥ {minimum_ratio:.2f}",
            self.ratio >= minimum_ratio,
            samples=f"dataports [{show(self.candidate)}]; ceiling [{show(self.ceiling)}] {unit}",
        )


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    # Garbage left by the previous run would otherwise be collected on the clock of whichever side runs next.
    gc.collect()
    start = time.perf_counter()
    items = run()
    return time.perf_counter() - start, items


def compare(candidate: Callable[[], int], ceiling: Callable[[], int], repeats: int, label: str) -> Comparison:
    """Items/s of each callable (each returns how many items it produced), ``repeats`` rounds after one warm-up.

    The two alternate, and which goes first flips every round, so a burst of noise on this shared machine lands
    on both rather than on one; medians then drop the outliers.
    """
    expected: int | None = None
    rates: dict[str, list[float]] = {"candidate": [], "ceiling": []}
    for round_number in range(repeats + 1):
        order = [("ceiling", ceiling), ("candidate", candidate)]
        if round_number % 2:
            order.reverse()
        for name, run in order:
            seconds, items = _timed(run)
            if expected is None:
                expected = items
            if items != expected:
                raise RuntimeError(f"{label}: {name} produced {items} items, the other side {expected}")
            if round_number == 0:
                log(f"  {label} warm-up: {name} {items / seconds:,.0f}/s")
                continue
            rates[name].append(items / seconds)
            log(f"  {label} round {round_number}/{repeats}: {name} {items / seconds:,.0f}/s")
    return Comparison(rates["candidate"], rates["ceiling"])


@dataclasses.dataclass(frozen=True)
class ImportTiming:
    seconds: list[float]
    #: Every module any sample left in ``sys.modules`` out of those it was asked to watch for.
    leaked: frozenset[str]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


_IMPORT_PROBE = """\
import sys
sys.modules.update(dict.fromkeys({blocked!r}))
import time
t = time.perf_counter()
import {module}
elapsed = time.perf_counter() - t
import json
print(json.dumps([elapsed, [name for name in {watch!r} if name in sys.modules]]))
"""


def import_timings(
    modules: Sequence[str], *, repeats: int = 7, watch: Sequence[str] = (), blocked: Sequence[str] = ()
) -> dict[str, ImportTiming]:
    """Seconds ``import <module>`` takes in fresh interpreters of this venv, and which ``watch`` modules it pulled in.

    The modules take turns, one fresh interpreter each per round, so that noise lands on all of them alike.
    ``blocked`` modules are made unimportable (``None`` in ``sys.modules``), to see an install that lacks them.
    """
    # An installed wheel has its bytecode compiled by pip; this checkout runs from source and the machine sets
    # PYTHONDONTWRITEBYTECODE, so without a cache every sample would include compiling dataports. The cache goes
    # to the scratch folder rather than into overlay/ and generated/, and a first unmeasured round fills it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(SCRATCH / "pycache")
    seconds: dict[str, list[float]] = {module: [] for module in modules}
    leaked: dict[str, set[str]] = {module: set() for module in modules}
    for round_number in range(repeats + 1):
        for module in modules:
            probe = _IMPORT_PROBE.format(module=module, blocked=tuple(blocked), watch=tuple(watch))
            result = subprocess.run(
                [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, check=False
            )
            if result.returncode:
                raise RuntimeError(f"importing {module} failed:\n{result.stderr}")
            elapsed, present = json.loads(result.stdout.strip().splitlines()[-1])
            leaked[module].update(present)
            if round_number:
                seconds[module].append(elapsed)
    return {module: ImportTiming(seconds[module], frozenset(leaked[module])) for module in modules}


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)
