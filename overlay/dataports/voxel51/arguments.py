"""Local checks and conversions of ``API`` arguments (dates, TTL changes, id lists), run before any request.

Every check raises ``APIArgumentError``: the ``APIError`` classic code catches (the classic client raised it for
the mistakes it checked, and the server answers it for the others) and a ``dataports.InvalidArgumentError``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import APIArgumentError

if TYPE_CHECKING:
    from dataports_api.voxel51.models import TtlUpdateForm

Moment = date | str
T = TypeVar("T")


def require(value: T | None, argument: str) -> T:
    """``value``, unless it is missing (``None`` or an empty string)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise APIArgumentError(argument, "is required")
    return value


def choice(value: str, argument: str, allowed: Collection[str]) -> str:
    """``value`` if it is one of ``allowed``; otherwise an error listing them."""
    if value not in allowed:
        raise APIArgumentError(argument, f"{value!r} is not one of {', '.join(sorted(allowed))}")
    return value


def timestamp(value: Moment, argument: str) -> str:
    """An ISO 8601 string from a ``datetime`` (or ``date``) or a string, as the classic client sends dates."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise APIArgumentError(argument, f"must be a datetime or an ISO 8601 string, got {value!r}")


def _days(days: Any) -> float:
    # The classic client sent ``str(days)``, so a numeric string worked there too.
    if not isinstance(days, bool) and isinstance(days, int | float):
        return days
    if isinstance(days, str):
        try:
            return float(days)
        except ValueError:
            pass
    raise APIArgumentError("days", f"must be a number, got {days!r}")


def ttl_change(days: float | None, expiration_date: Moment | None) -> dict[str, Any]:
    """Exactly one of ``days`` (relative, may be negative) or ``expiration_date``, checked before any request."""
    if (days is None) == (expiration_date is None):
        raise APIArgumentError("days/expiration_date", "give exactly one of days and expiration_date")
    if days is not None:
        return {"days": _days(days)}
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
        raise APIArgumentError(argument, "must be a list of ids, not a single string")
    values = [str(require(i, argument)) for i in ids]
    if not values:
        raise APIArgumentError(argument, "is empty; give at least one id")
    return values
