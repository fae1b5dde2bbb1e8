"""The generated asyncio clients against the sync ones doing the same work: 200 Voxel51 jobs (upload, run, wait,
download) on one event loop against ``thread_map``; a RapidPro listing; a Gretel ``send_bulk``. Each row's ratio is
async / sync throughput, measured in the same interleaved rounds; a second row per workload gives the peak number of
threads each side ran (sampled every millisecond, in a separate measured run; the emulator is another process)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from dataports_emulators.testing import RunningEmulator

from benchmarks.common import JSON_DECODER, SCRATCH, Comparison, Row, Settings, compare, json_loads, log

SERVICES = ("voxel51", "rapidpro", "gretel")
JOBS = 200
#: The sync path's pool, as in benchmarks/voxel51.py.
THREAD_MAP_WORKERS = 8
POLL = 0.05
GRETEL_CONCURRENCY = 10
T = TypeVar("T")


class PeakThreads:
    """The most threads this process ran at once during the block, the sampler itself not counted."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, name="thread-sampler", daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, threading.active_count() - 1)
            time.sleep(self.interval)

    def __enter__(self) -> PeakThreads:
        self._sampler.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._sampler.join()


def peak_threads(run: Callable[[], object]) -> int:
    with PeakThreads() as sampled:
        run()
    return sampled.peak


class Loop:
    """One event loop kept across rounds (an async client's connections belong to the loop that opened them)."""

    def __init__(self) -> None:
        self._runner = asyncio.Runner()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self._runner.run(coroutine)

    def close(self) -> None:
        self._runner.close()


#: Threads alive while an async side runs: the main thread (the event loop) and the emulator's output reader.
ASYNC_THREADS = 2


def threads_row(benchmark: str, async_peak: int, sync_peak: int, sync_name: str) -> Row:
    return Row(
        f"{benchmark}: peak threads",
        f"async: {async_peak}",
        f"{sync_name}: {sync_peak}",
        None,
        f"async ≤ {ASYNC_THREADS}",
        async_peak <= ASYNC_THREADS,
        samples=f"threads alive at once, this process, sampled every 1 ms: async {async_peak}, sync {sync_peak} "
        "(the main thread and the emulator's output reader included)",
    )


def speedup(result: Comparison, benchmark: str, unit: str, minimum: float, peer: str, description: str) -> Row:
    return result.speedup_row(benchmark, unit, minimum, peer=peer, description=description)


# --- Voxel51: 200 jobs ----------------------------------------------------------------------------------------------
#: (injected latency per request in ms, requests the async side keeps in flight): equal concurrency on a local
#: emulator, then a network-like latency where an event loop keeps many requests in flight for no extra thread.
VOXEL51_CASES = ((0, THREAD_MAP_WORKERS), (20, 64))


