"""The classic ``gretel_client.errors`` classes, rooted in ``DataportsError``, and Gretel's status mapping."""

from __future__ import annotations

import json
from typing import Any

import httpx

from dataports._core.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    DataportsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from dataports._core.http_errors import ErrorMapper


class GretelException(DataportsError):
    """Base of every Gretel client error."""


class BadRequest(GretelException, BadRequestError):
    """The request was refused (400, and any status without a class of its own). ``context`` names the fields."""

    def __init__(self, message: str = "", *, context: dict[str, Any] | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        self.context: dict[str, Any] = dict(context or {})

    def as_str(self) -> str:
        return f"{self.message}: {json.dumps(self.context)}"


class NotFound(BadRequest, NotFoundError):
    """404: no such object."""


class Unauthorized(GretelException, AuthenticationError):
    """401: bad API key, or a project that does not exist or the key is not a member of."""


class Forbidden(GretelException, RateLimitError, PermissionDeniedError):
    """403: Gretel's rate-limit signal ("Rate limiting in place for API call."), so both the cross-service
    ``RateLimitError`` and, by its status, ``PermissionDeniedError``."""


class GretelConnectionError(GretelException, APIConnectionError):
    """No response arrived (connection refused or dropped, timeout)."""


class GretelErrors(ErrorMapper):
    """Gretel's mapping from a failed exchange to the classic exceptions."""

    service_label = "Gretel"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        body = details["body"] if isinstance(details["body"], dict) else {"message": str(details["body"] or "")}
        message = str(body.get("message") or response.reason_phrase)
        raw_context = body.get("context")
        context: dict[str, Any] = raw_context if isinstance(raw_context, dict) else {}
        status = response.status_code
        if status == 401:
            return Unauthorized(message, **details)
        if status == 403:
            return Forbidden("Rate limiting in place for API call.", **details)
        if status == 404:
            return NotFound(message, context=context, **details)
        # The classic client raises BadRequest for every other failing status.
        return self.build(BadRequest, status, message, context=context, **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return GretelConnectionError(message, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(BadRequest, details.get("status_code"), message, **details)
