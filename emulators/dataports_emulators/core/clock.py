"""Time and identifiers for every emulated service: the current moment, the timestamp spellings the services use
on the wire, and fresh ids.

Inside ``pinned_clock(...)`` (the demo workspace is built in one) the moment is whatever ``travel_to`` last set and
ids come from a counter under a fixed namespace, so the same steps build the same state, byte for byte, every time.
The pin lives in a context variable: requests served meanwhile (on other threads or tasks) keep the real clock.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, datetime


class PinnedClock:
    """A clock that stands still (until ``travel_to``) and hands out ids from a counter."""

    def __init__(self, moment: datetime, namespace: str) -> None:
        self.moment = moment.astimezone(UTC)
        self.namespace = uuid.uuid5(uuid.NAMESPACE_URL, namespace)
        self.issued = 0
        self._queued: list[str] = []

    def next_uuid(self) -> uuid.UUID:
        """The next id: a queued one (``issue_next``), else ``uuid5(namespace, counter)``."""
        if self._queued:
            return uuid.UUID(self._queued.pop(0))
        self.issued += 1
        return uuid.uuid5(self.namespace, str(self.issued))

    def issue_next(self, value: str) -> None:
        """Make ``value`` the next id handed out (for an object whose id is documented somewhere)."""
        self._queued.append(str(uuid.UUID(value)))


_PINNED: ContextVar[PinnedClock | None] = ContextVar("dataports_pinned_clock", default=None)


@contextlib.contextmanager
def pinned_clock(moment: datetime, namespace: str) -> Iterator[PinnedClock]:
    """Within the block, ``now()`` is ``moment`` (until ``travel_to``) and ids are reproducible from ``namespace``."""
    pinned = PinnedClock(moment, namespace)
    token = _PINNED.set(pinned)
    try:
        yield pinned
    finally:
        _PINNED.reset(token)


def travel_to(moment: datetime) -> None:
    """Move the pinned clock to ``moment``; only inside ``pinned_clock`` (elsewhere time is real)."""
    pinned = _PINNED.get()
    if pinned is None:
        raise RuntimeError("travel_to is only for a pinned clock (see pinned_clock)")
    pinned.moment = moment.astimezone(UTC)


def issue_next(value: str) -> None:
    """Make ``value`` the next id ``new_uuid`` gives; only inside ``pinned_clock``."""
    pinned = _PINNED.get()
    if pinned is None:
        raise RuntimeError("issue_next is only for a pinned clock (see pinned_clock)")
    pinned.issue_next(value)


def now() -> datetime:
    """The current moment, timezone-aware, in UTC (the pinned moment inside ``pinned_clock``)."""
    pinned = _PINNED.get()
    return datetime.now(UTC) if pinned is None else pinned.moment


def iso(moment: datetime) -> str:
    """``moment`` in ISO 8601 as Python spells it (microseconds only when there are any)."""
    return moment.isoformat()


def iso_fixed(moment: datetime | None) -> str | None:
    """UTC with microseconds always present, so that timestamps sort as text in chronological order."""
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="microseconds")


def iso_naive_utc(moment: datetime | None = None) -> str:
    """UTC without an offset (``2024-01-01T12:00:00.123456``), as Gretel stamps records; now by default."""
    return (moment or now()).astimezone(UTC).replace(tzinfo=None).isoformat()


def parse_utc(text: str) -> datetime:
    """An ISO 8601 datetime (``Z`` allowed); a naive one is taken as UTC. Raises ``ValueError`` when unreadable."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(str(exc)) from None


def new_uuid() -> str:
    """A random UUID in its canonical 36-character form (a reproducible one inside ``pinned_clock``)."""
    pinned = _PINNED.get()
    return str(uuid.uuid4() if pinned is None else pinned.next_uuid())


def new_uuid_hex() -> str:
    """A random UUID as 32 hex digits (a reproducible one inside ``pinned_clock``)."""
    pinned = _PINNED.get()
    return (uuid.uuid4() if pinned is None else pinned.next_uuid()).hex
