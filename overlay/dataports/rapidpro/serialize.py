"""Turn the classic client's arguments (objects, UUIDs, datetimes, booleans) into query parameters and JSON."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from dataports._core.arguments import InvalidArgumentError


def identifier(value: Any, argument: str) -> str | int:
    """An object's identifier: its ``uuid``, else ``id``, else ``key``; strings and ints pass through."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        if isinstance(value, str) and not value.strip():
            raise InvalidArgumentError(argument, "is an empty string; pass an object or its identifier")
        return value
    for attribute in ("uuid", "id", "key"):
        found = getattr(value, attribute, None)
        if isinstance(found, str | int) and not isinstance(found, bool):
            return found
    if isinstance(value, Mapping):
        for attribute in ("uuid", "id", "key"):
            if attribute in value:
                return value[attribute]  # type: ignore[no-any-return]
    raise InvalidArgumentError(argument, f"expected an object with a uuid, id or key, or an identifier; got {value!r}")


def timestamp(value: datetime | str) -> str:
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
    """Query parameters with ``None`` values dropped (an unset filter is not sent)."""
    return {name: query_value(value, name) for name, value in params.items() if value is not None}


def identifiers(values: Iterable[Any] | None, argument: str) -> list[str | int] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes):
        raise InvalidArgumentError(argument, "expects a list of objects or identifiers, not a single string")
    return [identifier(v, argument) for v in values]


def payload(**fields: Any) -> dict[str, Any]:
    """A JSON body with ``None`` fields left out, as the classic client sends it."""
    return {name: value for name, value in fields.items() if value is not None}
