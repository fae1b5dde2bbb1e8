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


def discover() -> list[Benchmark]:
    """Every module in ``benchmarks/`` with ``SERVICES`` and ``run`` (a new service's module needs no edit here),
    in name order."""
    found: list[Benchmark] = []
    for info in pkgutil.iter_modules(benchmarks.__path__):
        if info.name in NOT_BENCHMARKS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        if hasattr(module, "SERVICES") and hasattr(module, "run"):
            found.append(module)  # type: ignore[arg-type]
    return found


BENCHMARKS: list[Benchmark] = discover()

RESULTS = ROOT / "benchmarks" / "RESULTS.md"


def short_name(benchmark: Benchmark) -> str:
    return benchmark.__name__.rpartition(".")[2]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes and 3 repeats instead of 5")
    parser.add_argument(
        "--only", action="append", choices=[short_name(b) for b in BENCHMARKS], help="run just this benchmark module"
    )
    parser.add_argument("--output", type=Path, help=f"where to write the results (default {RESULTS} on full runs)")
    return parser.parse_args()


def command_line() -> str:
    python = Path(sys.executable)
    shown = os.path.relpath(python, ROOT) if python.is_relative_to(ROOT) else str(python)
    return shlex.join([shown, "-m", "benchmarks.run", *sys.argv[1:]])


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
            f"- Throughputs are medians of {settings.repeats} rounds after one warm-up round; dataports and its "
            "ceiling alternate within each round and swap order every round; ratio = median(dataports) / "
            "median(ceiling).",
            "- The emulator runs in its own process (its own core) and serves both sides from the same in-memory data.",
            "- Ceilings: a raw `httpx.Client` (one keep-alive client) following the same `next` links with "
            "`json.loads(response.content)` and no objects built; for the DataFrame row, plus "
            "`pandas.DataFrame.from_records` over all records.",
            "- Import times: medians of 7 fresh interpreters of the dev venv, timing only the import statement, after "
            "one unmeasured run that fills a bytecode cache (as pip does for an installed wheel).",
            "- httpx imports its optional command-line client, and with it click, rich and pygments, whenever they are "
            "installed; the dev venv has them (through schemathesis), so `import httpx` alone costs more there than "
            "in a plain `pip install dataports`. The last import row makes them unimportable to show that case.",
            "",
            "## Samples",
            "",
            *samples,
            "",
        ]
    )


def main() -> int:
    args = parse_args()
    settings = Settings(quick=args.quick, repeats=3 if args.quick else 5)
    selected = [b for b in BENCHMARKS if not args.only or short_name(b) in args.only]
    services = sorted({service for benchmark in selected for service in benchmark.SERVICES})
    rows: list[Row] = []
    crashed = False
    log(f"starting the emulator ({', '.join(services)})")
    with emulator_process(services) as emulator:
        for benchmark in selected:
            name = short_name(benchmark)
            log(f"{name}: running")
            try:
                rows += benchmark.run(emulator, settings)
            except Exception as error:  # one broken benchmark should not cost the others' numbers
                crashed = True
                traceback.print_exc()
                rows.append(Row(f"{name} (crashed)", f"{type(error).__name__}: {error}", "—", None, "—", False))
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
