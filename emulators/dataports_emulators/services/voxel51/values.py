"""How the platform reads values clients send: datetimes, day counts, booleans, and TTL changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from dataports_emulators.core.clock import parse_utc
from dataports_emulators.core.errors import bad_request


def parse_datetime(name: str, value: Any) -> datetime:
    """An ISO 8601 datetime from a client; naive values are taken as UTC, like the platform does."""
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{name}: must be an ISO 8601 datetime, got {value!r}")
    try:
        return parse_utc(value)
    except ValueError:
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
