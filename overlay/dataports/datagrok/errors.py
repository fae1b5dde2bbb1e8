"""Datagrok's exceptions, rooted in ``DataportsError``, and the mapping from failed exchanges to them.

The classic clients raise ``requests.HTTPError`` for a failing status and a bare ``Exception`` for an answer flagged
by the ``api-error`` header, so classic code catches ``Exception``; every class here is one. ``DatagrokApiError`` is
what the server reported, by status or by ``api-error`` with a 2xx, and is also the cross-service class for the
error's code (``dataports.NotFoundError`` for a missing function reported as ``200`` + ``errorCode: 404``).
"""

from __future__ import annotations

from typing import Any

import httpx

from dataports._core.arguments import InvalidArgumentError
from dataports._core.errors import APIConnectionError, APIStatusError, DataportsError
from dataports._core.http_errors import ErrorMapper, body_excerpt, response_details

#: The response header by which the server flags an error, whatever the status.
API_ERROR_HEADER = "api-error"


class DatagrokError(DataportsError):
    """Base of every Datagrok error."""


class DatagrokApiError(DatagrokError, APIStatusError):
    """The server refused or failed the call. ``error_code`` is the ``errorCode`` of its ``ApiError`` body (the
    HTTP status when the body has none), ``api_message`` its ``message``."""

    def __init__(
        self, message: str = "", *, error_code: int | None = None, api_message: str | None = None, **details: Any
    ) -> None:
        super().__init__(message, **details)
        self.error_code = error_code
        self.api_message = api_message


class DatagrokConnectionError(DatagrokError, APIConnectionError):
    """No response arrived (connection refused or dropped, timeout)."""


class DatagrokArgumentError(DatagrokError, InvalidArgumentError):
    """An argument refused before any request was sent (a ``ValueError`` naming the argument)."""

    def __init__(self, argument: str, problem: str) -> None:
        InvalidArgumentError.__init__(self, argument, problem)


class ShareFailedError(DatagrokError, RuntimeError):
    """No group could be given access (the resource client's ``RuntimeError``); ``response`` is the outcome."""

    def __init__(self, message: str, response: Any) -> None:
        super().__init__(message)
        self.response = response


def _api_error(body: Any) -> tuple[str | None, int | None]:
    if not isinstance(body, dict):
        return (body.strip()[:500] or None) if isinstance(body, str) else None, None
    message = body.get("message") or body.get("error")
    code = body.get("errorCode")
    return (str(message) if message else None), (code if isinstance(code, int) and not isinstance(code, bool) else None)


class DatagrokErrors(ErrorMapper):
    """Datagrok's mapping: the ``ApiError`` body's message and code, on the class of the HTTP status."""

    service_label = "the Datagrok API"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        message, code = _api_error(details["body"])
        status = response.status_code
        text = f"HTTP {status} from {self.service_label}: {message or response.reason_phrase}"
        if status == 401:
            text += " (the api_key is sent verbatim as the Authorization header: it must read 'Bearer <key>')"
        return self.build(DatagrokApiError, status, text, error_code=code or status, api_message=message, **details)

    def from_flagged(self, response: httpx.Response) -> DataportsError:
        """The exception for a 2xx answer carrying the ``api-error`` header: its body is the error."""
        details = response_details(response)
        message, code = _api_error(details["body"])
        status = code if code is not None and code >= 400 else None
        text = f"{self.service_label} reported an error (api-error, HTTP {response.status_code}): " + (
            message or body_excerpt(response) or "Something went wrong during request"
        )
        return self.build(DatagrokApiError, status, text, error_code=code, api_message=message, **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return DatagrokConnectionError(message, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(DatagrokApiError, None, message, **details)
