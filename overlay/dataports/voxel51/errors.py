"""The classic ``voxel51.users`` exceptions, rooted in ``DataportsError``, and the error-body → ``APIError`` mapping."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from dataports._core.errors import DataportsError, WaitTimeout
from dataports._core.http_errors import ErrorMapper


class APIError(DataportsError):
    """A failed API call. ``code`` is the HTTP status (``None`` when no response arrived), ``message`` the reason.

    Prints as the classic client's ``"<code>: <message>"``.
    """

    def __init__(self, message: str = "", code: int | None = None, **details: Any) -> None:
        details.setdefault("status_code", code)
        super().__init__(message, **details)
        self.code = code

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" if self.code is not None else self.message


class TokenError(DataportsError):
    """No usable API token was found, or a token file is malformed."""


class JobExecutionError(DataportsError):
    """A job failed on the platform. ``messages`` are its status messages, ``failure_type`` the platform's verdict."""

    def __init__(self, message: str, *, messages: Sequence[str] = (), failure_type: str | None = None) -> None:
        super().__init__(message)
        self.messages = list(messages)
        self.failure_type = failure_type


class JobWaitTimeout(WaitTimeout, JobExecutionError):
    """``wait_until_job_completes`` ran out of time; the job may still finish on the platform.

    A ``JobExecutionError`` (as the classic client raised) and a ``WaitTimeout``/``TimeoutError`` at once.
    """

    def __init__(self, what: str, waited: float, last_state: str) -> None:
        WaitTimeout.__init__(self, what, waited, last_state)
        self.messages = []
        self.failure_type = None


def _message(response: httpx.Response, body: Any) -> str:
    # The platform answers {"error": {"code", "message"}}; anything else falls back to the classic client's wording.
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = body["error"].get("message")
        if message:
            return str(message)
    return f"{response.reason_phrase} for URL: {response.request.url}"


class Voxel51Errors(ErrorMapper):
    """Maps failed exchanges to ``APIError`` (plugged into the transport by the core); each ``APIError`` is also the
    cross-service class for its status (``dataports.NotFoundError`` for a 404, and so on)."""

    service_label = "the Voxel51 API"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        return self.build(
            APIError, response.status_code, _message(response, details["body"]), response.status_code, **details
        )

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(APIError, None, message, None, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        status = details.get("status_code")
        return self.build(APIError, status, message, status, **details)
