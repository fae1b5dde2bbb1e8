"""Gretel: bulk ingest of small records with send_bulk against raw httpx posting the same 50-record batches,
pre-serialised, with the same concurrency; and peak memory of send_bulk over a generator of a million records."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import Row, Settings, compare, log

SERVICES = ("gretel",)
INGEST_RATIO = 0.9
CONCURRENCY = 10
BATCH = 50
MEMORY_LIMIT_MB = 150

_MEMORY_PROBE = """\
import sys
from dataports.gretel import get_cloud_client
url, key, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = get_cloud_client(url, key)
project = client.get_project(create=True)
records = ({"n": i, "city": "Kigali", "ok": i % 2 == 0} for i in range(count))
summary = project.send_bulk(records, detection_mode="none", progress=False)
assert len(summary.sent) == count, str(summary)
# VmHWM, not ru_maxrss: on Linux ru_maxrss carries the parent's peak across fork+exec.
with open("/proc/self/status") as status:
    print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024)
"""


def records(count: int) -> list[dict[str, Any]]:
    return [{"n": i, "city": "Kigali", "ok": i % 2 == 0} for i in range(count)]


def peak_rss_mb(emulator: RunningEmulator, count: int) -> int:
    emulator.reset("gretel")
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, emulator.service_url("gretel"), emulator.token, str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.split()[-1])


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    from dataports.gretel import get_cloud_client

    count = settings.size(full=100_000, quick=10_000)
    data = records(count)
    # The ceiling's bodies are serialised before the clock starts; dataports serialises on the clock.
    bodies = [json.dumps(data[i : i + BATCH]).encode() for i in range(0, count, BATCH)]
    base = emulator.service_url("gretel")
    rows: list[Row] = []
    with (
        get_cloud_client(base, emulator.token) as client,
        httpx.Client(base_url=base, headers={"Authorization": emulator.token}, timeout=60) as http,
    ):

        def with_sdk() -> int:
            emulator.reset("gretel")
            project = client.get_project(create=True)
            summary = project.send_bulk(iter(data), detection_mode="none", progress=False, concurrency=CONCURRENCY)
            return len(summary.sent)

        def with_raw_httpx() -> int:
            emulator.reset("gretel")
            name = http.post("/projects", content=b"{}").json()["data"]["id"]

            def post(body: bytes) -> int:
                response = http.post(f"/records/send/{name}", content=body, params={"detection_mode": "none"})
                return len(response.json()["data"]["success"])

            with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
                return sum(pool.map(post, bodies))

        ingest = compare(with_sdk, with_raw_httpx, settings.repeats, "gretel send_bulk()")
        rows.append(
            ingest.row(f"gretel `send_bulk()`, {count:,} records, {CONCURRENCY} threads", "rec/s", INGEST_RATIO)
        )
    large = settings.size(full=1_000_000, quick=100_000)
    small = large // 10
    log(f"gretel: peak RSS of send_bulk over generators of {small:,} and {large:,} records")
    small_mb, large_mb = peak_rss_mb(emulator, small), peak_rss_mb(emulator, large)
    emulator.reset("gretel")
    rows.append(
        Row(
            f"gretel `send_bulk()` peak RSS, generator of {large:,} records",
            f"{large_mb} MB",
            f"{small:,} records: {small_mb} MB",
            None,
            f"< {MEMORY_LIMIT_MB} MB, flat",
            large_mb < MEMORY_LIMIT_MB,
            samples=f"peak RSS {small_mb} MB at {small:,} records, {large_mb} MB at {large:,} "
            f"(the summary keeps 24 bytes per sent record: index and packed gretel_id)",
        )
    )
    return rows
