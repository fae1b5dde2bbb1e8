"""Bulk batching: every record's fate is accounted for, memory stays bounded, keys are reused across retries."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from dataports.toolkit import BatchOutcome, SentIds, send_in_batches


def fake_ids(batch: list[object], key: str) -> BatchOutcome:
    sent = [(i, f"{hash((key, i)) & (2**128 - 1):032x}") for i, r in enumerate(batch) if isinstance(r, dict)]
    rejected = [(i, "Individual records must be JSON objects") for i, r in enumerate(batch) if not isinstance(r, dict)]
    return BatchOutcome(sent=sent, rejected=rejected)


def test_every_record_is_sent_rejected_or_failed() -> None:
    records: list[object] = [{"n": i} if i % 7 else i for i in range(503)]
    calls = {"n": 0}

    def flaky(batch: list[object], key: str) -> BatchOutcome:
        calls["n"] += 1
        if any(isinstance(r, dict) and r["n"] in (100, 101) for r in batch):
            raise ConnectionError("server went away")
        return fake_ids(batch, key)

    summary = send_in_batches(records, flaky, batch_size=50, concurrency=4, attempts=2)
    assert summary.total == 503
    assert len(summary.sent) + len(summary.rejected) + len(summary.failed) == 503
    assert [f.index for f in summary.failed] == list(range(100, 150))
    assert summary.failed_records() == records[100:150]
    assert {r.index for r in summary.rejected} == {i for i in range(503) if i % 7 == 0} - set(range(100, 150))
    assert not summary
    assert "503 records" in str(summary) and "ConnectionError" in str(summary)


def test_idempotency_key_is_reused_for_retries_of_a_batch() -> None:
    keys: list[str] = []
    failures = iter([True, True, False])

    def once_flaky(batch: list[object], key: str) -> BatchOutcome:
        keys.append(key)
        if next(failures):
            raise TimeoutError("slow")
        return fake_ids(batch, key)

    summary = send_in_batches([{"a": 1}], once_flaky, batch_size=50, concurrency=1, attempts=3)
    assert summary.success and len(summary.sent) == 1
    assert len(keys) == 3 and len(set(keys)) == 1


def test_records_without_status_are_reported_failed() -> None:
    summary = send_in_batches(
        [{"a": 1}, {"a": 2}], lambda b, k: BatchOutcome(sent=[(0, "x" * 32)], rejected=[]), batch_size=2
    )
    assert [f.index for f in summary.failed] == [1]


def test_input_is_consumed_lazily_with_bounded_batches_in_flight() -> None:
    produced = {"n": 0}
    in_flight = {"now": 0, "max": 0}
    lock = threading.Lock()
    gate = threading.Event()

    def generator() -> Iterator[dict[str, int]]:
        for i in range(10_000):
            produced["n"] += 1
            yield {"i": i}

    def slow(batch: list[dict[str, int]], key: str) -> BatchOutcome:
        with lock:
            in_flight["now"] += 1
            in_flight["max"] = max(in_flight["max"], in_flight["now"])
        gate.wait(0.001)
        with lock:
            in_flight["now"] -= 1
        return BatchOutcome(sent=[(i, f"{i:032x}") for i in range(len(batch))], rejected=[])

    summary = send_in_batches(generator(), slow, batch_size=50, concurrency=3)
    assert summary.total == 10_000 and len(summary.sent) == 10_000
    assert in_flight["max"] <= 3


def test_sent_ids_are_compact_and_round_trip() -> None:
    ids = SentIds()
    ids.add(0, "8afbd2c8f5b147c9bd30faffa3e5ad0a")
    ids.add(5, "not-hex-id")
    assert list(ids) == [(0, "8afbd2c8f5b147c9bd30faffa3e5ad0a"), (5, "not-hex-id")]


@pytest.mark.parametrize(
    "ids",
    [
        [f"{i:032x}" for i in range(4)],  # the packed, whole-batch path
        [f"{i:032x}" for i in range(3)] + ["8AFBD2C8F5B147C9BD30FAFFA3E5AD0A"],  # upper case reads back differently
        [f"{i:032x}" for i in range(3)] + [" " + "a" * 31],  # fromhex skips spaces
        ["a" * 31, "b" * 33, "c" * 32, "d" * 32],  # 128 characters, but not four 32-character ids
        [f"{i:032x}" for i in range(3)] + ["g" * 32],
    ],
)
def test_a_batch_of_ids_is_kept_as_each_would_be(ids: list[str]) -> None:
    one_by_one, whole = SentIds(), SentIds()
    pairs = [(position, record_id) for position, record_id in zip([2, 0, 3, 1], ids, strict=True)]
    for position, record_id in pairs:
        one_by_one.add(100 + position, record_id)
    whole.extend(100, pairs)
    assert list(whole) == list(one_by_one) == [(100 + p, i) for p, i in pairs]


def test_a_batch_answered_in_part_accounts_for_the_rest() -> None:
    def partial(batch: list[object], key: str) -> BatchOutcome:
        return BatchOutcome(sent=[(0, "a" * 32), (0, "b" * 32)], rejected=[(2, "bad")])

    summary = send_in_batches([{"n": n} for n in range(8)], partial, batch_size=4, concurrency=2)
    assert sorted(i for i, _ in summary.sent) == [0, 0, 4, 4]
    assert [r.index for r in summary.rejected] == [2, 6]
    assert [f.index for f in summary.failed] == [1, 3, 5, 7]


@pytest.mark.parametrize(("size", "workers"), [(0, 1), (1, 0)])
def test_bad_settings_are_rejected(size: int, workers: int) -> None:
    with pytest.raises(ValueError):
        send_in_batches([], fake_ids, batch_size=size, concurrency=workers)
