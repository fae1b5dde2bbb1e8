"""The one exception handlers raise to refuse a request, and the bounds on what an error body may echo back.

The gateway answers a ``ServiceError`` with the service's own error body (``error_response``), so handlers never
build error responses themselves. Messages and field names often quote the client's input; they are clipped so
that a 10 MB value sent in is not a 10 MB error sent back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: Longest message (or field name) an error body carries; longer ones are cut and marked with an ellipsis.
MAX_ECHO_CHARS = 300
#: Most fields one error body lists, and most messages per field.
MAX_ERROR_FIELDS = 20
MAX_MESSAGES_PER_FIELD = 5

FieldErrors = Mapping[str, Sequence[str]]


class ServiceError(Exception):
    """Refuse the request with ``status``; ``fields`` maps field names to messages for services that report them."""

    def __init__(self, status: int, message: str, fields: FieldErrors | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields


def bad_request(message: str) -> ServiceError:
    """A 400 with ``message``."""
    return ServiceError(400, message)


def clip(text: str, limit: int = MAX_ECHO_CHARS) -> str:
    """``text`` cut to ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip_fields(fields: FieldErrors | None) -> dict[str, list[str]] | None:
    """``fields`` with at most ``MAX_ERROR_FIELDS`` entries, each name and message clipped (``None`` stays ``None``)."""
    if fields is None:
        return None
    clipped: dict[str, list[str]] = {}
    for name, messages in fields.items():
        if len(clipped) == MAX_ERROR_FIELDS:
            break
        clipped[clip(name)] = [clip(message) for message in list(messages)[:MAX_MESSAGES_PER_FIELD]]
    return clipped
