"""Time and identifiers for every emulated service: the current moment, the timestamp spellings the services use
on the wire, and fresh ids."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def now() -> datetime:
    """The current moment, timezone-aware, in UTC."""
    return datetime.now(UTC)


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
    """A random UUID in its canonical 36-character form."""
    return str(uuid.uuid4())


def new_uuid_hex() -> str:
    """A random UUID as 32 hex digits."""
    return uuid.uuid4().hex
