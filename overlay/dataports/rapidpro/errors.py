"""The classic ``temba_client`` exceptions, rooted in ``DataportsError`` and in the cross-service status classes,
and ``RapidProErrors``, which maps failed exchanges to them.

Each class keeps its classic constructor (``TembaBadRequestError(errors)``, ``TembaRateExceededError(retry_after)``,
``TembaHttpError(caused_by)``...), attributes and ``str()``; what dataports knows of the failed exchange (status,
body, method, URL) comes as optional keywords. An argument refused before any request raises ``TembaInvalidArgument``:
the ``TembaBadRequestError`` the server would have answered, and a ``dataports.InvalidArgumentError``.
"""

from __future__ import annotations

from typing import Any

import httpx
from dataports_api.rapidpro.types import ClassicObject

from dataports._core.arguments import InvalidArgumentError
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
    """Base of every RapidPro client error. A subclass's class-level ``message`` is its default text."""

    message = ""

    def __init__(self, message: str | None = None, **details: Any) -> None:
        # Not ``super().__init__``: in the classes that are also an ``InvalidArgumentError`` that comes next in
        # line, and its constructor takes other arguments.
        DataportsError.__init__(self, type(self).message if message is None else message, **details)


class TembaConnectionError(TembaException, APIConnectionError):
    """No response arrived: the host could not be reached, the connection dropped, or the call timed out."""

    message = "Unable to connect to host"


class TembaBadRequestError(TembaException, BadRequestError):
    """400: the server rejected the request. ``errors`` is the server's answer as the classic client keeps it,
    usually ``{field: [messages]}`` (``{"detail": message}`` or a list of messages also occur)."""

    def __init__(self, errors: Any = None, *, message: str | None = None, **details: Any) -> None:
        self.errors: Any = {} if errors is None else errors
        DataportsError.__init__(self, _errors_text(self.errors) if message is None else message, **details)


class TembaTokenError(TembaException, AuthenticationError, PermissionDeniedError):
    """403: the API token is missing, invalid, or lacks permission (RapidPro answers a bad token with 403, so this
    is both the cross-service ``AuthenticationError`` and ``PermissionDeniedError``)."""

    message = "Authentication with provided token failed"


class TembaNoSuchObjectError(TembaException, NotFoundError):
    """404: the object to fetch, update or delete does not exist."""

    message = "No such object exists"


class TembaRateExceededError(TembaException, RateLimitError):
    """429: too many requests; wait ``retry_after`` seconds before the next call."""

    message = (
        "You have exceeded the number of requests allowed per org in a given time window. "
        "Please wait %d seconds before making further requests"
    )

    def __init__(self, retry_after: int = 0, **details: Any) -> None:
        self.retry_after = retry_after
        TembaException.__init__(self, type(self).message % retry_after, **details)


class TembaHttpError(TembaException):
    """Any other failing status, or an answer dataports cannot read. ``caused_by`` says what went wrong (the classic
    client kept the ``requests`` error; dataports keeps its description, which never quotes the credential)."""

    def __init__(self, caused_by: Any = "", **details: Any) -> None:
        self.caused_by = caused_by
        TembaException.__init__(self, str(caused_by), **details)


class TembaSerializationException(TembaException):
    """A value of the wrong type for a field of an object (``Run.deserialize({"path": "x"})``)."""

    def __init__(self, message: str = "", **details: Any) -> None:
        TembaException.__init__(self, message, **details)


class TembaInvalidArgument(TembaBadRequestError, InvalidArgumentError):
    """An argument refused before any request: the ``TembaBadRequestError`` (``errors={argument: [problem]}``) the
    server answers for it, also a ``dataports.InvalidArgumentError`` (so a ``ValueError``) naming the argument."""

    def __init__(self, argument: str, problem: str) -> None:
        TembaBadRequestError.__init__(self, {argument: [problem]}, message=f"{argument}: {problem}")
        self.argument = argument


class TembaInvalidToken(TembaTokenError, InvalidArgumentError):
    """A token that cannot be sent (missing, empty, or with a line break in it), refused before any request: the
    ``TembaTokenError`` the server answers for a bad token, also a ``dataports.InvalidArgumentError``."""

    def __init__(self, argument: str, problem: str) -> None:
        TembaTokenError.__init__(self, f"{argument}: {problem}")
        self.argument = argument


def _errors_text(errors: Any) -> str:
    """The classic ``TembaBadRequestError.__str__``: every message, joined with ". "."""
    messages: list[str] = []
    if isinstance(errors, dict):
        for field_errors in errors.values():
            if isinstance(field_errors, str):  # {"detail": "message"}
                messages.append(field_errors)
            elif isinstance(field_errors, list):  # {"field": ["message", ...]}
                messages.extend(str(m) for m in field_errors)
            else:
                messages.append(str(field_errors))
    elif isinstance(errors, list):
        messages = [str(m) for m in errors]
    elif errors:
        messages = [str(errors)]
    return messages[0] if len(messages) == 1 else ". ".join(messages)


def _bad_request_errors(body: Any) -> Any:
    # What the classic client kept: the JSON body as it came, or {"details": [text]} for a body that is not JSON.
    if isinstance(body, dict | list):
        return body
    return {"details": [str(body)]} if body else {}


class RapidProErrors(ErrorMapper):
    """Maps failed exchanges to the classic exceptions (plugged into the transport by the core)."""

    service_label = "the RapidPro API"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        status = response.status_code
        body = details["body"]
        if status == 400:
            return TembaBadRequestError(_bad_request_errors(body), **details)
        if status == 403:
            return TembaTokenError(**details)
        if status == 404:
            return TembaNoSuchObjectError(**details)
        if status == 429:
            return TembaRateExceededError(int(parse_retry_after(response.headers) or 0), **details)
        reason = body if isinstance(body, str) else response.reason_phrase
        return self.build(TembaHttpError, status, f"HTTP {status}: {reason}", **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return TembaConnectionError(f"Unable to connect to host. {message}", **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(TembaHttpError, details.get("status_code"), message, **details)


# The generated models' classic object API (``Run.deserialize``...) raises this for a value of the wrong type.
ClassicObject.serialization_error = TembaSerializationException
