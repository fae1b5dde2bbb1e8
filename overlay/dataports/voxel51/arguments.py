"""Local checks and conversions of ``API`` arguments (dates, TTL changes, id lists), run before any request."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from dataports._core.arguments import InvalidArgumentError, require

if TYPE_CHECKING:
    from dataports_api.voxel51.models import TtlUpdateForm

Moment = datetime | str


def timestamp(value: Moment, argument: str) -> str:
    """An ISO 8601 string from a ``datetime`` or a string, as the classic client sends dates."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise InvalidArgumentError(argument, f"must be a datetime or an ISO 8601 string, got {value!r}")


def ttl_change(days: float | None, expiration_date: Moment | None) -> dict[str, Any]:
    """Exactly one of ``days`` (relative, may be negative) or ``expiration_date``, checked before any request."""
    if (days is None) == (expiration_date is None):
        raise InvalidArgumentError("days/expiration_date", "give exactly one of days and expiration_date")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int | float):
            raise InvalidArgumentError("days", f"must be a number, got {days!r}")
        return {"days": days}
    assert expiration_date is not None
    return {"expiration_date": timestamp(expiration_date, "expiration_date")}


def ttl_form(days: float | None, expiration_date: Moment | None) -> TtlUpdateForm:
    """The form body of ``update_data_ttl``/``update_job_ttl``."""
    from dataports_api.voxel51.models import TtlUpdateForm

    return TtlUpdateForm.from_dict(ttl_change(days, expiration_date))


def batch_ttl_fields(days: float | None, expiration_date: Moment | None) -> dict[str, str]:
    # Batch bodies are JSON, and the classic client sends ``days`` there as ``str(days)``.
    return {key: str(value) for key, value in ttl_change(days, expiration_date).items()}


def id_list(ids: Iterable[str], argument: str) -> list[str]:
    """The ids as a non-empty list of strings."""
    # A lone id string would otherwise be taken as a list of one-character ids.
    if isinstance(ids, str):
        raise InvalidArgumentError(argument, "must be a list of ids, not a single string")
    values = [str(require(i, argument)) for i in ids]
    if not values:
        raise InvalidArgumentError(argument, "is empty; give at least one id")
    return values
