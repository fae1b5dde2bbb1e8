"""Run every benchmark against one emulator in its own process, print the table, write benchmarks/RESULTS.md.

`python -m benchmarks.run` for the full sizes (what `make bench` runs); `--quick` for a fast check, which leaves
RESULTS.md alone unless `--output` is given.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import pkgutil
import platform
import shlex
import sys
import traceback
from pathlib import Path

from dataports_emulators.testing import emulator_process

import benchmarks
from benchmarks.common import ROOT, Benchmark, Row, Settings, log, markdown_table

#: Modules of this package that are machinery, not benchmarks.
NOT_BENCHMARKS = {"common", "run"}


def module_names() -> list[str]:
    """The modules in ``benchmarks/`` that may be benchmarks (a new service's module needs no edit here), in name
    order, without importing them."""
    names = (info.name for info in pkgutil.iter_modules(benchmarks.__path__))
    return sorted(name for name in names if name not in NOT_BENCHMARKS and not name.startswith("_"))


def crashed_row(name: str, error: BaseException) -> Row:
    return Row(f"{name} (crashed)", f"{type(error).__name__}: {error}", "—", None, "—", False)


def load(names: list[str]) -> tuple[list[Benchmark], list[Row]]:
    """The named modules that have ``SERVICES`` and ``run``, and a crashed row for each that fails to import: a
    module another engineer is still writing should not cost the others' numbers."""
    found: list[Benchmark] = []
    failed: list[Row] = []
    for name in names:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except Exception as error:
            traceback.print_exc()
            failed.append(crashed_row(name, error))
            continue
        if hasattr(module, "SERVICES") and hasattr(module, "run"):
            found.append(module)
    return found, failed


RESULTS = ROOT / "benchmarks" / "RESULTS.md"


def short_name(benchmark: Benchmark) -> str:
    return benchmark.__name__.rpartition(".")[2]


def parse_args(names: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes and 3 repeats instead of 5")
    parser.add_argument("--only", action="append", choices=names, help="run just this benchmark module")
    parser.add_argument("--output", type=Path, help=f"where to write the results (default {RESULTS} on full runs)")
    return parser.parse_args()


def command_line() -> str:
    python = Path(sys.executable)
    shown = os.path.relpath(python, ROOT) if python.is_relative_to(ROOT) else str(python)
    return shlex.join([shown, "-m", "benchmarks.run", *sys.argv[1:]])


def ceiling_lines(rows: list[Row]) -> list[str]:
    """One line per ceiling or peer, as each benchmark module described it; a ratio row whose module gave no
    description is listed as such, so an undescribed ceiling shows rather than hides."""
    lines = []
    for row in rows:
        if row.ceiling_description:
            lines.append(f"- {row.benchmark}: {row.ceiling_description}")
        elif row.ratio is not None:
            lines.append(f"- {row.benchmark}: **not described** (its module gave no `ceiling_description`)")
    return lines


def results_markdown(table: str, rows: list[Row], settings: Settings, command: str) -> str:
    now = datetime.datetime.now(datetime.UTC)
    samples = [f"- {row.benchmark}: {row.samples}" for row in rows if row.samples]
    make_note = "" if settings.quick else " (what `make bench` runs)"
    return "\n".join(
        [
            "# Benchmark results",
            "",
            table,
            "",
            f"- Command: `{command}`, from the repository root{make_note}.",
            f"- Date: {now:%Y-%m-%d %H:%M} UTC.",
            f"- Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}.",
            f"- Throughputs are medians of {settings.repeats} rounds after one warm-up round; in each round every side "
            "(dataports, its raw ceilings, a peer client) runs once, in an order that rotates every round; "
            "ratio = median(dataports) / median(ceiling or peer). Where several raw ways were measured, the ceiling is "
            "the one with the best median.",
            "- Client CPU: `time.process_time()` of the benchmark process (every thread of the client, nothing of the "
            "emulator) over the same runs, per record.",
            "- The emulator runs in its own process (its own core) and serves every side from the same in-memory data.",
            "",
            "## Ceilings and peers",
            "",
            *ceiling_lines(rows),
            "",
            "## Samples",
            "",
            *samples,
            "",
        ]
    )


def main() -> int:
    names = module_names()
    args = parse_args(names)
    settings = Settings(quick=args.quick, repeats=3 if args.quick else 5)
    selected, rows = load([name for name in names if not args.only or name in args.only])
    crashed = bool(rows)
    services = sorted({service for benchmark in selected for service in benchmark.SERVICES})
    # Modules that need no service (import times) still get an emulator: run() always receives one.
    log(f"starting the emulator ({', '.join(services) or 'every service'})")
    with emulator_process(services or None) as emulator:
        for benchmark in selected:
            name = short_name(benchmark)
            log(f"{name}: running")
            try:
                rows += benchmark.run(emulator, settings)
            except Exception as error:  # one broken benchmark should not cost the others' numbers
                crashed = True
                traceback.print_exc()
                rows.append(crashed_row(name, error))
    table = markdown_table(rows)
    print(table, flush=True)
    output = args.output or (None if args.quick else RESULTS)
    if output is None:
        log(f"quick run: {RESULTS.name} left unchanged (pass --output to write one)")
    else:
        output.write_text(results_markdown(table, rows, settings, command_line()))
        log(f"wrote {output}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
