"""Datagrok's wire conventions shared by every handler: the ``ApiError`` body (also sent with a 2xx and the
``api-error`` header, as the real server does for a missing function), ISO timestamps, and the rules for names
and identifiers in paths (Grok names use ``:``, the REST form ``.``; an identifier still holding ``:`` is a 404)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.responses import Response

from dataports_emulators.core.clock import iso_fixed, now
from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.responses import json_response

#: The header by which the server flags an answer as an error whatever its status.
API_ERROR_HEADER = "api-error"


def api_error_body(status: int, message: str) -> dict[str, Any]:
    """Datagrok's error object."""
    return {"#type": "ApiError", "message": message, "errorCode": status, "stackTrace": None}


def api_error_response(status: int, message: str, *, http_status: int | None = None) -> Response:
    """An ``ApiError`` answer; ``http_status`` differs from ``status`` for errors reported with a 200."""
    return json_response(
        api_error_body(status, message), http_status if http_status is not None else status, {API_ERROR_HEADER: "true"}
    )


def timestamp(moment: datetime | None = None) -> str:
    """``2025-04-29T09:53:40.502720Z``: UTC, microseconds, a ``Z``, as the server stamps entities."""
    text = iso_fixed(moment or now())
    assert text is not None
    return text.replace("+00:00", "Z")


def identifier(value: str, what: str) -> str:
    """A path identifier (ID or REST-form name); one still holding ``:`` is a 404, as on the real server."""
    if ":" in value:
        raise ServiceError(404, f"{what} {value!r} not found: use '.' instead of ':' in names")
    if not value.strip():
        raise ServiceError(400, f"{what}: an identifier is required")
    return value.strip()


def checked_name(value: str, what: str) -> list[str]:
    """The ``.``-separated parts of a REST-form name; a 400 for empty parts or characters no name may hold."""
    name = identifier(value, what)
    parts = name.split(".")
    if any(not part.strip() for part in parts):
        raise ServiceError(400, f"Invalid {what.lower()} name {value!r}: empty name part")
    if any(ch in name for ch in '/\\"') or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        raise ServiceError(400, f"Invalid {what.lower()} name {value!r}: unsupported characters")
    return parts


def flag(value: str | None) -> bool | None:
    """A boolean query parameter as clients send it (``true``, ``True``, ``false``...); ``None`` when absent."""
    if value is None:
        return None
    return value.strip().lower() in ("true", "1", "yes")
