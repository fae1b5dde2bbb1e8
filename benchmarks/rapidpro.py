"""RapidPro: listing 100k contacts as typed objects and as a DataFrame, against raw httpx + json.loads; import time."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import Row, interleaved_rates, log

IMPORT_PROBE = (
    "import sys, time; t = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - t, 'pandas' in sys.modules, 'rich' in sys.modules)"
)


def raw_pages(http: httpx.Client, first_url: str) -> list[Any]:
    """The ceiling: the same requests (first page, then each `next` link), decoded with json.loads and nothing else."""
    records: list[Any] = []
    url: str | None = first_url
    while url:
        page = json.loads(http.get(url).content)
        records.extend(page["results"])
        url = page["next"]
    return records


def import_seconds(module: str, repeats: int = 7) -> tuple[float, bool, bool]:
    samples, pandas_loaded, rich_loaded = [], False, False
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE.format(module=module)], capture_output=True, text=True, check=True
        ).stdout.split()
        samples.append(float(out[0]))
        pandas_loaded |= out[1] == "True"
        rich_loaded |= out[2] == "True"
    return statistics.median(samples), pandas_loaded, rich_loaded


def run(emulator: RunningEmulator, *, contacts: int, repeats: int) -> list[Row]:
    from dataports.rapidpro import TembaClient

    log(f"rapidpro: seeding {contacts:,} contacts")
    emulator.reset("rapidpro")
    emulator.seed("rapidpro", "contacts", contacts)
    base = emulator.service_url("rapidpro")
    headers = {"Authorization": f"Token {emulator.token}"}
    rows: list[Row] = []
    with TembaClient(base, emulator.token) as client, httpx.Client(headers=headers, timeout=60) as http:
        first_url = f"{base}/api/v2/contacts.json"
        typed, ceiling = interleaved_rates(
            lambda: len(client.get_contacts().all()), lambda: len(raw_pages(http, first_url)), repeats, "all()"
        )
        rows.append(
            Row(
                f"rapidpro get_contacts().all(), {contacts:,} typed Contacts",
                f"{typed:,.0f} rec/s",
                f"{ceiling:,.0f} rec/s",
                typed / ceiling,
                "≥ 0.70",
                typed / ceiling >= 0.7,
            )
        )
        import pandas

        frame, frame_ceiling = interleaved_rates(
            lambda: len(client.get_contacts().to_dataframe()),
            lambda: len(pandas.DataFrame.from_records(raw_pages(http, first_url))),
            repeats,
            "to_dataframe()",
        )
        rows.append(
            Row(
                f"rapidpro get_contacts().to_dataframe(), {contacts:,} rows",
                f"{frame:,.0f} rec/s",
                f"{frame_ceiling:,.0f} rec/s",
                frame / frame_ceiling,
                "≥ 0.90",
                frame / frame_ceiling >= 0.9,
            )
        )
    emulator.reset("rapidpro")

    log("rapidpro: import times (fresh interpreters, median of 7)")
    ours, pandas_loaded, rich_loaded = import_seconds("dataports.rapidpro")
    httpx_alone, _, _ = import_seconds("httpx")
    rows.append(
        Row(
            "import dataports.rapidpro" + (" (pandas imported!)" if pandas_loaded else ", pandas not imported"),
            f"{ours * 1000:.0f} ms",
            f"httpx alone {httpx_alone * 1000:.0f} ms" + (" (with its CLI: rich, click)" if rich_loaded else ""),
            None,
            "≤ 150 ms",
            ours <= 0.150 and not pandas_loaded,
        )
    )
    rows.append(
        Row(
            "import dataports.rapidpro minus httpx",
            f"{(ours - httpx_alone) * 1000:.0f} ms",
            "—",
            None,
            "—",
            None,
        )
    )
    return rows
