"""The classic ``temba_client`` exceptions, rooted in ``DataportsError`` and in the cross-service status classes,
and ``RapidProErrors``, which maps failed exchanges to them."""

from __future__ import annotations

from collections.abc import Mapping
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
from dataports._core.retry_policy import parse_retry_after


class TembaException(DataportsError):
    """Base of every RapidPro client error."""


class TembaConnectionError(TembaException, APIConnectionError):
    """No response arrived: the host could not be reached, the connection dropped, or the call timed out."""


class TembaBadRequestError(TembaException, BadRequestError):
    """400: the server rejected the request. ``errors`` maps each field to its messages."""

    def __init__(self, message: str = "", *, errors: Mapping[str, list[str]] | None = None, **details: Any) -> None:
        super().__init__(message, **details)
        self.errors: dict[str, list[str]] = dict(errors or {})


class TembaTokenError(TembaException, AuthenticationError, PermissionDeniedError):
    """403: the API token is missing, invalid, or lacks permission (RapidPro answers a bad token with 403, so this
    is both the cross-service ``AuthenticationError`` and ``PermissionDeniedError``)."""


class TembaNoSuchObjectError(TembaException, NotFoundError):
    """404: the object to fetch, update or delete does not exist."""


class TembaRateExceededError(TembaException, RateLimitError):
    """429: too many requests; wait ``retry_after`` seconds before the next call."""

    def __init__(self, message: str = "", *, retry_after: int = 0, **details: Any) -> None:
        super().__init__(message, **details)
        self.retry_after = retry_after


class TembaHttpError(TembaException):
    """Any other error status."""


class TembaSerializationException(TembaException):
    """A value could not be serialized for, or deserialized from, the API."""


def _field_errors(body: Any) -> dict[str, list[str]]:
    # The server answers 400 with {field: [messages]}, {"detail": message} or a bare list of messages.
    if isinstance(body, dict):
        return {str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in body.items()}
    if isinstance(body, list):
        return {"non_field_errors": [str(m) for m in body]}
    if body:
        return {"details": [str(body)]}
    return {}


class RapidProErrors(ErrorMapper):
    """Maps failed exchanges to the classic exceptions (plugged into the transport by the core)."""

    service_label = "the RapidPro API"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        status = response.status_code
        body = details["body"]
        if status == 400:
            errors = _field_errors(body)
            message = ". ".join(m for messages in errors.values() for m in messages) or "Bad request"
            return TembaBadRequestError(message, errors=errors, **details)
        if status == 403:
            return TembaTokenError("Authentication with provided token failed", **details)
        if status == 404:
            return TembaNoSuchObjectError("No such object exists", **details)
        if status == 429:
            wait = parse_retry_after(response.headers)
            return TembaRateExceededError(
                f"You have exceeded the number of requests allowed per org in a given time window. "
                f"Please wait {int(wait or 0)} seconds before making further requests",
                retry_after=int(wait or 0),
                **details,
            )
        reason = body if isinstance(body, str) else response.reason_phrase
        return self.build(TembaHttpError, status, f"HTTP {status}: {reason}", **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return TembaConnectionError(f"Unable to connect to host. {message}", **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(TembaHttpError, details.get("status_code"), message, **details)
