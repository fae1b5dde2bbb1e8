"""Checks on ``TembaClient`` arguments that run before any request.

Every check raises ``TembaInvalidArgument``: the ``TembaBadRequestError`` the server answers for the same mistake
(so classic ``except`` clauses still catch it), a ``dataports.InvalidArgumentError`` and a ``ValueError``, with
``errors={argument: [problem]}`` and a message naming the argument and what it accepts.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from .errors import TembaInvalidArgument

T = TypeVar("T")

#: The server rejects bulk actions and recipient lists longer than this.
MAX_BULK = 100


def require(value: T | None, argument: str) -> T:
    """``value``, unless it is missing (``None`` or an empty string)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise TembaInvalidArgument(argument, "is required")
    return value


def choice(value: Any, argument: str, allowed: Collection[str], *, case_sensitive: bool = True) -> str | None:
    """``value`` if it is one of ``allowed`` (or ``None``); otherwise an error listing the allowed values."""
    if value is None:
        return None
    if isinstance(value, str):
        candidate = value if case_sensitive else value.lower()
        if candidate in (allowed if case_sensitive else {a.lower() for a in allowed}):
            return value
    raise TembaInvalidArgument(argument, f"{value!r} is not one of {', '.join(sorted(allowed))}")


def at_most(items: Collection[Any], argument: str, limit: int = MAX_BULK) -> None:
    if len(items) > limit:
        raise TembaInvalidArgument(argument, f"has {len(items)} items; the API accepts at most {limit} per call")
