"""What every benchmark shares: rows of the results table, medians over interleaved repeats, the markdown output."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import attrs


@attrs.frozen
class Row:
    benchmark: str
    candidate: str
    ceiling: str
    ratio: float | None
    target: str
    passed: bool | None

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}"
        verdict = "—" if self.passed is None else ("pass" if self.passed else "FAIL")
        return [self.benchmark, self.candidate, self.ceiling, ratio, self.target, verdict]


HEADER = ["benchmark", "dataports (median)", "ceiling (median)", "ratio", "target", "result"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(run: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken and items produced by one run."""
    start = time.perf_counter()
    items = run()
    return time.perf_counter() - start, items


def interleaved_rates(
    candidate: Callable[[], int], ceiling: Callable[[], int], repeats: int, label: str
) -> tuple[float, float]:
    """Median items/s of each, alternating the two so machine noise hits both alike."""
    rates: dict[str, list[float]] = {"candidate": [], "ceiling": []}
    expected: int | None = None
    for round_number in range(repeats):
        order = [("ceiling", ceiling), ("candidate", candidate)]
        if round_number % 2:
            order.reverse()
        for name, run in order:
            seconds, items = timed(run)
            if expected is None:
                expected = items
            if items != expected:
                raise RuntimeError(f"{label}: {name} produced {items} items, expected {expected}")
            rates[name].append(items / seconds)
            log(f"  {label} round {round_number + 1}: {name} {items / seconds:,.0f}/s")
    return statistics.median(rates["candidate"]), statistics.median(rates["ceiling"])


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)
