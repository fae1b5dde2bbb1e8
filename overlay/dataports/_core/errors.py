"""The exception hierarchy every service shares: one base, and one class per kind of failure.

Each service keeps its classic exception classes (``TembaNoSuchObjectError``, Gretel's ``NotFound``, Voxel51's
``APIError``) and roots them here as well, so ``except dataports.NotFoundError`` works for every service while
``except TembaNoSuchObjectError`` keeps working for classic code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from dataports._core.secrets import redact_url

E = TypeVar("E", bound="DataportsError")


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

    def __reduce__(self) -> tuple[Any, ...]:
        # Status variants are made at run time (``with_status_class``), so pickle rebuilds them from their parts;
        # the state is restored as is, whatever the subclass's constructor signature.
        cls = type(self)
        origin = cls.__dict__.get("_variant_of", (cls, None))
        return (_restore, (origin, self.args, self.__dict__))


Origin = tuple[type[DataportsError], type[DataportsError] | None]


def _restore(origin: Origin, args: tuple[Any, ...], state: Any) -> Any:
    base, kind = origin
    cls = _variant(base, kind) if kind is not None else base
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIStatusError(DataportsError):
    """The server answered with a status that means the call failed."""


class BadRequestError(APIStatusError):
    """400 (or 422): the server rejected the request's content."""


class AuthenticationError(APIStatusError):
    """401, or the service's own "bad credentials" status: the credential is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credential is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such object."""


class ConflictError(APIStatusError):
    """409: the object exists already, or changed underneath the call."""


class RateLimitError(APIStatusError):
    """The service's rate-limit signal (429 for most services): wait before the next call."""


class ServerError(APIStatusError):
    """5xx: the service failed; the call may be retried later."""


class UnexpectedResponseError(APIStatusError):
    """An answer the service's spec does not document: an unknown status, a body that is not what was promised."""


class APIConnectionError(DataportsError):
    """No response arrived: the host could not be reached, the connection dropped, or a protocol error."""


class APITimeoutError(APIConnectionError):
    """No response arrived in time. (Not an ``OSError``/``TimeoutError``: that layout would keep a service's
    connection class from becoming a timeout variant of itself.)"""


class WaitTimeout(DataportsError, TimeoutError):
    """Waiting for server-side work ran out of time (the work may still be running on the server)."""

    def __init__(self, what: str, waited: float, last_state: str) -> None:
        super().__init__(f"{what} did not finish within {waited:.1f}s (last state: {last_state})")
        self.last_state = last_state


class MissingDependencyError(DataportsError, ImportError):
    """An optional extra (pandas, the emulator) is needed for this call but is not installed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def status_class(status: int | None) -> type[DataportsError]:
    """The cross-service class for an HTTP status (``UnexpectedResponseError`` for one that is not an error, or for
    no status: an answer that was refused before its status mattered)."""
    if status is None:
        return UnexpectedResponseError
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    if status >= 400:
        return APIStatusError
    return UnexpectedResponseError


_variants: dict[tuple[type[DataportsError], type[DataportsError]], type[DataportsError]] = {}


def _variant(base: type[DataportsError], kind: type[DataportsError]) -> type[DataportsError]:
    """``base`` that is also a ``kind``, made once per pair (a race makes two equal classes, which is harmless)."""
    made = _variants.get((base, kind))
    if made is None:
        # Named like the classic class, so tracebacks and ``type(e).__name__`` read as classic code expects.
        namespace = {"__module__": base.__module__, "__qualname__": base.__qualname__, "_variant_of": (base, kind)}
        made = _variants.setdefault((base, kind), type(base.__name__, (base, kind), namespace))
    return made


def with_status_class(base: type[E], status: int | None) -> type[E]:
    """``base`` (a classic class that covers several statuses, like Voxel51's ``APIError``), made to also be the
    cross-service class for ``status``. Returns ``base`` itself when it already is."""
    kind = status_class(status)
    if issubclass(base, kind):
        return base
    return _variant(base, kind)  # type: ignore[return-value]
