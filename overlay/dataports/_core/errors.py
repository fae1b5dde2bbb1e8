"""One base exception for every service; each service's classic exceptions subclass it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dataports._core.secrets import redact_url


class DataportsError(Exception):
    """Base of every error raised by dataports.

    Carries what a caller needs to act on a failed call: the HTTP status (``None`` when no response arrived),
    the parsed error body, the request method and URL, and the request id when the server sent one.
    It never carries credentials: URLs are redacted and request headers are not kept.
    """

    status_code: int | None
    body: Any
    method: str | None
    url: str | None
    request_id: str | None
    response_headers: Mapping[str, str]

    def __init__(
        self,
        message: str = "",
        *,
        status_code: int | None = None,
        body: Any = None,
        method: str | None = None,
        url: str | None = None,
        request_id: str | None = None,
        response_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = redact_url(url) if url else url
        self.request_id = request_id
        self.response_headers = dict(response_headers or {})

    def __str__(self) -> str:
        return self.message

    def describe(self) -> str:
        """A one-line account of the failed call, for logs."""
        where = f"{self.method} {self.url}" if self.method else (self.url or "")
        status = f"HTTP {self.status_code}" if self.status_code is not None else "no response"
        return f"{status} from {where}: {self.message}".strip()


class MissingDependencyError(DataportsError, ImportError):
    """An optional extra (pandas, the emulator) is needed for this call but is not installed."""
