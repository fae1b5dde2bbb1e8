"""Cell values checked against their column's type, and stored in one canonical spelling per type, so that a
``find`` condition written as ``1`` matches a stored ``1.0`` and ``2024-01-02T00:00:00Z`` matches the same moment.

A refusal is a ``ServiceError`` whose message says what the value should be; the caller adds the column and row.
Messages never quote a value in full (a cell may hold a large text).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Any

from dataports_emulators.core.errors import ServiceError

COLUMN_TYPES = ("text", "number", "datetime", "date", "percentage", "checkbox", "dropdown", "rec_id")
#: Longest excerpt of a refused value an error message quotes.
QUOTED_CHARS = 40


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 1] + "…"


def _refuse(value: Any, wanted: str) -> ServiceError:
    return ServiceError(400, f"{_shown(value)} is not {wanted}")


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refuse(value, "a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse(value, "a finite number")
    return value


def _moment(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _refuse(value, "an ISO 8601 date or datetime string")
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except (ValueError, OverflowError):
        raise _refuse(value, "an ISO 8601 date or datetime string") from None
    if moment.tzinfo is not None:
        # Stored as UTC wall time, without an offset, as ClicData shows datetimes.
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _datetime(value: Any) -> str:
    return _moment(value).isoformat()


def _date(value: Any) -> str:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    return _moment(value).date().isoformat()


def _rec_id(value: Any) -> int:
    number = _number(value)
    if isinstance(number, float) and not number.is_integer():
        raise _refuse(value, "an integer id")
    return int(number)


def _checkbox(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _refuse(value, "true or false")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _refuse(value, "a text")
    return value


_NORMALIZERS = {
    "text": _text,
    "dropdown": _text,
    "number": _number,
    "percentage": _number,
    "rec_id": _rec_id,
    "checkbox": _checkbox,
    "datetime": _datetime,
    "date": _date,
}


def normalize(column_type: str, value: Any) -> Any:
    """``value`` in its canonical stored form for ``column_type`` (``None`` stays ``None``)."""
    if value is None:
        return None
    return _NORMALIZERS[column_type](value)


def stored_size(value: Any) -> int:
    """Bytes a value counts for in the account's storage usage (a stable estimate, not a measurement)."""
    if value is None:
        return 1
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass")) + 2
    return 8
