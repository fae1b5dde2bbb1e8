"""What every benchmark shares: result rows, run settings, interleaved medians (throughput and client CPU), the
honest raw listing ceilings, import timing, the markdown table.

Rows compare dataports with one of two things, measured in the same rounds of the same process on the same emulator:

- a **ceiling**: the best raw way to do the same work (``Comparison.row``, ratio = dataports / ceiling, a fraction);
- a **peer**: another client doing the same work, e.g. the official one (``Comparison.speedup_row``, ratio =
  dataports / peer, shown as a speed-up).

Every such row carries a one-line description of what its ceiling or peer did; run.py writes those lines.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence, Sized
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import httpx
from dataports_emulators.testing import RunningEmulator

ROOT = Path(__file__).resolve().parents[1]
#: Git-ignored; holds the bytecode cache of the import-time probes.
SCRATCH = ROOT / "benchmarks" / ".scratch"

json_loads: Callable[[bytes], Any]
json_dumps: Callable[[Any], bytes]
try:  # a ceiling gets every trick the client gets: orjson when it is installed (the `fast` extra)
    import orjson

    json_loads, json_dumps = orjson.loads, orjson.dumps
    JSON_DECODER, JSON_ENCODER = "orjson.loads", "orjson.dumps"
except ImportError:  # pragma: no cover - without the `fast` extra
    json_loads = json.loads

    def _stdlib_dumps(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()

    json_dumps = _stdlib_dumps
    JSON_DECODER, JSON_ENCODER = "json.loads", "json.dumps"


@dataclasses.dataclass(frozen=True)
class Row:
    """One line of the results table. ``ratio`` is candidate / ceiling (or peer) throughput (None: not a ratio)."""

    benchmark: str
    candidate: str
    ceiling: str
    ratio: float | None
    target: str
    passed: bool | None
    #: Every sample behind the medians, for RESULTS.md (the table alone hides how noisy a run was).
    samples: str = ""
    #: One line saying what the ceiling (or peer) column measured; RESULTS.md lists one per row.
    ceiling_description: str = ""
    #: A fraction of a ceiling reads "0.918" (three places, so a near miss does not read as the target met); a
    #: speed-up over a peer reads "3.9x".
    ratio_format: str = "{:.3f}"

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else self.ratio_format.format(self.ratio)
        verdict = "—" if self.passed is None else ("pass" if self.passed else "FAIL")
        return [self.benchmark, self.candidate, self.ceiling, ratio, self.target, verdict]


HEADER = ["benchmark", "dataports (median)", "ceiling or peer (median)", "ratio", "target", "result"]


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


def show(values: Sequence[float], scale: float = 1.0) -> str:
    """Samples as ``12,345, 12,400``: whole numbers are enough at the sizes measured here."""
    return ", ".join(f"{value * scale:,.0f}" for value in values)


@dataclasses.dataclass(frozen=True)
class Comparison:
    """Throughput samples (items/s) of a candidate and its ceiling (or peer) over the same rounds, with the client
    CPU each spent per item (seconds; empty when not measured)."""

    candidate: list[float]
    ceiling: list[float]
    candidate_cpu: list[float] = dataclasses.field(default_factory=list)
    ceiling_cpu: list[float] = dataclasses.field(default_factory=list)
    #: What the ceiling side is called when there was a choice (``Samples.best``), shown beside its median.
    ceiling_name: str = "ceiling"
    #: Ceiling variants measured in the same rounds that did less well; their samples go into RESULTS.md too.
    beaten: Mapping[str, list[float]] = dataclasses.field(default_factory=dict)

    @property
    def candidate_median(self) -> float:
        return statistics.median(self.candidate)

    @property
    def ceiling_median(self) -> float:
        return statistics.median(self.ceiling)

    @property
    def ratio(self) -> float:
        return self.candidate_median / self.ceiling_median

    def _samples(self, unit: str, ceiling_label: str) -> str:
        best = " (best)" if self.beaten else ""
        parts = [f"dataports [{show(self.candidate)}]", f"{ceiling_label}{best} [{show(self.ceiling)}]"]
        parts += [f"{name} [{show(values)}]" for name, values in self.beaten.items()]
        return "; ".join(parts) + f" {unit}"

    def row(self, benchmark: str, unit: str, minimum_ratio: float, *, description: str = "") -> Row:
        """dataports as a fraction of its ceiling; passes at ``minimum_ratio`` or more."""
        named = f" ({self.ceiling_name})" if self.ceiling_name != "ceiling" else ""
        return Row(
            benchmark,
            f"{self.candidate_median:,.0f} {unit}",
            f"{self.ceiling_median:,.0f} {unit}{named}",
            self.ratio,
            f"≥ {minimum_ratio:.2f}",
            self.ratio >= minimum_ratio,
            samples=self._samples(unit, self.ceiling_name),
            ceiling_description=description,
        )

    def speedup_row(self, benchmark: str, unit: str, minimum: float, *, peer: str, description: str) -> Row:
        """dataports against a ``peer`` client measured as this comparison's ceiling side: passes when dataports is
        at least ``minimum`` times as fast."""
        return Row(
            benchmark,
            f"{self.candidate_median:,.0f} {unit}",
            f"{peer}: {self.ceiling_median:,.0f} {unit}",
            self.ratio,
            f"≥ {minimum:.1f}x",
            self.ratio >= minimum,
            samples=self._samples(unit, peer),
            ceiling_description=description,
            ratio_format="{:.1f}x",
        )

    def cpu_row(self, benchmark: str, *, reference: str, description: str, per: str = "record") -> Row:
        """The client CPU each side spent per item (µs), an information row: where the server is the bottleneck,
        throughput ratios hide what the client itself costs."""
        ours = statistics.median(self.candidate_cpu) * 1e6
        theirs = statistics.median(self.ceiling_cpu) * 1e6
        return Row(
            benchmark,
            f"{ours:,.1f} µs/{per} ({ours / theirs:.2f}x {reference})",
            f"{reference}: {theirs:,.1f} µs/{per}",
            None,
            "info",
            None,
            samples=f"dataports [{show_fine(self.candidate_cpu)}]; {reference} [{show_fine(self.ceiling_cpu)}] "
            f"µs/{per}",
            ceiling_description=description,
        )


def show_fine(seconds_per_item: Sequence[float]) -> str:
    return ", ".join(f"{value * 1e6:.1f}" for value in seconds_per_item)


@dataclasses.dataclass(frozen=True)
class Samples:
    """What ``measure`` saw: per side, items/s and client CPU seconds per item, one value per measured round."""

    rates: dict[str, list[float]]
    cpu: dict[str, list[float]]

    def median(self, side: str) -> float:
        return statistics.median(self.rates[side])

    def best(self, sides: Sequence[str]) -> str:
        """The side with the highest median throughput: the ceiling, when ``sides`` are raw ways to do the work."""
        return max(sides, key=self.median)

    def comparison(self, candidate: str, ceiling: str) -> Comparison:
        return Comparison(self.rates[candidate], self.rates[ceiling], self.cpu[candidate], self.cpu[ceiling], ceiling)

    def against_best(self, candidate: str, ceilings: Sequence[str]) -> Comparison:
        """``candidate`` against the best of several raw ways to do the same work (medians over the same rounds)."""
        best = self.best(ceilings)
        beaten = {side: self.rates[side] for side in ceilings if side != best}
        return dataclasses.replace(self.comparison(candidate, best), beaten=beaten)


@dataclasses.dataclass(frozen=True)
class Timed:
    seconds: float
    cpu_seconds: float
    items: int


def _timed(run: Callable[[], int]) -> Timed:
    # Garbage left by the previous run would otherwise be collected on the clock of whichever side runs next.
    gc.collect()
    # process_time counts every thread of this process (a client's worker threads too) and nothing of the
    # emulator, which runs in its own process: the client's own CPU.
    cpu = time.process_time()
    start = time.perf_counter()
    items = run()
    return Timed(time.perf_counter() - start, time.process_time() - cpu, items)


def round_order(sides: Sequence[str], round_number: int) -> list[str]:
    """The order the sides run in a round: rotated by one every round, so each side runs in each position equally
    often (two sides simply swap) and a burst of noise on this shared machine does not land on one side alone."""
    shift = round_number % len(sides)
    return [*sides[shift:], *sides[:shift]]


def measure(sides: Mapping[str, Callable[[], int]], repeats: int, label: str) -> Samples:
    """Items/s and client CPU per item of each callable (each returns how many items it produced), ``repeats``
    rounds after one unmeasured warm-up round. Every side must produce the same number of items."""
    names = list(sides)
    expected: int | None = None
    rates: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(repeats + 1):
        for name in round_order(names, round_number):
            timed = _timed(sides[name])
            if expected is None:
                expected = timed.items
            if timed.items != expected:
                raise RuntimeError(f"{label}: {name} produced {timed.items} items, another side {expected}")
            rate = timed.items / timed.seconds
            if round_number == 0:
                log(f"  {label} warm-up: {name} {rate:,.0f}/s")
                continue
            rates[name].append(rate)
            cpu[name].append(timed.cpu_seconds / timed.items)
            log(f"  {label} round {round_number}/{repeats}: {name} {rate:,.0f}/s")
    return Samples(rates, cpu)


def compare(candidate: Callable[[], int], ceiling: Callable[[], int], repeats: int, label: str) -> Comparison:
    """Items/s of a candidate and its ceiling (or a peer), ``repeats`` rounds after one warm-up, taking turns."""
    return measure({"dataports": candidate, "ceiling": ceiling}, repeats, label).comparison("dataports", "ceiling")


# --- Raw listings: the ceilings of every "list everything" benchmark -------------------------------------------------

#: How the raw listing ceilings treat the cyclic GC, for their one-line descriptions.
GC_NOTE = "the cyclic GC paused for the whole listing (as `Paginator.all()` does)"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The raw side's own pause of the cyclic GC: every record is kept, so a collection would find nothing to free
    while rescanning an ever larger list. Re-enabled only if it was enabled."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def next_link_pages(http: httpx.Client, first_url: str, results: str = "results", link: str = "next") -> Iterator[Any]:
    """The pages of a next-link listing: the first URL, then each page's ``link`` verbatim, decoded as dataports
    decodes (``JSON_DECODER``); yields each page's ``results`` list."""
    url: str | None = first_url
    while url:
        page = json_loads(http.get(url).content)
        yield page[results]
        url = page[link]


