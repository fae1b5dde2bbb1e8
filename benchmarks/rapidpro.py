"""RapidPro: listing contacts as typed objects and as a DataFrame against raw httpx + json.loads; import time."""

from __future__ import annotations

import json
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import Row, Settings, compare, import_timings, log

SERVICES = ("rapidpro",)

LIST_RATIO = 0.70
DATAFRAME_RATIO = 0.90
IMPORT_SECONDS = 0.150
#: What httpx's optional command-line client imports when it can (``httpx/__init__.py`` tries ``from ._main``).
HTTPX_CLI_DEPENDENCIES = ("click", "rich", "pygments")


def raw_records(http: httpx.Client, first_url: str) -> list[Any]:
    """The ceiling: the requests the SDK makes (first page, then each ``next`` verbatim), json.loads and no more."""
    records: list[Any] = []
    url: str | None = first_url
    while url:
        page = json.loads(http.get(url).content)
        records.extend(page["results"])
        url = page["next"]
    return records


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    # pandas first, so that neither side's first timed run pays for importing it.
    import pandas
    from dataports.rapidpro import TembaClient

    contacts = settings.size(full=100_000, quick=10_000)
    log(f"rapidpro: seeding {contacts:,} contacts")
    emulator.reset("rapidpro")
    emulator.seed("rapidpro", "contacts", contacts)
    base = emulator.service_url("rapidpro")
    first_url = f"{base}/api/v2/contacts.json"
    rows: list[Row] = []
    try:
        with (
            TembaClient(base, emulator.token) as client,
            httpx.Client(headers={"Authorization": f"Token {emulator.token}"}, timeout=60) as http,
        ):
            listing = compare(
                lambda: len(client.get_contacts().all()),
                lambda: len(raw_records(http, first_url)),
                settings.repeats,
                "rapidpro all()",
            )
            rows.append(listing.row(f"rapidpro `get_contacts().all()`, {contacts:,} contacts", "rec/s", LIST_RATIO))
            frame = compare(
                lambda: len(client.get_contacts().to_dataframe()),
                lambda: len(pandas.DataFrame.from_records(raw_records(http, first_url))),
                settings.repeats,
                "rapidpro to_dataframe()",
            )
            rows.append(
                frame.row(f"rapidpro `get_contacts().to_dataframe()`, {contacts:,} rows", "rec/s", DATAFRAME_RATIO)
            )
    finally:
        emulator.reset("rapidpro")
    rows += import_rows()
    return rows


def import_rows() -> list[Row]:
    log("rapidpro: import times (fresh interpreters, median of 7)")
    watch = ["pandas", *HTTPX_CLI_DEPENDENCIES]
    dev = import_timings(["dataports.rapidpro", "httpx"], watch=watch)
    ours, alone = dev["dataports.rapidpro"], dev["httpx"]
    log(f"  dev venv: dataports.rapidpro {ours.median * 1000:.0f} ms, httpx {alone.median * 1000:.0f} ms")
    base = import_timings(["dataports.rapidpro", "httpx"], watch=watch, blocked=HTTPX_CLI_DEPENDENCIES)
    lean, lean_alone = base["dataports.rapidpro"], base["httpx"]
    log(f"  no httpx CLI: dataports.rapidpro {lean.median * 1000:.0f} ms, httpx {lean_alone.median * 1000:.0f} ms")

    def ms(values: list[float]) -> str:
        return ", ".join(f"{value * 1000:.0f}" for value in values) + " ms"

    cli = sorted(ours.leaked & set(HTTPX_CLI_DEPENDENCIES))
    pandas_loaded = "pandas" in ours.leaked | lean.leaked
    return [
        Row(
            "`import dataports.rapidpro`, fresh interpreter, dev venv"
            + (f" (httpx imports its CLI: {', '.join(cli)})" if cli else ""),
            f"{ours.median * 1000:.0f} ms",
            f"`import httpx` alone: {alone.median * 1000:.0f} ms",
            None,
            "info",
            None,
            samples=f"dataports [{ms(ours.seconds)}]; httpx [{ms(alone.seconds)}]",
        ),
        Row(
            "`import dataports.rapidpro` leaves pandas unimported",
            f"`'pandas' in sys.modules` is {pandas_loaded}",
            "—",
            None,
            "False",
            not pandas_loaded,
        ),
        Row(
            f"`import dataports.rapidpro` with {', '.join(HTTPX_CLI_DEPENDENCIES)} unimportable (as in a base install)",
            f"{lean.median * 1000:.0f} ms",
            f"`import httpx` alone: {lean_alone.median * 1000:.0f} ms",
            None,
            # The target applies to what a user's `pip install dataports` gets: httpx without its optional CLI.
            f"≤ {IMPORT_SECONDS * 1000:.0f} ms",
            lean.median <= IMPORT_SECONDS,
            samples=f"dataports [{ms(lean.seconds)}]; httpx [{ms(lean_alone.seconds)}]",
        ),
    ]
