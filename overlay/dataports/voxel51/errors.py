"""The classic ``voxel51.users`` exceptions, rooted in ``DataportsError``, and the error-body → ``APIError`` mapping.

Classic code keeps catching what the classic client raised: ``APIError`` for failed calls (and for the argument
mistakes it checked locally), ``TokenError``, ``JobExecutionError``, ``RemoteDataPathError`` and the ``ValueError``
of ``get_analytic_id``. Local argument checks also raise ``dataports.InvalidArgumentError`` (a ``ValueError``), and
answers from the server are also the cross-service class for their status (``dataports.NotFoundError``...).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

import httpx

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError
from dataports._core.errors import DataportsError, NotFoundError, WaitTimeout, with_status_class
from dataports._core.http_errors import ErrorMapper

#: Where the classic ``TokenError`` sends its reader.
HELP_URL = "https://voxel51.com/docs/api/?python#authentication"
"""Where the Voxel51 documentation explains API tokens; quoted in ``TokenError`` messages."""


class APIError(DataportsError):
    """A failed API call. ``code`` is the HTTP status (``None`` when no response arrived), ``message`` the reason.

    Built as the classic one is, ``APIError(message, code)``, and prints (``str()`` and ``args[0]``) as the
    classic ``"<code>: <message>"``.
    """

    def __init__(self, message: str = "", code: int | None = None, **details: Any) -> None:
        details.setdefault("status_code", code)
        super().__init__(message, **details)
        self.code = code
        self.args = (str(self),)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" if self.code is not None else self.message

    @classmethod
    def from_response(cls, res: Any) -> APIError:
        """The ``APIError`` for a failed response (an ``httpx.Response``, or a ``requests.Response`` as classic
        code holds); ``ValueError`` when the response did not fail. It is also the status's cross-service class."""
        status = int(res.status_code)
        if status < 400:
            raise ValueError("Response is not an error")
        url = _response_url(res)
        body: Any = None
        with contextlib.suppress(ValueError, TypeError, AttributeError):  # no body, or not JSON
            body = jsonlib.loads(res.content)
        reason = getattr(res, "reason_phrase", None) or getattr(res, "reason", "") or ""
        message = _error_message(body) or f"{reason} for URL: {url}"
        return with_status_class(cls, status)(message, status, body=body, url=url)


class APIArgumentError(APIError, InvalidArgumentError):
    """An argument rejected before any request was sent. An ``APIError`` with code 400, which is what the classic
    client raised for the mistakes it checked itself (and what the server answers for the others), and a
    ``dataports.InvalidArgumentError`` (so a ``ValueError``) naming the argument."""

    def __init__(self, argument: str, problem: str) -> None:
        InvalidArgumentError.__init__(self, argument, problem)
        self.code = 400
        self.args = (str(self),)


class AnalyticNotFoundError(APIError, NotFoundError, ValueError):
    """``get_analytic_id`` found no analytic of that name: the classic ``ValueError`` (and its message), and an
    ``APIError``/``dataports.NotFoundError`` with code 404."""

    def __init__(self, name: str, version: str | None = None) -> None:
        pretty = f"{name} v{version}" if version else name
        super().__init__(f"Analytic '{pretty}' not found", 404)

    def __str__(self) -> str:
        return self.message


class TokenError(DataportsError):
    """No usable API token was found, or a token is malformed. Prints as the classic one, with the help link."""

    def __init__(self, message: str = "") -> None:
        super().__init__(f"{message}. See {HELP_URL} for more information about activating an API token.")


class InvalidTokenError(TokenError, InvalidArgumentError, KeyError):
    """A token that cannot be used as given (a missing ``access_token``/``private_key``, a key no header can carry).
    Also an ``InvalidArgumentError`` and the ``KeyError`` the classic ``Token`` raised for a missing key; its message
    never quotes the key."""

    def __init__(self, argument: str, problem: str) -> None:
        InvalidArgumentError.__init__(self, argument, problem)


class JobExecutionError(DataportsError):
    """A job failed on the platform. ``messages`` are its status messages, ``failure_type`` the platform's verdict."""

    def __init__(self, message: str = "", *, messages: Sequence[str] = (), failure_type: str | None = None) -> None:
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


class JobParameterError(APIArgumentError, TypeError):
    """A job parameter that cannot be sent as JSON: refused when it is set, as an argument error and as the
    ``TypeError`` the classic client raised when it serialized the request at upload."""


class RemoteDataPathError(DataportsError):
    """An invalid ``RemoteDataPath`` (or ``RemoteDataPath`` dictionary)."""


class InvalidRemoteDataPathError(RemoteDataPathError, InvalidArgumentError):
    """A ``RemoteDataPath`` built without its data: the classic ``RemoteDataPathError`` and an argument error."""

    def __init__(self, argument: str, problem: str) -> None:
        InvalidArgumentError.__init__(self, argument, problem)


def _response_url(res: Any) -> str:
    try:
        return str(res.url)
    except RuntimeError:  # an httpx.Response built without its request
        return ""


def _error_message(body: Any) -> str | None:
    # The platform answers {"error": {"code", "message"}}.
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = body["error"].get("message")
        if message:
            return str(message)
    return None


class Voxel51Errors(ErrorMapper):
    """Maps failed exchanges to ``APIError`` (plugged into the transport by the core); each ``APIError`` is also the
    cross-service class for its status (``dataports.NotFoundError`` for a 404, and so on)."""

    service_label = "the Voxel51 API"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        # Anything else falls back to the classic client's wording.
        message = _error_message(details["body"]) or f"{response.reason_phrase} for URL: {response.request.url}"
        return self.build(APIError, response.status_code, message, response.status_code, **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return self.build(APIError, None, message, None, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        status = details.get("status_code")
        return self.build(APIError, status, message, status, **details)