def raw_listing(pages: Callable[[], Iterator[list[Any]]]) -> list[Any]:
    """Every record of ``pages()``, kept in one list, fetched in this thread with the GC paused."""
    records: list[Any] = []
    with gc_paused():
        for page in pages():
            records.extend(page)
    return records


_END = object()


def prefetched_listing(pages: Callable[[], Iterator[list[Any]]]) -> list[Any]:
    """As ``raw_listing``, but a worker thread fetches and decodes page N+1 while this one stores page N: the
    candidate's own prefetch trick (a one-page queue, like ``_core.pagination._prefetched``), given to the ceiling."""
    handoff: queue.Queue[Any] = queue.Queue(maxsize=1)

    def work() -> None:
        try:
            for page in pages():
                handoff.put(page)
            handoff.put(_END)
        except BaseException as error:  # re-raised in the caller
            handoff.put(error)

    worker = threading.Thread(target=work, name="raw-prefetch", daemon=True)
    records: list[Any] = []
    with gc_paused():
        worker.start()
        while (page := handoff.get()) is not _END:
            if isinstance(page, BaseException):
                raise page
            records.extend(page)
    worker.join()
    return records


#: The two raw ways of listing every ceiling is the best of, by the names ``measure`` reports them under.
RAW_LISTINGS: dict[str, Callable[[Callable[[], Iterator[list[Any]]]], list[Any]]] = {
    "raw sequential": raw_listing,
    "raw prefetch": prefetched_listing,
}


