"""Bulk writes: chunk any iterable into batches, send them with bounded concurrency and memory, and account for the
fate of every input record (sent, rejected by the server, or failed with its batch's error).

A service supplies ``send_batch(records, idempotency_key) -> BatchOutcome``. The key is made once per batch and reused
for every retry of that batch, so a server that honours it stores nothing twice.
"""

from __future__ import annotations

import array
import itertools
import queue
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

import attrs

from dataports._core.progress import progress_bar

R = TypeVar("R")


@attrs.frozen
class BatchOutcome:
    """What the server said about one batch: positions (within the batch) that were stored, with their ids, and
    positions it refused, with its message."""

    sent: list[tuple[int, str]]
    rejected: list[tuple[int, str]]


@attrs.frozen
class RejectedRecord:
    """A record the server refused on its own (the rest of its batch was stored): its input ``index`` and the server's
    ``message``."""

    index: int
    message: str


@attrs.frozen
class FailedRecord(Generic[R]):
    """A record whose batch failed as a whole (an error status, no response): its input ``index``, the batch's ``error``
    and the ``record`` itself, to send again."""

    index: int
    error: str
    record: R


class SentIds:
    """(input index, server id) pairs in compact arrays: 32-hex ids cost 16 bytes, so a million sent records stay
    in a few tens of MB instead of hundreds."""

    def __init__(self) -> None:
        self._indices = array.array("q")
        self._hex = bytearray()
        self._other: dict[int, str] = {}  # ids that are not 32-hex, by position

    def add(self, index: int, record_id: str) -> None:
        """Record that the input record at ``index`` was stored under ``record_id``."""
        position = len(self._indices)
        self._indices.append(index)
        packed = bytes.fromhex(record_id) if _LOWER_HEX_ID(record_id) else None
        if packed is None:
            self._other[position] = record_id
            packed = bytes(16)
        self._hex += packed

    def extend(self, start: int, sent: list[tuple[int, str]]) -> None:
        """Record a batch's ``(position, id)`` pairs, the batch beginning at input index ``start``: as ``add`` for
        each, in a few whole-batch steps when every id is 32 lower-case hex digits (as Gretel's are)."""
        if not sent:
            return
        positions, ids = zip(*sent, strict=True)
        if set(map(len, ids)) == {32}:
            joined = "".join(ids)
            try:
                packed = bytes.fromhex(joined)
            except ValueError:
                packed = b""
            # fromhex also takes upper case and spaces: only ids that read back the same are stored packed.
            if packed.hex() == joined:
                self._indices.extend(map(start.__add__, positions))
                self._hex += packed
                return
        for position, record_id in sent:
            self.add(start + position, record_id)

    def __len__(self) -> int:
        return len(self._indices)

    def __iter__(self) -> Iterator[tuple[int, str]]:
        for position, index in enumerate(self._indices):
            other = self._other.get(position)
            yield index, other if other is not None else self._hex[position * 16 : position * 16 + 16].hex()

    def ids(self) -> list[str]:
        """The ids of the stored records, in the order they were added."""
        return [record_id for _, record_id in self]


#: Ids stored packed (16 bytes instead of a 32-character string): 32 lower-case hex digits, as Gretel's are.
_LOWER_HEX_ID = re.compile("[0-9a-f]{32}").fullmatch


@attrs.define
class BulkSummary(Generic[R]):
    """The fate of every input record. ``len(sent) + len(rejected) + len(failed) == total``."""

    total: int = 0
    sent: SentIds = attrs.field(factory=SentIds)
    rejected: list[RejectedRecord] = attrs.field(factory=list)
    failed: list[FailedRecord[R]] = attrs.field(factory=list)

    @property
    def success(self) -> bool:
        """Whether every record was stored (none rejected, none failed)."""
        return not self.rejected and not self.failed

    def __bool__(self) -> bool:
        return self.success

    @property
    def records_sent(self) -> int:
        """How many records were stored."""
        return len(self.sent)

    def failed_records(self) -> list[R]:
        """The records whose batches failed, in input order, ready to be sent again."""
        return [f.record for f in sorted(self.failed, key=lambda f: f.index)]

    def __str__(self) -> str:
        lines = [
            f"{self.total} records: {len(self.sent)} sent, {len(self.rejected)} rejected, {len(self.failed)} failed"
        ]
        for rejected in self.rejected[:5]:
            lines.append(f"  rejected #{rejected.index}: {rejected.message}")
        errors = sorted({f.error for f in self.failed})
        for error in errors[:5]:
            lines.append(f"  failed: {error}")
        hidden = len(self.rejected) - 5 + max(len(errors) - 5, 0)
        if hidden > 0:
            lines.append(f"  ... and {hidden} more")
        return "\n".join(lines)


