"""RapidPro: listing 100k contacts as typed objects and as a DataFrame, against raw httpx + json.loads; import time."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import Row, interleaved_rates, log

ROOT = Path(__file__).resolve().parents[1]
SCRATCH = ROOT / "benchmarks" / ".scratch"
IMPORT_PROBE = (
    "import sys, time; t = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - t, 'pandas' in sys.modules)"
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


def import_seconds(module: str, python: str, env: dict[str, str] | None = None, repeats: int = 7) -> float:
    samples = []
    for _ in range(repeats):
        out = subprocess.run(
            [python, "-c", IMPORT_PROBE.format(module=module)], capture_output=True, text=True, check=True, env=env
        ).stdout.split()
        if out[1] == "True":
            raise RuntimeError(f"importing {module} imported pandas")
        samples.append(float(out[0]))
    return statistics.median(samples)


def minimal_python() -> str | None:
    """A venv holding only dataports' base dependencies (what `pip install dataports` gives a user), made once.

    The dev venv also has rich and click (from schemathesis), which httpx then imports for its CLI.
    """
    venv = SCRATCH / "import-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        log("rapidpro: creating a minimal venv (httpx, attrs, tqdm) for the import-time measurement")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", "httpx", "attrs", "tqdm"], check=True, capture_output=True
            )
        except subprocess.CalledProcessError as error:
            log(f"rapidpro: could not build the minimal venv ({error}); measuring in the dev venv only")
            return None
    return str(python)


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
    # pip compiles a wheel's modules at install time; this checkout runs from source (and the machine sets
    # PYTHONDONTWRITEBYTECODE), so compile them once to measure what an installed package costs.
    for folder in ("overlay", "generated"):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / folder)], check=True)
    dev_ours = import_seconds("dataports.rapidpro", sys.executable)
    dev_httpx = import_seconds("httpx", sys.executable)
    rows.append(
        Row(
            "import dataports.rapidpro (dev venv; pandas not imported)",
            f"{dev_ours * 1000:.0f} ms",
            f"httpx alone {dev_httpx * 1000:.0f} ms (imports its CLI: rich, click)",
            None,
            "—",
            None,
        )
    )
    python = minimal_python()
    if python is not None:
        source_roots = os.pathsep.join(str(ROOT / folder) for folder in ("overlay", "generated"))
        env = {**os.environ, "PYTHONPATH": source_roots}
        ours = import_seconds("dataports.rapidpro", python, env)
        alone = import_seconds("httpx", python, env)
        rows.append(
            Row(
                "import dataports.rapidpro (base install; pandas not imported)",
                f"{ours * 1000:.0f} ms",
                f"httpx alone {alone * 1000:.0f} ms",
                None,
                "≤ 150 ms",
                ours <= 0.150,
            )
        )
    return rows
