"""The classic ``gretel_client.errors`` classes, rooted in ``DataportsError``, and Gretel's status mapping.

The classic hierarchy is kept as it was: ``BadRequest`` and ``NotFound`` are ``ClientError``s, while ``Unauthorized``
and ``Forbidden`` are not (``except ClientError`` must catch exactly what it caught before). The classic
constructors take the API's error body (``BadRequest({"message": ..., "context": {...}})``); a plain message works
too. Each class is also the cross-service class for its status (``dataports.NotFoundError``...).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

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

RATE_LIMITED = "Rate limiting in place for API call."
"""The message of the ``Forbidden`` raised for Gretel's 403 rate-limit answer, as in the classic client."""


def _message_of(msg: Mapping[str, Any] | str | None) -> str:
    if isinstance(msg, Mapping):
        return str(msg.get("message") or "")
    return "" if msg is None else str(msg)


class GretelException(DataportsError):
    """Base of every Gretel client error (dataports' own root; the classic classes below keep their classic bases)."""


class ClientError(GretelException):
    """The classic generic client error: base of ``BadRequest`` and ``NotFound``, and raised for a call that got no
    response (``GretelConnectionError``)."""


class BadRequest(ClientError, BadRequestError):
    """The request was refused (400, and any status without a class of its own).

    ``BadRequest(msg)`` as the classic client builds it: ``msg`` is the API's error body,
    ``{"message": "...", "context": {field: [messages]}}``; ``message`` and ``context`` are its two parts.
    """

    def __init__(
        self, msg: Mapping[str, Any] | str = "", *, context: Mapping[str, Any] | None = None, **details: Any
    ) -> None:
        # Not ``super().__init__``: in ``GretelInvalidArgument`` the next class in line is ``InvalidArgumentError``,
        # whose constructor takes other arguments.
        DataportsError.__init__(self, _message_of(msg), **details)
        if context is None and isinstance(msg, Mapping):
            context = msg.get("context") if isinstance(msg.get("context"), Mapping) else None
        self._msg_dict: dict[str, Any] = (
            dict(msg) if isinstance(msg, Mapping) else {"message": self.message, "context": dict(context or {})}
        )
        #: Field name -> messages, e.g. ``{"foo": ["Unknown field."]}`` (empty when the API named no field).
        self.context: dict[str, Any] = dict(context or {})

    def as_str(self) -> str:
        """The message and the ``context`` as JSON, e.g. ``'Invalid JSON Payload: {"foo": ["Unknown field."]}'``."""
        return f"{self.message}: {json.dumps(self.context)}"


class NotFound(BadRequest, NotFoundError):
    """404: no such object."""


class Unauthorized(GretelException, AuthenticationError):
    """401: a missing or wrong API key, or a project that does not exist or the key is not a member of.

    ``Unauthorized(msg)`` as the classic client builds it, from the API's body (``{"message": ...}``).
    """

    def __init__(self, msg: Mapping[str, Any] | str = "", **details: Any) -> None:
        DataportsError.__init__(self, _message_of(msg), **details)
        self._msg_dict: dict[str, Any] = dict(msg) if isinstance(msg, Mapping) else {"message": self.message}


class Forbidden(GretelException, RateLimitError, PermissionDeniedError):
    """403: Gretel's rate-limit signal ("Rate limiting in place for API call."), so both the cross-service
    ``RateLimitError`` and, by its status, ``PermissionDeniedError``. Calls wait it out and retry first."""


class GretelConnectionError(ClientError, APIConnectionError):
    """No response arrived (connection refused or dropped, timeout)."""


class GretelInvalidArgument(BadRequest, InvalidArgumentError):
    """An argument refused before any request (more than 50 records in ``send``, an unknown ``detection_mode``):
    the ``BadRequest`` the API would have answered, with ``context={argument: [problem]}``, and a ``ValueError``."""

    def __init__(self, argument: str, problem: str) -> None:
        BadRequest.__init__(self, f"{argument}: {problem}", context={argument: [problem]})
        self.argument = argument


class GretelArgumentAttributeError(GretelInvalidArgument, AttributeError):
    """An argument the classic client refused with ``AttributeError`` (an unknown ``direction``, ``headers`` or
    ``params`` that are not dicts); also a ``ValueError`` and a ``BadRequest``, like every refused argument."""


class MissingApiKey(Unauthorized, InvalidArgumentError):
    """No API key was given or found: refused before any request, as the ``Unauthorized`` the API would answer."""

    def __init__(self, argument: str, problem: str) -> None:
        Unauthorized.__init__(self, f"{argument}: {problem}")
        self.argument = argument


class NotSupportedError(GretelException, NotImplementedError):
    """A classic call that has no meaning in dataports (installing Gretel's retired helper packages)."""


class GretelErrors(ErrorMapper):
    """Gretel's mapping from a failed exchange to the classic exceptions."""

    service_label = "Gretel"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        """The classic exception for a failing status: ``Unauthorized`` (401), ``Forbidden`` (403, Gretel's rate limit),
        ``NotFound`` (404), else ``BadRequest``, each also the cross-service class."""
        body = details["body"] if isinstance(details["body"], dict) else {"message": str(details["body"] or "")}
        message = str(body.get("message") or response.reason_phrase)
        raw_context = body.get("context")
        context: dict[str, Any] = raw_context if isinstance(raw_context, dict) else {}
        status = response.status_code
        if status == 401:
            return Unauthorized(message, **details)
        if status == 403:
            return Forbidden(RATE_LIMITED, **details)
        if status == 404:
            return NotFound(message, context=context, **details)
        # The classic client raises BadRequest for every other failing status.
        return self.build(BadRequest, status, message, context=context, **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        """``GretelConnectionError`` for a call that got no response."""
        return GretelConnectionError(message, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        """``BadRequest`` (also ``dataports.UnexpectedResponseError``) for an answer the spec does not document."""
        return self.build(BadRequest, details.get("status_code"), message, **details)
