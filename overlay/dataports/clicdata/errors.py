"""The classic ``clicdata_api_wrapper.exceptions`` classes, rooted in ``DataportsError``, the classes for the API's
answers, and ClicData's status mapping.

The classic wrapper defined ``ObjectNotFound``, ``InvalidRecId``, ``InvalidDataType`` and ``ConnectionError`` but
never raised them (it printed failures, or raised bare ``Exception``). Here each is raised for what its docstring
says: ``ObjectNotFound`` for a 404, ``InvalidRecId`` for a data set RecId that does not exist, ``InvalidDataType``
for a column type that cannot be sent, ``ConnectionError`` when no answer arrived. Every class is also the
cross-service class for its status (``dataports.NotFoundError``...).
"""

from __future__ import annotations

import re
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
)
from dataports._core.http_errors import ErrorMapper

TOKEN_OPERATION = "request_access_token"
#: Operations whose 404 means "no data set with this RecId" (the classic ``InvalidRecId``).
_DATA_SET_OPERATIONS = frozenset(
    {"list_rows", "list_versions", "append_rows", "update_rows", "delete_rows", "refresh_data_set"}
)
#: The OAuth 2.0 error codes (RFC 6749 section 5.2); a token refusal quotes nothing else of its answer.
_OAUTH_CODE = re.compile(r"^[a-z_]{1,40}$")


class ClicDataError(DataportsError):
    """Base of every ClicData error."""


class APIError(ClicDataError):
    """The API refused a call. ``code`` and ``description`` come from its error body; a refused row write also
    names the ``column`` at fault and, for appends, the ``row`` (0-based, within the request's rows)."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        description: str | None = None,
        column: str | None = None,
        row: int | None = None,
        **details: Any,
    ) -> None:
        # Not ``super().__init__``: in ``InvalidArgument`` the next class in line is ``InvalidArgumentError``.
        DataportsError.__init__(self, message, **details)
        self.code = code
        self.description = description
        self.column = column
        self.row = row


class BadRequest(APIError, BadRequestError):
    """400: the request was refused (a bad value, a taken name, an action the object does not allow)."""


class Unauthorized(APIError, AuthenticationError):
    """401: missing, wrong or expired credentials (after one token refresh), or a refused client secret."""


class TokenRefused(Unauthorized):
    """The token endpoint refused the client credentials (``error`` is its OAuth code, e.g. ``invalid_client``)."""


class Forbidden(APIError, PermissionDeniedError):
    """403: the credentials are valid but may not do this (e.g. a non-administrator managing users)."""


class ObjectNotFound(APIError, NotFoundError):
    """404: no such data set, version, dashboard, schedule, team or user."""


class InvalidRecId(ObjectNotFound):
    """404 for a data set: no data set has this RecId."""


class ConnectionError(ClicDataError, APIConnectionError):
    """No answer arrived (connection refused or dropped, timeout)."""


ClicDataConnectionError = ConnectionError
"""``ConnectionError`` (the classic name) under a name that does not shadow Python's builtin."""


class InvalidArgument(BadRequest, InvalidArgumentError):
    """An argument refused before any request: the ``BadRequest`` the API would answer, and a ``ValueError``."""

    def __init__(self, argument: str, problem: str) -> None:
        BadRequest.__init__(self, f"{argument}: {problem}")
        self.argument = argument


class InvalidDataType(InvalidArgument):
    """A column type (or pandas dtype) that ClicData cannot store, refused before any request."""


class SessionNotBound(ClicDataError, RuntimeError):
    """No shared session: create one with ``SessionManager(...)`` or pass connection arguments to the class."""


def _error_detail(body: Any) -> dict[str, Any]:
    if isinstance(body, dict):
        detail = body.get("error")
        if isinstance(detail, dict):
            return detail
        message = body.get("Message") or body.get("message")
        return {"description": message} if isinstance(message, str) else {}
    return {"description": body.strip()[:300]} if isinstance(body, str) and body.strip() else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _row(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


class ClicDataErrors(ErrorMapper):
    """ClicData's mapping from a failed exchange to the classes above."""

    service_label = "the ClicData API"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        status = response.status_code
        operation = response.request.extensions.get("dataports.operation")
        if operation == TOKEN_OPERATION:
            return self._token_failed(status, details)
        detail = _error_detail(details["body"])
        code, description = _text(detail.get("code")), _text(detail.get("description"))
        column, row = _text(detail.get("column")), _row(detail.get("row"))
        message = description or response.reason_phrase or f"HTTP {status}"
        if code:
            message = f"{code}: {message}"
        fields = {"code": code, "description": description, "column": column, "row": row, **details}
        if status == 400:
            return BadRequest(message, **fields)
        if status == 401:
            return Unauthorized(message, **fields)
        if status == 403:
            return Forbidden(message, **fields)
        if status == 404:
            return (InvalidRecId if operation in _DATA_SET_OPERATIONS else ObjectNotFound)(message, **fields)
        return self.build(APIError, status, message, **fields)

    def _token_failed(self, status: int, details: dict[str, Any]) -> DataportsError:
        # The answer of a token request may quote what was sent (the secret): only its OAuth code is kept.
        body = details["body"]
        code = body.get("error") if isinstance(body, dict) else None
        code = code if isinstance(code, str) and _OAUTH_CODE.match(code) else None
        details = {**details, "body": {"error": code} if code else None}
        if status not in (400, 401):
            return self.build(APIError, status, f"the token endpoint failed with HTTP {status}", **details)
        message = (
            f"the token endpoint refused the client credentials ({code or f'HTTP {status}'}); "
            "check client_id and client_secret"
        )
        return self.build(TokenRefused, status, message, code=code, **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return ConnectionError(message, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(APIError, details.get("status_code"), message, **details)
