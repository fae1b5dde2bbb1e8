"""Gretel: bulk ingest of small records with send_bulk against raw httpx posting the same 50-record batches with the
same concurrency (throughput, and the client CPU each spends per record); and peak memory of send_bulk over a
generator of a million records."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import JSON_DECODER, JSON_ENCODER, Row, Settings, compare, json_dumps, json_loads, log

SERVICES = ("gretel",)
INGEST_RATIO = 0.9
CONCURRENCY = 10
BATCH = 50
MEMORY_LIMIT_MB = 150
#: What send_bulk sends with every batch (the key is made once per batch).
IDEMPOTENCY_HEADER = "Idempotency-Key"
RAW_DESCRIPTION = (
    f"raw `httpx.Client` posting the same batches of {BATCH} records (list slices), each encoded on its worker with "
    f"`{JSON_ENCODER}` and sent with the same query and a fresh `{IDEMPOTENCY_HEADER}`, {CONCURRENCY} threads "
    f"(`ThreadPoolExecutor.map`, every batch queued at once), answers decoded with `{JSON_DECODER}`; "
    "a new project each run on both sides; the GC left on on both sides (neither keeps the records)"
)

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


def batches(data: list[Any]) -> Iterator[list[Any]]:
    # Slices of the list: cheaper than the chunking of an iterator that send_bulk, handed `iter(data)`, must do.
    return (data[i : i + BATCH] for i in range(0, len(data), BATCH))


def peak_rss_mb(emulator: RunningEmulator, count: int) -> int:
    emulator.reset("gretel")
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, emulator.service_url("gretel"), emulator.token, str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.split()[-1])


def raw_send(http: httpx.Client, project: str, batch: list[Any]) -> int:
    """One batch the raw way, the same request send_bulk makes: the records encoded once (`json_dumps`), the same
    query and a fresh idempotency key; the answer decoded once and its stored records counted."""
    response = http.post(
        f"/records/send/{project}",
        content=json_dumps(batch),
        params={"detection_mode": "none"},
        headers={IDEMPOTENCY_HEADER: uuid.uuid4().hex},
    )
    return len(json_loads(response.content)["data"]["success"])


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    from dataports.gretel import get_cloud_client

    count = settings.size(full=100_000, quick=10_000)
    data = records(count)
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
            project = json_loads(http.post("/projects", content=b"{}").content)["data"]["id"]
            with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
                return sum(pool.map(partial(raw_send, http, project), batches(data)))

        ingest = compare(with_sdk, with_raw_httpx, settings.repeats, "gretel send_bulk()")
        benchmark = f"gretel `send_bulk()`, {count:,} records, {CONCURRENCY} threads"
        rows.append(ingest.row(benchmark, "rec/s", INGEST_RATIO, description=RAW_DESCRIPTION))
        rows.append(
            ingest.cpu_row(
                f"{benchmark}: client CPU per record",
                reference="raw httpx",
                description="the raw ceiling above, in the same runs; CPU is `time.process_time()` of the benchmark "
                "process (all its threads, none of the emulator's) divided by the records sent",
            )
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