def voxel51_rows(emulator: RunningEmulator, settings: Settings, loop: Loop) -> list[Row]:
    import dataports.voxel51 as vapi
    from dataports.voxel51.async_client import AsyncAPI
    from dataports_emulators.services.voxel51 import write_token_file

    SCRATCH.mkdir(parents=True, exist_ok=True)
    token = write_token_file(SCRATCH / "voxel51-async-token.json", emulator.service_url("voxel51"), emulator.token)
    clip = SCRATCH / "voxel51-async-clip.mp4"
    clip.write_bytes(os.urandom(16 * 1024))
    outputs = SCRATCH / "voxel51-async-outputs"
    outputs.mkdir(exist_ok=True)

    def request(data_id: str) -> vapi.JobRequest:
        job = vapi.JobRequest("voxel51/vehicle-sense")
        job.set_input("video", data_id=data_id)
        return job

    api = vapi.API(str(token))
    async_api = AsyncAPI(str(token))

    def threaded(latency: int) -> int:
        emulator.reset("voxel51")
        if latency:
            emulator.set_faults("voxel51", latency_ms=latency)

        def upload_and_run(name: str) -> str:
            data_id = api.upload_data(clip)["id"]
            return str(api.upload_job_request(request(data_id), name, auto_start=True)["id"])

        def wait_and_download(job_id: str) -> None:
            api.wait_until_job_completes(job_id, sleep_time=POLL, max_wait_time=300)
            api.download_job_output(job_id, outputs / f"{job_id}.json")

        job_ids = api.thread_map(upload_and_run, [f"job-{i}" for i in range(JOBS)], THREAD_MAP_WORKERS)
        api.thread_map(wait_and_download, job_ids, THREAD_MAP_WORKERS)
        return len(job_ids)

    async def on_one_loop(latency: int, in_flight: int) -> int:
        emulator.reset("voxel51")
        if latency:
            emulator.set_faults("voxel51", latency_ms=latency)
        slots = asyncio.Semaphore(in_flight)

        async def upload_and_run(name: str) -> str:
            async with slots:
                data_id = (await async_api.upload_data(clip))["id"]
                return str((await async_api.upload_job_request(request(data_id), name, auto_start=True))["id"])

        async def download(job_id: str) -> None:
            async with slots:
                await async_api.download_job_output(job_id, outputs / f"{job_id}.json")

        job_ids = await asyncio.gather(*(upload_and_run(f"job-{i}") for i in range(JOBS)))
        outcomes = await async_api.wait_until_jobs_complete(job_ids, sleep_time=POLL, max_wait_time=300)
        assert all(outcome is None for outcome in outcomes.values()), outcomes
        await asyncio.gather(*(download(job_id) for job_id in job_ids))
        return len(job_ids)

    rows: list[Row] = []
    try:
        for latency, in_flight in VOXEL51_CASES:
            log(f"asyncio_clients: {JOBS} Voxel51 jobs, {latency} ms latency: AsyncAPI ({in_flight} in flight)")

            def asynchronous(latency: int = latency, in_flight: int = in_flight) -> int:
                return loop.run(on_one_loop(latency, in_flight))

            def synchronous(latency: int = latency) -> int:
                return threaded(latency)

            result = compare(asynchronous, synchronous, min(settings.repeats, 3), f"voxel51 {JOBS} jobs {latency} ms")
            async_peak, sync_peak = peak_threads(asynchronous), peak_threads(synchronous)
            where = f"{latency} ms injected per request" if latency else "local emulator, no injected latency"
            benchmark = (
                f"voxel51 {JOBS} jobs: upload, run, wait, download; `AsyncAPI` on one event loop, {in_flight} "
                f"requests in flight ({where})"
            )
            description = (
                f"the sync `API` doing the same {JOBS} jobs through `thread_map` with {THREAD_MAP_WORKERS} threads "
                f"(uploads, then waits and downloads, `wait_until_job_completes` polling every {POLL} s); the async "
                f"side gathers uploads and downloads ({in_flight} at a time, a semaphore) and waits with one "
                f"`wait_until_jobs_complete` (same poll interval); {where}"
            )
            peer = f"thread_map, {THREAD_MAP_WORKERS} threads"
            # Equal concurrency on a local server: bounded by httpx's asyncio CPU per request (see overhead_rows).
            minimum = 0.5 if in_flight == THREAD_MAP_WORKERS else 1.0
            rows += [
                speedup(result, benchmark, "jobs/s", minimum, peer, description),
                threads_row(benchmark, async_peak, sync_peak, "thread_map"),
            ]
    finally:
        api.close()
        loop.run(async_api.aclose())
        for path in outputs.iterdir():
            path.unlink()
        emulator.reset("voxel51")
    return rows


# --- RapidPro: a listing ----------------------------------------------------------------------------------------
def rapidpro_rows(emulator: RunningEmulator, settings: Settings, loop: Loop) -> list[Row]:
    from dataports.rapidpro import TembaClient
    from dataports.rapidpro.async_client import AsyncTembaClient

    contacts = settings.size(full=100_000, quick=10_000)
    emulator.reset("rapidpro")
    emulator.seed("rapidpro", "contacts", contacts)
    base = emulator.service_url("rapidpro")
    sync_client = TembaClient(base, emulator.token)
    async_client = AsyncTembaClient(base, emulator.token)

    def synchronous() -> int:
        return len(sync_client.get_contacts().all())

    def asynchronous() -> int:
        return len(loop.run(async_client.get_contacts().all()))

    try:
        log(f"asyncio_clients: RapidPro listing of {contacts:,} contacts, async against sync")
        result = compare(asynchronous, synchronous, settings.repeats, "rapidpro all()")
        async_peak, sync_peak = peak_threads(asynchronous), peak_threads(synchronous)
    finally:
        sync_client.close()
        loop.run(async_client.aclose())
        emulator.reset("rapidpro")
    benchmark = f"rapidpro `await get_contacts().all()`, {contacts:,} contacts (`AsyncTembaClient`)"
    description = (
        "the sync `TembaClient.get_contacts().all()` over the same contacts (its next page prefetched on a worker "
        "thread; the async side prefetches in a task), each side's client made once and reused across rounds"
    )
    return [
        speedup(result, benchmark, "contacts/s", 0.8, "sync `all()`", description),
        threads_row(benchmark, async_peak, sync_peak, "sync"),
    ]