def _count_rows(
    listing: Callable[[Callable[[], Iterator[list[Any]]]], list[Any]],
    pages: Callable[[], Iterator[list[Any]]],
    finish: Callable[[list[Any]], Sized] | None,
) -> int:
    records = listing(pages)
    return len(records if finish is None else finish(records))


def raw_listing_sides(
    pages: Callable[[], Iterator[list[Any]]], finish: Callable[[list[Any]], Sized] | None = None
) -> dict[str, Callable[[], int]]:
    """``measure`` sides for every raw way of listing ``pages()`` (``RAW_LISTINGS``), each then handing the records
    to ``finish`` (a DataFrame, say) and counting what that made; use ``Samples.against_best`` on their names."""
    return {name: partial(_count_rows, listing, pages, finish) for name, listing in RAW_LISTINGS.items()}


def listing_ceiling_description(what: str) -> str:
    """The one line describing a best-of-raw listing ceiling (``what``: the requests it makes)."""
    return (
        f"best median of two raw `httpx.Client` listings making {what}, each body decoded with `{JSON_DECODER}`, every "
        f"record kept in one list, {GC_NOTE}: one sequential, one with a worker thread prefetching the next page "
        "(the candidate's own trick)"
    )


# --- Import timing ---------------------------------------------------------------------------------------------------


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


def cached_bytecode_env() -> dict[str, str]:
    """This environment, with bytecode cached in the scratch folder.

    An installed wheel has its bytecode compiled by pip; this checkout runs from source and the machine sets
    PYTHONDONTWRITEBYTECODE, so without a cache every fresh interpreter would include compiling dataports. The cache
    goes to the scratch folder rather than into overlay/ and generated/, and a first unmeasured run fills it.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(SCRATCH / "pycache")
    return env


def import_timings(
    modules: Sequence[str], *, repeats: int = 7, watch: Sequence[str] = (), blocked: Sequence[str] = ()
) -> dict[str, ImportTiming]:
    """Seconds ``import <module>`` takes in fresh interpreters of this venv, and which ``watch`` modules it pulled in.

    The modules take turns, one fresh interpreter each per round, so that noise lands on all of them alike.
    ``blocked`` modules are made unimportable (``None`` in ``sys.modules``), to see an install that lacks them.
    """
    env = cached_bytecode_env()
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
