"""The asyncio building blocks the generated clients stand on, against ``httpx.MockTransport``: the caller, the
paginator (pages, items, resume, prefetch), bulk sends (accounting, bounded concurrency, idempotency keys,
cancellation), atomic downloads (resume, restart, cancellation) and the shared connection pool of a client's copies.

They are imported from their modules until ``dataports.toolkit`` exports them (the lead adds those lines).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from dataports import UnexpectedResponseError, WaitTimeout
from dataports.rapidpro import TembaException
from dataports.rapidpro.errors import RapidProErrors
from dataports.toolkit import (
    CANCELLED,
    STRICT_OPERATIONS_ENV,
    AsyncCaller,
    AsyncPaginator,
    Backoff,
    BatchOutcome,
    Observation,
    RawPage,
    build_async_http_client,
    cancelled_summary,
)
from dataports.toolkit import RetryPolicy as Policy
from dataports.toolkit import async_download_to as download_to
from dataports.toolkit import async_send_in_batches as send_in_batches
from dataports.toolkit import async_wait_for as wait_until_done

ERRORS = RapidProErrors()


@pytest.fixture(autouse=True)
def raw_requests_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests drive the core with hand-made requests; the strict spec check is for the SDK's own.
    monkeypatch.delenv(STRICT_OPERATIONS_ENV, raising=False)


def caller_for(handler: Callable[[httpx.Request], httpx.Response], retries: int = 0) -> AsyncCaller:
    async def answer(request: httpx.Request) -> httpx.Response:
        return handler(request)

    policy = Policy(max_retries=retries, initial_delay=0.0, max_delay=0.0)
    http = build_async_http_client(
        service="test",
        base_url="https://api.example.test/v2",
        auth=None,
        policy=policy,
        transport=httpx.MockTransport(answer),
        errors=ERRORS,
    )
    return AsyncCaller(http, ERRORS, policy)


# --- the caller -------------------------------------------------------------------------------------------------
async def test_caller_decodes_picks_and_maps_bad_bodies_like_the_sync_one() -> None:
    bodies = iter([b'{"data": {"id": 7}}', b"[1, 2]", b"<html>", b'{"data": {}}'])
    caller = caller_for(lambda request: httpx.Response(200, content=next(bodies)))
    request = {"method": "GET", "url": "/things"}
    assert await caller.json(request, "data", "id") == 7
    assert await caller.json_as(request, list) == [1, 2]
    with pytest.raises(TembaException) as not_json:
        await caller.json(request)
    assert isinstance(not_json.value, UnexpectedResponseError) and "not JSON" in str(not_json.value)
    with pytest.raises(UnexpectedResponseError, match="no 'id'"):
        await caller.json(request, "data", "id")
    await caller.http.aclose()


async def test_caller_follows_next_links_only_on_its_own_host() -> None:
    seen: list[str] = []
    caller = caller_for(lambda request: seen.append(str(request.url)) or httpx.Response(200, json={}))
    await caller.follow("https://api.example.test/v2/things?cursor=2", "list_things")
    await caller.follow("/things?cursor=3", "list_things")  # relative: under the base URL, as httpx joins it
    with pytest.raises(TembaException, match=r"refusing to follow a link to https://evil\.test"):
        await caller.follow("https://evil.test/v2/things", "list_things")
    assert seen == ["https://api.example.test/v2/things?cursor=2", "https://api.example.test/v2/things?cursor=3"]
    await caller.http.aclose()


async def test_caller_retries_then_raises_the_service_exception() -> None:
    statuses = iter([503, 503, 200])
    caller = caller_for(lambda request: httpx.Response(next(statuses), json={"ok": True}), retries=2)
    assert await caller.json({"method": "GET", "url": "/x"}, "ok") is True
    failing = caller_for(lambda request: httpx.Response(503, text="busy"), retries=1)
    with pytest.raises(TembaException) as busy:
        await failing.send({"method": "GET", "url": "/x"})
    assert busy.value.status_code == 503
    await caller.http.aclose()
    await failing.http.aclose()


# --- pagination ---------------------------------------------------------------------------------------------------
def numbered_pages(count: int, size: int, log: list[Any] | None = None) -> Callable[[Any], Any]:
    async def fetch(token: Any) -> RawPage:
        page = token or 0
        if log is not None:
            log.append(page)
        await asyncio.sleep(0)
        items = [{"n": page * size + i} for i in range(size)]
        return RawPage(items, page + 1 if page + 1 < count else None)

    return fetch


@pytest.mark.parametrize("prefetch", [False, True])
async def test_paginator_gives_items_pages_raw_first_and_all(prefetch: bool) -> None:
    listing = AsyncPaginator(numbered_pages(4, 3), lambda item: item["n"], prefetch=prefetch)
    assert [n async for n in listing] == list(range(12))
    pages = [page async for page in listing.iter_pages()]
    assert pages == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
    assert await listing.all(progress=True) == list(range(12))
    assert await listing.all_raw() == [{"n": n} for n in range(12)]
    assert [item async for item in listing.iter_raw()][:2] == [{"n": 0}, {"n": 1}]
    assert await listing.first() == 0


async def test_page_iterator_resumes_from_its_token() -> None:
    listing = AsyncPaginator(numbered_pages(5, 2), lambda item: item["n"])
    pages = listing.iter_pages()
    assert await anext(pages) == [0, 1] and await anext(pages) == [2, 3]
    resumed = [page async for page in listing.iter_pages(start_token=pages.resume_token)]
    assert resumed == [[4, 5], [6, 7], [8, 9]]
    assert pages.resume_token == 2


async def test_prefetch_fetches_one_page_ahead_and_stops_when_the_consumer_stops() -> None:
    log: list[Any] = []
    listing = AsyncPaginator(numbered_pages(50, 1, log), lambda item: item["n"], prefetch=True)
    pages = listing.iter_pages()
    assert await anext(pages) == [0]
    for _ in range(5):
        await asyncio.sleep(0)
    assert log == [0, 1, 2]  # page N handed over, N+1 waiting in the one-page queue, N+2 fetched, blocked on it
    await pages.aclose()
    await asyncio.sleep(0.01)
    assert len(log) == 3  # the prefetch task was cancelled with the iterator


async def test_prefetch_hands_over_the_fetch_error() -> None:
    async def fetch(token: Any) -> RawPage:
        if token:
            raise TembaException("page 2 failed")
        return RawPage([{"n": 0}], 1)

    with pytest.raises(TembaException, match="page 2 failed"):
        [n async for n in AsyncPaginator(fetch, lambda item: item, prefetch=True)]


# --- bulk -----------------------------------------------------------------------------------------------------------
def outcome(batch: list[Any]) -> BatchOutcome:
    sent = [(i, f"{i:032x}") for i, record in enumerate(batch) if isinstance(record, dict)]
    rejected = [(i, "not an object") for i, record in enumerate(batch) if not isinstance(record, dict)]
    return BatchOutcome(sent=sent, rejected=rejected)


async def test_bulk_accounts_for_every_record_and_bounds_concurrency() -> None:
    running = {"now": 0, "max": 0}

    async def send(batch: list[Any], key: str) -> BatchOutcome:
        running["now"] += 1
        running["max"] = max(running["max"], running["now"])
        await asyncio.sleep(0.001)
        running["now"] -= 1
        if any(isinstance(r, dict) and r["i"] == 120 for r in batch):
            raise ConnectionError("went away")
        return outcome(batch)

    records: list[Any] = [{"i": i} if i % 9 else i for i in range(503)]
    summary = await send_in_batches(records, send, batch_size=50, concurrency=3, attempts=1, progress=True)
    assert summary.total == 503 and running["max"] == 3
    assert len(summary.sent) + len(summary.rejected) + len(summary.failed) == 503
    assert [f.index for f in summary.failed] == list(range(100, 150))
    assert summary.failed_records() == records[100:150]


async def test_bulk_reuses_the_key_across_retries_and_reads_async_input_lazily() -> None:
    keys: list[str] = []
    produced = {"n": 0}

    async def records() -> AsyncIterator[dict[str, int]]:
        for i in range(1_000):
            produced["n"] += 1
            yield {"i": i}

    async def flaky(batch: list[Any], key: str) -> BatchOutcome:
        keys.append(key)
        if len(keys) < 3:
            raise TimeoutError("slow")
        await asyncio.sleep(0)
        return outcome(batch)

    summary = await send_in_batches(records(), flaky, batch_size=10, concurrency=1, attempts=3)
    assert summary.success and len(summary.sent) == 1_000
    assert keys[0] == keys[1] == keys[2] and len(set(keys)) == 100  # one key per batch, kept for its retries


async def test_bulk_retries_only_what_is_retryable() -> None:
    calls = {"n": 0}

    async def refused(batch: list[Any], key: str) -> BatchOutcome:
        calls["n"] += 1
        raise PermissionError("no")

    summary = await send_in_batches(
        [{"a": 1}], refused, batch_size=5, attempts=3, retryable=lambda e: not isinstance(e, PermissionError)
    )
    assert calls["n"] == 1 and summary.failed[0].error == "PermissionError('no')"


async def test_cancelled_bulk_reports_every_record_it_read_then_reraises() -> None:
    finished = asyncio.Event()

    async def send(batch: list[Any], key: str) -> BatchOutcome:
        if batch[0]["i"] < 20:  # the first two batches answer; the others hang until cancelled
            return outcome(batch)
        finished.set()
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    records = ({"i": i} for i in range(10_000))
    task = asyncio.create_task(send_in_batches(records, send, batch_size=10, concurrency=4))
    await finished.wait()
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError) as cancelled:
        await task
    summary = cancelled_summary(cancelled.value)
    assert summary is not None and task.cancelled()
    # Read: the two batches that answered, then 2 * concurrency batches in flight; nothing else was read.
    assert summary.total == len(summary.sent) + len(summary.failed) == 100
    assert sorted(index for index, _ in summary.sent) == list(range(20))
    assert {f.error for f in summary.failed} == {CANCELLED}
    assert [f.index for f in summary.failed] == list(range(20, 100))
    assert "send_in_batches was cancelled" in "".join(cancelled.value.__notes__)


async def test_bulk_cancelled_by_a_timeout_becomes_a_timeout_with_its_summary() -> None:
    async def hang(batch: list[Any], key: str) -> BatchOutcome:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    with pytest.raises(TimeoutError) as late:
        async with asyncio.timeout(0.05):
            await send_in_batches([{"a": 1}] * 30, hang, batch_size=10)
    summary = cancelled_summary(late.value.__context__ or late.value)
    assert summary is not None and summary.total == 30 and len(summary.failed) == 30


async def test_bulk_needs_no_thread(threads_started_here: list[threading.Thread]) -> None:
    async def send(batch: list[Any], key: str) -> BatchOutcome:
        await asyncio.sleep(0)
        return outcome(batch)

    assert (await send_in_batches([{"a": 1}] * 500, send, batch_size=10, concurrency=20)).success
    assert threads_started_here == []


# --- waiting --------------------------------------------------------------------------------------------------------
async def test_waiter_counts_polls_and_times_out() -> None:
    states = iter(["QUEUED", "RUNNING", "COMPLETE"])

    async def poll() -> Observation[str]:
        state = next(states)
        return Observation(state, done=state == "COMPLETE")

    seen = await wait_until_done(poll, backoff=Backoff(initial=0.001), progress=True)
    assert seen.state == "COMPLETE"

    async def stuck() -> Observation[str]:
        return Observation("RUNNING")

    with pytest.raises(WaitTimeout) as late:
        await wait_until_done(stuck, what="job 1", timeout=0.02, backoff=Backoff(initial=0.005))
    assert late.value.last_state == "RUNNING"


# --- downloads ------------------------------------------------------------------------------------------------------
class Flaky(httpx.AsyncByteStream):
    """A body that drops its connection after ``cut`` bytes (once)."""

    def __init__(self, body: bytes, cut: int | None) -> None:
        self.body = body
        self.cut = cut

    async def __aiter__(self) -> AsyncIterator[bytes]:
        end = len(self.body) if self.cut is None else self.cut
        for start in range(0, end, 1000):
            yield self.body[start : min(start + 1000, end)]
        if self.cut is not None:
            raise httpx.ReadError("connection dropped")


def file_server(body: bytes, *, ranges: bool, cuts: list[int | None]) -> tuple[httpx.AsyncClient, list[str]]:
    seen: list[str] = []

    async def serve(request: httpx.Request) -> httpx.Response:
        wanted = request.headers.get("range")
        seen.append(wanted or "")
        start = int(wanted.removeprefix("bytes=").rstrip("-")) if wanted and ranges else 0
        headers = {"etag": '"v1"', "content-length": str(len(body) - start)}
        if ranges:
            headers["accept-ranges"] = "bytes"
        cut = cuts.pop(0) if cuts else None
        stream = Flaky(body[start:], cut)
        return httpx.Response(206 if start else 200, headers=headers, stream=stream)

    return httpx.AsyncClient(base_url="https://files.test", transport=httpx.MockTransport(serve)), seen


BODY = bytes(range(256)) * 400


@pytest.mark.parametrize(("ranges", "expected"), [(True, ["", "bytes=40000-"]), (False, ["", ""])])
async def test_download_resumes_or_restarts_and_is_atomic(tmp_path: Path, ranges: bool, expected: list[str]) -> None:
    http, seen = file_server(BODY, ranges=ranges, cuts=[40_000])
    target = tmp_path / "out" / "file.bin"

    async def no_wait(seconds: float) -> None:
        return None

    path = await download_to(http, "/f", target, retry=Policy(max_retries=2), errors=ERRORS, sleep=no_wait)
    assert path == target and target.read_bytes() == BODY and seen == expected
    assert [p.name for p in target.parent.iterdir()] == ["file.bin"]
    await http.aclose()


async def test_download_lost_for_good_leaves_nothing_and_raises_the_service_error(tmp_path: Path) -> None:
    http, _ = file_server(BODY, ranges=True, cuts=[1000, 1000, 1000])
    target = tmp_path / "file.bin"
    target.write_bytes(b"previous version")

    async def no_wait(seconds: float) -> None:
        return None

    with pytest.raises(TembaException) as lost:
        await download_to(http, "/f", target, retry=Policy(max_retries=1), errors=ERRORS, sleep=no_wait)
    assert lost.value.status_code is None
    assert target.read_bytes() == b"previous version" and [p.name for p in tmp_path.iterdir()] == ["file.bin"]
    await http.aclose()


async def test_cancelled_download_removes_its_temporary_file(tmp_path: Path) -> None:
    started = asyncio.Event()

    class Endless(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            while True:
                started.set()
                yield b"x" * 1000
                await asyncio.sleep(0.001)

    async def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Endless())

    http = httpx.AsyncClient(base_url="https://files.test", transport=httpx.MockTransport(serve))
    task = asyncio.create_task(download_to(http, "/f", tmp_path / "big.bin"))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert list(tmp_path.iterdir()) == []
    await http.aclose()