# --- Gretel: send_bulk ------------------------------------------------------------------------------------------
def gretel_rows(emulator: RunningEmulator, settings: Settings, loop: Loop) -> list[Row]:
    from dataports.gretel import get_cloud_client
    from dataports.gretel.async_client import get_async_cloud_client

    count = settings.size(full=100_000, quick=10_000)
    data = [{"n": i, "city": "Kigali", "ok": i % 2 == 0} for i in range(count)]
    base = emulator.service_url("gretel")
    sync_client = get_cloud_client(base, emulator.token)
    async_client = get_async_cloud_client(base, emulator.token)

    def threaded() -> int:
        emulator.reset("gretel")
        project = sync_client.get_project(create=True)
        summary = project.send_bulk(iter(data), detection_mode="none", progress=False, concurrency=GRETEL_CONCURRENCY)
        return len(summary.sent)

    async def on_one_loop() -> int:
        emulator.reset("gretel")
        project = await async_client.get_project(create=True)
        summary = await project.send_bulk(
            iter(data), detection_mode="none", progress=False, concurrency=GRETEL_CONCURRENCY
        )
        return len(summary.sent)

    def asynchronous() -> int:
        return loop.run(on_one_loop())

    try:
        log(f"asyncio_clients: Gretel send_bulk of {count:,} records, async against threaded")
        result = compare(asynchronous, threaded, settings.repeats, "gretel send_bulk()")
        async_peak, sync_peak = peak_threads(asynchronous), peak_threads(threaded)
    finally:
        sync_client.close()
        loop.run(async_client.aclose())
        emulator.reset("gretel")
    benchmark = f"gretel `await send_bulk()`, {count:,} records, {GRETEL_CONCURRENCY} at a time (async)"
    description = (
        f"the sync `send_bulk` of the same records with {GRETEL_CONCURRENCY} worker threads (batches of 50, an "
        "idempotency key each, a new project per run on both sides); the async side: tasks and a semaphore"
    )
    return [
        speedup(result, benchmark, "rec/s", 0.7, f"threaded, {GRETEL_CONCURRENCY} threads", description),
        threads_row(benchmark, async_peak, sync_peak, "threaded"),
    ]


# --- What the async layers cost over raw httpx ---------------------------------------------------------------------
REQUESTS = 2_000


def overhead_rows(emulator: RunningEmulator, settings: Settings, loop: Loop) -> list[Row]:
    """One small GET after another: ``AsyncAPI.get_platform_status()`` against a raw ``httpx.AsyncClient`` making
    the same request, and, for scale, the sync ``API`` against a raw ``httpx.Client``."""
    import dataports.voxel51 as vapi
    import httpx
    from dataports.voxel51.async_client import AsyncAPI
    from dataports_emulators.services.voxel51 import write_token_file

    token = write_token_file(SCRATCH / "voxel51-async-token.json", emulator.service_url("voxel51"), emulator.token)
    headers = {"Authorization": f"Bearer {emulator.token}"}
    base = emulator.service_url("voxel51")
    async_api, api = AsyncAPI(str(token)), vapi.API(str(token))
    raw_async = httpx.AsyncClient(base_url=base, headers=headers, timeout=60)
    raw_sync = httpx.Client(base_url=base, headers=headers, timeout=60)

    async def through(call: Callable[[], Coroutine[Any, Any, object]]) -> int:
        for _ in range(REQUESTS):
            await call()
        return REQUESTS

    # The path get_platform_status() requests (the spec's ``/status/all``), decoded as dataports decodes: GETting
    # ``/v1/status`` here measured a 44-byte 404 against the client's 279-byte 200.
    status_path = "/v1/status/all"

    async def raw_status() -> object:
        return json_loads((await raw_async.get(status_path)).content)

    def sync_calls(call: Callable[[], object]) -> int:
        for _ in range(REQUESTS):
            call()
        return REQUESTS

    try:
        log(f"asyncio_clients: {REQUESTS:,} sequential requests, each client against raw httpx")
        asynchronous = compare(
            lambda: loop.run(through(async_api.get_platform_status)),
            lambda: loop.run(through(raw_status)),
            settings.repeats,
            "async overhead",
        )
        synchronous = compare(
            lambda: sync_calls(api.get_platform_status),
            lambda: sync_calls(lambda: json_loads(raw_sync.get(status_path).content)),
            settings.repeats,
            "sync overhead",
        )
    finally:
        loop.run(async_api.aclose())
        loop.run(raw_async.aclose())
        api.close()
        raw_sync.close()
    what = f"{REQUESTS:,} sequential `get_platform_status()` calls"
    return [
        asynchronous.row(
            f"voxel51 `AsyncAPI`, {what}",
            "req/s",
            0.9,
            description=f"raw `httpx.AsyncClient` GETting the same path (`/v1/status/all`) with the same token, "
            f"decoded with `{JSON_DECODER}`, one after another on the same event loop: what dataports' async layers "
            "(caller, retrying transport, error mapping, shared pool) cost over httpx's own asyncio stack",
        ),
        Row(
            f"httpx alone, {what} as raw GETs (for scale)",
            f"`httpx.AsyncClient`: {asynchronous.ceiling_median:,.0f} req/s",
            f"`httpx.Client`: {synchronous.ceiling_median:,.0f} req/s",
            None,
            "info",
            None,
            samples=f"sync `API` {synchronous.candidate_median:,.0f} req/s over raw `httpx.Client` "
            f"{synchronous.ceiling_median:,.0f} ({synchronous.ratio:.3f}); async {asynchronous.ratio:.3f} of raw",
            ceiling_description="the two raw httpx clients above, in the same rounds: httpx's asyncio stack costs more "
            "per request than its sync one, which bounds every async client on a fast local server",
        ),
    ]


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    loop = Loop()
    try:
        return [
            *overhead_rows(emulator, settings, loop),
            *voxel51_rows(emulator, settings, loop),
            *rapidpro_rows(emulator, settings, loop),
            *gretel_rows(emulator, settings, loop),
        ]
    finally:
        loop.close()


__all__ = ["SERVICES", "run"]