def account(summary: BulkSummary[R], start: int, batch: list[R], outcome: BatchOutcome) -> None:
    """Enter the fate of every record of ``batch`` (input indices from ``start``) that the server answered for with
    ``outcome``: stored, refused, or, when the answer does not mention it, failed. The whole-batch steps keep this
    off the per-record path (it runs on the thread that hands out the batches)."""
    summary.sent.extend(start, outcome.sent)
    if outcome.rejected:
        summary.rejected.extend(RejectedRecord(start + position, message) for position, message in outcome.rejected)
    accounted = {position for position, _ in outcome.sent}
    if outcome.rejected:
        accounted.update(position for position, _ in outcome.rejected)
    if accounted.issuperset(range(len(batch))):
        return
    # A record the server neither stored nor refused must not vanish from the summary.
    for position, record in enumerate(batch):
        if position not in accounted:
            summary.failed.append(FailedRecord(start + position, "no status returned for this record", record))


def chunked(records: Iterable[R], size: int) -> Iterator[list[R]]:
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def send_in_batches(
    records: Iterable[R],
    send_batch: Callable[[list[R], str], BatchOutcome],
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
    """Send ``records`` in batches of ``batch_size`` on ``concurrency`` threads and report every record's fate.

    At most ``2 * concurrency`` batches exist at once, so memory does not grow with the input. A batch whose call
    raises a ``retryable`` error is tried ``attempts`` times in all (with the same idempotency key); after that, or
    after any other error, its records are ``failed``.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    summary: BulkSummary[R] = BulkSummary()

    def attempt(batch: list[R]) -> BatchOutcome:
        key = uuid.uuid4().hex
        for remaining in range(attempts - 1, -1, -1):
            try:
                return send_batch(batch, key)
            except Exception as error:
                if remaining == 0 or not retryable(error):
                    raise
        raise AssertionError("unreachable")

    def settle(start: int, batch: list[R], future: Future[BatchOutcome]) -> int:
        error = future.exception()
        if error is not None:
            message = describe_error(error)
            summary.failed.extend(FailedRecord(start + i, message, record) for i, record in enumerate(batch))
            return len(batch)
        account(summary, start, batch, future.result())
        return len(batch)

    in_flight: dict[Future[BatchOutcome], tuple[int, list[R]]] = {}
    # Each batch, once done, queues its future here: taking the next one is one queue operation, where
    # concurrent.futures.wait sets up and tears down a waiter on every batch in flight each time it is called.
    finished: queue.SimpleQueue[Future[BatchOutcome]] = queue.SimpleQueue()
    with (
        ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="dataports-bulk") as pool,
        progress_bar(progress, total=total, desc=description) as bar,
    ):

        def settle_next() -> None:
            future = finished.get()
            start, batch = in_flight.pop(future)
            bar.update(settle(start, batch, future))

        start = 0
        for batch in chunked(records, batch_size):
            summary.total += len(batch)
            future = pool.submit(attempt, batch)
            in_flight[future] = (start, batch)
            future.add_done_callback(finished.put)
            start += len(batch)
            if len(in_flight) >= 2 * concurrency:
                settle_next()
        while in_flight:
            settle_next()
    summary.rejected.sort(key=lambda r: r.index)
    summary.failed.sort(key=lambda f: f.index)
    return summary


__all__ = [
    "BatchOutcome",
    "BulkSummary",
    "FailedRecord",
    "RejectedRecord",
    "SentIds",
    "account",
    "chunked",
    "send_in_batches",
]
