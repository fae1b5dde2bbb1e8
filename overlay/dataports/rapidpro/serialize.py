"""Turn the classic client's arguments (objects, UUIDs, datetimes, booleans) into query parameters and JSON bodies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeGuard

from .arguments import at_most
from .errors import TembaInvalidArgument

#: A point in time as the classic client takes it: a datetime (naive means UTC) or the server's own text.
Moment = datetime | str
#: The query parameters the spec types as date-times (every listing that filters by time names them so).
TIME_PARAMETERS = ("before", "after")


class WireTime(str):
    """A timestamp already written as it goes on the wire.

    The generated ``build_request`` writes a date-time parameter with ``value.isoformat()``. This answers that call
    with its own text, so the query string stays the classic client's: a datetime as UTC with microseconds and
    ``Z`` (``isoformat()`` would write ``+00:00`` and drop zero microseconds), a string exactly as the caller gave it.
    """

    __slots__ = ()

    def isoformat(self) -> str:
        return str(self)


def _is_identifier(value: Any) -> TypeGuard[str | int]:
    return isinstance(value, str | int) and not isinstance(value, bool)


def identifier(value: Any, argument: str) -> str | int:
    """An object's identifier: its ``uuid``, else ``id``, else ``key``; strings and ints pass through."""
    if _is_identifier(value):
        if isinstance(value, str) and not value.strip():
            raise TembaInvalidArgument(argument, "is an empty string; pass an object or its identifier")
        return value
    for attribute in ("uuid", "id", "key"):
        found = value.get(attribute) if isinstance(value, Mapping) else getattr(value, attribute, None)
        if _is_identifier(found):
            return found
    raise TembaInvalidArgument(argument, f"expected an object with a uuid, id or key, or an identifier; got {value!r}")


def timestamp(value: datetime | str) -> str:
    """A datetime as the classic client sends it (naive ones are taken as UTC); a string unchanged."""
    if isinstance(value, str):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def query_value(value: Any, argument: str) -> Any:
    """One query parameter value as the server reads it (booleans as 1/0, like the classic client)."""
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, datetime):
        return timestamp(value)
    if isinstance(value, list | tuple | set):
        return [query_value(v, argument) for v in value]
    if isinstance(value, str | int | float):
        return value
    return identifier(value, argument)


def query(**params: Any) -> dict[str, Any]:
    """Keyword arguments for a listing's ``build_request``: ``None`` values dropped (an unset filter is not sent),
    objects as their identifiers, booleans as 1/0, and times as ``WireTime``."""
    values = {name: query_value(value, name) for name, value in params.items() if value is not None}
    for name in TIME_PARAMETERS:
        if name in values:
            values[name] = WireTime(values[name])
    return values


def identifiers(values: Iterable[Any] | None, argument: str) -> list[str | int] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes):
        raise TembaInvalidArgument(argument, "expects a list of objects or identifiers, not a single string")
    return [identifier(v, argument) for v in values]


def recipients(**lists: Iterable[Any] | None) -> dict[str, Any]:
    """The ``urns``/``contacts``/``groups`` of a broadcast or flow start: identifiers, at most ``MAX_BULK`` each,
    empty lists left out."""
    body: dict[str, Any] = {}
    for name, values in lists.items():
        ids = [str(v) for v in values] if name == "urns" and values is not None else identifiers(values, name)
        if ids:
            at_most(ids, name)
            body[name] = ids
    return body


def payload(**fields: Any) -> dict[str, Any]:
    """A JSON body with ``None`` fields left out, as the classic client sends it."""
    return {name: value for name, value in fields.items() if value is not None}
