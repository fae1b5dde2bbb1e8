"""Checks on caller input that run before any request, so bad input fails fast with the argument's name."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from dataports._core.errors import DataportsError


class InvalidArgumentError(DataportsError, ValueError):
    """An argument was rejected locally; no request was sent."""

    def __init__(self, argument: str, problem: str) -> None:
        super().__init__(f"{argument}: {problem}")
        self.argument = argument


def require(value: Any, argument: str) -> Any:
    """``value``, unless it is missing (``None`` or empty string)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidArgumentError(argument, "is required")
    return value


def choice(value: str | None, argument: str, allowed: Collection[str], *, case_sensitive: bool = True) -> str | None:
    """``value`` if it is one of ``allowed`` (or ``None``); otherwise an error listing the allowed values."""
    if value is None:
        return None
    candidate = value if case_sensitive else value.lower()
    pool = allowed if case_sensitive else {a.lower() for a in allowed}
    if candidate not in pool:
        raise InvalidArgumentError(argument, f"{value!r} is not one of {', '.join(sorted(allowed))}")
    return value


def at_most(items: Collection[Any] | None, argument: str, limit: int) -> None:
    if items is not None and len(items) > limit:
        raise InvalidArgumentError(argument, f"has {len(items)} items; the service accepts at most {limit} per call")
