"""An ordered in-memory collection with cursor pagination, newest first, in O(page) for unfiltered listings."""

from __future__ import annotations

import base64
import bisect
from collections.abc import Callable, Hashable, Iterator
from typing import Any

Record = dict[str, Any]


class InvalidCursor(ValueError):
    """A pagination cursor this collection did not hand out."""


def encode_cursor(position: int, reverse: bool = False) -> str:
    """The opaque cursor of a position in a listing (and its direction)."""
    raw = f"p={position}" + ("&r=1" if reverse else "")
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, bool]:
    """The position and direction in a cursor; ``InvalidCursor`` when it is not one."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        fields = dict(part.split("=", 1) for part in base64.urlsafe_b64decode(padded).decode().split("&"))
        return int(fields["p"]), fields.get("r") == "1"
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise InvalidCursor("Invalid cursor") from exc


class Collection:
    """Records keyed by an identifier, kept in creation order (a growing sequence number)."""

    def __init__(self) -> None:
        self._records: dict[Hashable, Record] = {}
        self._seq_of: dict[Hashable, int] = {}
        self._seqs: list[int] = []
        self._keys: list[Hashable] = []
        self._last_seq = 0

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._records

    def get(self, key: Hashable) -> Record | None:
        """The record under ``key``, if any."""
        return self._records.get(key)

    def _next_seq(self) -> int:
        self._last_seq += 1
        return self._last_seq

    def add(self, key: Hashable, record: Record) -> Record:
        """Store ``record`` under ``key`` as the newest record."""
        seq = self._next_seq()
        self._records[key] = record
        self._seq_of[key] = seq
        self._seqs.append(seq)
        self._keys.append(key)
        return record

    def touch(self, key: Hashable) -> None:
        """Move a record to the newest position, for listings ordered by modification time."""
        if key not in self._records:
            return
        seq = self._next_seq()
        self._seq_of[key] = seq
        self._seqs.append(seq)
        self._keys.append(key)
        if len(self._keys) > 64 and len(self._keys) > 2 * len(self._records):
            self._compact()

    def remove(self, key: Hashable) -> Record | None:
        """Forget the record under ``key`` (returned, if there was one)."""
        record = self._records.pop(key, None)
        self._seq_of.pop(key, None)
        if len(self._keys) > 64 and len(self._keys) > 2 * len(self._records):
            self._compact()
        return record

    def _compact(self) -> None:
        pairs = [(s, k) for s, k in zip(self._seqs, self._keys, strict=True) if self._seq_of.get(k) == s]
        self._seqs = [s for s, _ in pairs]
        self._keys = [k for _, k in pairs]

    def values(self) -> Iterator[Record]:
        """Oldest first."""
        for seq, key in zip(self._seqs, self._keys, strict=True):
            if self._seq_of.get(key) == seq:
                yield self._records[key]

    def page(
        self,
        matches: Callable[[Record], bool] | None,
        *,
        cursor: str | None,
        reverse: bool,
        size: int,
    ) -> tuple[list[Record], str | None]:
        """Up to ``size`` matching records after ``cursor``: newest first, or oldest first when ``reverse``.

        Returns the records and the cursor of the next page (``None`` when this is the last one).
        """
        position: int | None = None
        if cursor:
            position, reverse_in_cursor = decode_cursor(cursor)
            reverse = reverse_in_cursor
        seqs, keys, seq_of, records = self._seqs, self._keys, self._seq_of, self._records
        if reverse:
            start = 0 if position is None else bisect.bisect_right(seqs, position)
            indices: Iterator[int] = iter(range(start, len(seqs)))
        else:
            start = len(seqs) if position is None else bisect.bisect_left(seqs, position)
            indices = iter(range(start - 1, -1, -1))
        found: list[Record] = []
        last_seq = 0
        for i in indices:
            key = keys[i]
            if seq_of.get(key) != seqs[i]:
                continue
            record = records[key]
            if matches is not None and not matches(record):
                continue
            if len(found) == size:
                return found, encode_cursor(last_seq, reverse)
            found.append(record)
            last_seq = seqs[i]
        return found, None
