"""Typed reads of control-API payload fields (and seed parameters): each refusal names the field and what it wants.

JSON booleans are not numbers here (``True`` is an ``int`` to Python but never a count), and numbers must be finite.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Literal, overload

from dataports_emulators.core.errors import clip


class PayloadError(ValueError):
    """A payload field with the wrong type or value."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(clip(f"{field}: {message}"))
        self.field = field


def as_object(value: Any, field: str) -> Mapping[str, Any]:
    """``value`` when it is a JSON object."""
    if not isinstance(value, dict):
        raise PayloadError(field, f"must be a JSON object, got {type(value).__name__}")
    return value


@overload
def text(data: Mapping[str, Any], field: str, *, required: Literal[True]) -> str: ...
@overload
def text(data: Mapping[str, Any], field: str, *, required: bool = False) -> str | None: ...
def text(data: Mapping[str, Any], field: str, *, required: bool = False) -> str | None:
    """An optional (or required) non-empty string."""
    value = data.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise PayloadError(field, f"must be a non-empty string, got {value!r}")
    return value


@overload
def integer(data: Mapping[str, Any], field: str, default: int, **bounds: float) -> int: ...
@overload
def integer(data: Mapping[str, Any], field: str, default: None = None, **bounds: float) -> int | None: ...
def integer(data: Mapping[str, Any], field: str, default: int | None = None, **bounds: float) -> int | None:
    """An integer within ``minimum``/``maximum`` (keywords); ``default`` when absent (or null)."""
    value = data.get(field)
    return default if value is None else checked_integer(field, value, bounds.get("minimum"), bounds.get("maximum"))


@overload
def number(data: Mapping[str, Any], field: str, default: float, **bounds: float) -> float: ...
@overload
def number(data: Mapping[str, Any], field: str, default: None = None, **bounds: float) -> float | None: ...
def number(data: Mapping[str, Any], field: str, default: float | None = None, **bounds: float) -> float | None:
    """A finite number within ``minimum``/``maximum`` (keywords); ``default`` when absent (or null)."""
    value = data.get(field)
    return default if value is None else checked_number(field, value, bounds.get("minimum"), bounds.get("maximum"))


def checked_integer(field: str, value: Any, minimum: float | None, maximum: float | None) -> int:
    """``value`` if it is an integer (not a boolean) within the bounds."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise PayloadError(field, f"must be an integer{_bounds(minimum, maximum)}, got {value!r}")
    _check_bounds(field, value, minimum, maximum, "an integer")
    return value


def checked_number(field: str, value: Any, minimum: float | None, maximum: float | None) -> float:
    """``value`` as a float if it is a finite number (not a boolean) within the bounds."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise PayloadError(field, f"must be a number{_bounds(minimum, maximum)}, got {value!r}")
    _check_bounds(field, value, minimum, maximum, "a number")
    return float(value)


def _check_bounds(field: str, value: float, minimum: float | None, maximum: float | None, kind: str) -> None:
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise PayloadError(field, f"must be {kind}{_bounds(minimum, maximum)}, got {value!r}")


def _bounds(minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return f" between {minimum:g} and {maximum:g}"
    if minimum is not None:
        return f" >= {minimum:g}"
    if maximum is not None:
        return f" <= {maximum:g}"
    return ""
