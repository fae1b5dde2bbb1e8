"""Run every benchmark against one emulator started in its own process, print the table, write RESULTS.md.

`python -m benchmarks.run` for the full sizes, `--quick` for a fast check. Medians of interleaved repeats.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
from pathlib import Path

from dataports_emulators.testing import emulator_process

from benchmarks import rapidpro
from benchmarks.common import Row, log, markdown_table

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes and fewer repeats")
    args = parser.parse_args()
    contacts, repeats = (10_000, 3) if args.quick else (100_000, 5)
    rows: list[Row] = []
    # The emulator runs in its own process so the server and the client each have a core.
    with emulator_process() as emulator:
        rows += rapidpro.run(emulator, contacts=contacts, repeats=repeats)
    table = markdown_table(rows)
    print(table)
    command = "make bench" + (" (python -m benchmarks.run --quick)" if args.quick else "")
    RESULTS.write_text(
        "# Benchmark results\n\n"
        f"{table}\n\n"
        f"- Command: `{command}`; medians of {repeats} interleaved runs of each side.\n"
        f"- Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}; "
        f"run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC.\n"
        "- Ceilings: raw `httpx.Client` + `json.loads` following the same `next` links on the same emulator "
        "(plus `pandas.DataFrame.from_records` for the DataFrame row).\n"
        "- The emulator runs in a separate process; both sides share it and its in-memory data.\n"
        "- Import times are measured in fresh interpreters of the dev virtualenv, where httpx also imports its "
        "optional CLI (rich, click) because schemathesis installs them; a plain `pip install dataports` does not.\n"
    )
    log(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
