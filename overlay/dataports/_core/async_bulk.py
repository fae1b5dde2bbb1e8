"""The asyncio twin of ``bulk.send_in_batches``: batches sent as tasks on one event loop, at most ``concurrency`` at a
time (a semaphore), with the same ``BulkSummary``, the same per-batch idempotency key reused across retries, and the
same bound on memory (at most ``2 * concurrency`` batches exist at once).

Cancellation is accounted for too: when the task running ``send_in_batches`` is cancelled, the batches in flight are
cancelled and awaited, every record read so far is reported (sent, rejected, or failed with ``CancelledError``), and
the ``CancelledError`` is re-raised carrying that summary (``cancelled_summary(error)``), so a caller knows exactly
which records to send again.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import Any, TypeVar

from dataports._core.bulk import BatchOutcome, BulkSummary, FailedRecord, account, chunked
from dataports._core.progress import progress_bar

R = TypeVar("R")

CANCELLED = "CancelledError: the bulk send was cancelled before this batch's outcome was known"
"""The error recorded for each record of a batch whose outcome was unknown when the async bulk send was cancelled."""


async def achunked(records: Iterable[R] | AsyncIterable[R], size: int) -> AsyncIterator[list[R]]:
    """Batches of ``size`` from a sync or async iterable, read lazily."""
    if not isinstance(records, AsyncIterable):
        for whole in chunked(records, size):
            yield whole
        return
    batch: list[R] = []
    async for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def cancelled_summary(error: BaseException) -> BulkSummary[Any] | None:
    """The summary a cancelled ``send_in_batches`` attached to its ``CancelledError`` (``None`` for any other)."""
    summary = getattr(error, "dataports_summary", None)
    return summary if isinstance(summary, BulkSummary) else None


async def send_in_batches(
    records: Iterable[R] | AsyncIterable[R],
    send_batch: Callable[[list[R], str], Awaitable[BatchOutcome]],
    *,
    batch_size: int,
    concurrency: int = 8,
    attempts: int = 3,
    progress: bool = False,
    description: str | None = None,
    total: int | None = None,
    describe_error: Callable[[BaseException], str] = repr,
    retryable: Callable[[BaseException], bool] = lambda error: True,
) -> BulkSummary[R]:
    """Send ``records`` in batches of ``batch_size``, ``concurrency`` at a time, and report every record's fate.

    The same contract as ``dataports._core.bulk.send_in_batches``; ``records`` may also be an async iterable. A sync
    iterable is read on the event loop a batch at a time (it is meant for records in memory or a local file).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    summary: BulkSummary[R] = BulkSummary()
    slots = asyncio.Semaphore(concurrency)

    async def attempt(batch: list[R]) -> BatchOutcome:
        key = uuid.uuid4().hex  # one key per batch, kept for each of its retries
        async with slots:
            for remaining in range(attempts - 1, -1, -1):
                try:
                    return await send_batch(batch, key)
                except Exception as error:  # CancelledError is not an Exception: it is never retried
                    if remaining == 0 or not retryable(error):
                        raise
        raise AssertionError("unreachable")

    def settle(start: int, batch: list[R], task: asyncio.Task[BatchOutcome]) -> int:
        if task.cancelled():
            summary.failed.extend(FailedRecord(start + i, CANCELLED, record) for i, record in enumerate(batch))
            return len(batch)
        error = task.exception()
        if error is not None:
            message = describe_error(error)
            summary.failed.extend(FailedRecord(start + i, message, record) for i, record in enumerate(batch))
            return len(batch)
        account(summary, start, batch, task.result())
        return len(batch)

    in_flight: dict[asyncio.Task[BatchOutcome], tuple[int, list[R]]] = {}
    with progress_bar(progress, total=total, desc=description) as bar:

        async def drain() -> None:
            done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                start, batch = in_flight.pop(task)
                bar.update(settle(start, batch, task))

        try:
            start = 0
            async for batch in achunked(records, batch_size):
                summary.total += len(batch)
                in_flight[asyncio.create_task(attempt(batch))] = (start, batch)
                start += len(batch)
                if len(in_flight) >= 2 * concurrency:
                    await drain()
            while in_flight:
                await drain()
        except asyncio.CancelledError as cancelled:
            await _cancel_and_settle(in_flight, settle)
            _sort(summary)
            cancelled.dataports_summary = summary  # type: ignore[attr-defined]
            cancelled.add_note(f"send_in_batches was cancelled; what it did: {summary}")
            raise
        except BaseException:
            # Any other way out (an error reading the input, KeyboardInterrupt): no task may outlive the call.
            await _cancel_and_settle(in_flight, settle)
            raise
    _sort(summary)
    return summary


async def _cancel_and_settle(
    in_flight: dict[asyncio.Task[BatchOutcome], tuple[int, list[R]]],
    settle: Callable[[int, list[R], asyncio.Task[BatchOutcome]], int],
) -> None:
    """Cancel the batches in flight, wait until each has ended, and account for every one of their records: a batch
    that finished meanwhile keeps its real outcome, one that did not is failed as cancelled."""
    for task in in_flight:
        task.cancel()
    if in_flight:
        ended = asyncio.ensure_future(asyncio.wait(list(in_flight)))
        while not ended.done():
            # Shielded, and waited for again after a second cancellation of the caller: cancelled batches end at
            # their next await, and every record must be accounted for before the (first) cancellation goes on.
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(ended)
    for task, (start, batch) in list(in_flight.items()):
        settle(start, batch, task)
    in_flight.clear()


def _sort(summary: BulkSummary[Any]) -> None:
    summary.rejected.sort(key=lambda r: r.index)
    summary.failed.sort(key=lambda f: f.index)


__all__ = ["CANCELLED", "achunked", "cancelled_summary", "send_in_batches"]
