"""Pieces every Voxel51 module shares: the error the handlers turn into ``{"error": {...}}``, clock and id helpers."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

Record = dict[str, Any]


class ApiError(Exception):
    """A request the real platform refuses; the routes answer it with ``{"error": {"code", "message"}}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime | None) -> str | None:
    # A fixed precision keeps the strings in chronological order when queries sort on them.
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    return str(uuid.uuid4())


def parse_datetime(name: str, value: Any) -> datetime:
    """An ISO 8601 datetime from a client; naive values are taken as UTC, like the platform does."""
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{name}: must be an ISO 8601 datetime, got {value!r}")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise bad_request(f"{name}: must be an ISO 8601 datetime, got {value!r}") from None


def parse_days(value: Any) -> timedelta:
    """``days`` as the classic client sends it: ``str(float)`` in a form, or a number."""
    if isinstance(value, bool):
        raise bad_request(f"days: must be a number, got {value!r}")
    try:
        days = float(value)
    except (TypeError, ValueError):
        raise bad_request(f"days: must be a number, got {value!r}") from None
    if days != days or abs(days) > 36500:
        raise bad_request(f"days: must be a number between -36500 and 36500, got {value!r}")
    return timedelta(days=days)


def new_expiration(current: datetime, body: Any) -> datetime:
    """The expiration date a TTL update asks for: exactly one of ``days`` (relative) or ``expiration_date``."""
    if not isinstance(body, dict):
        raise bad_request("Either `days` or `expiration_date` must be provided")
    days = body.get("days")
    date = body.get("expiration_date")
    has_days = days is not None and days != ""
    has_date = date is not None and date != ""
    if has_days == has_date:
        raise bad_request("Exactly one of `days` or `expiration_date` must be provided")
    if has_days:
        try:
            return current + parse_days(days)
        except OverflowError:
            raise bad_request(f"days: moves the expiration date out of range, got {days!r}") from None
    return parse_datetime("expiration_date", date)


def as_bool(name: str, value: Any) -> bool:
    """Booleans as clients send them: JSON ``true``, Python's ``str(True)``, or ``1``/``0``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "0", "no", ""):
        return False
    raise bad_request(f"{name}: must be a boolean, got {value!r}")
