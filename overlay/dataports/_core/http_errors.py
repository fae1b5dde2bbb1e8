"""Turn failed HTTP exchanges into a service's own exceptions, for generated and hand-written calls alike.

A service writes one ``ErrorMapper`` subclass that knows its classic classes and its error-body shape; the base
here decides *when* something is an error (a failing status, a status the spec does not document, a body that
cannot be decoded, no response at all), bounds what is kept of hostile bodies, and adds the cross-service class.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

import httpx

from dataports._core import jsonlib
from dataports._core.errors import APITimeoutError, DataportsError, _variant, with_status_class

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")
#: Error bodies larger than this are kept as a text excerpt, not parsed: a hostile server can't make us hold more.
MAX_ERROR_BODY = 64 * 1024
#: How much of an undecodable body an exception message quotes.
EXCERPT_CHARS = 200


def failed_request(error: httpx.TransportError, base_url: httpx.URL, method: str, url: str) -> httpx.Request:
    """The request ``error`` happened on, for the message: httpx attaches it to most errors, not to every one."""
    try:
        return error.request
    except RuntimeError:
        return httpx.Request(method, base_url.join(url))


def body_excerpt(response: httpx.Response, limit: int = EXCERPT_CHARS) -> str:
    """The start of the body as text, for messages about answers that are not what the spec promised."""
    text = response.content[: limit * 4].decode("utf-8", "replace")
    return text[:limit] + ("…" if len(response.content) > limit else "")


def decode_error_body(response: httpx.Response) -> Any:
    """The error body as JSON when it is JSON, else as text (``None`` when empty); bounded in size."""
    content = response.content
    if not content:
        return None
    if len(content) > MAX_ERROR_BODY:
        return body_excerpt(response, MAX_ERROR_BODY)
    try:
        return jsonlib.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")


def response_details(response: httpx.Response) -> dict[str, Any]:
    """Keyword arguments for ``DataportsError`` describing ``response`` (method, URL, status, body, request id)."""
    request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
    return {
        "status_code": response.status_code,
        "body": decode_error_body(response),
        "method": response.request.method,
        "url": str(response.request.url),
        "request_id": request_id,
        "response_headers": dict(response.headers),
    }


def request_details(request: httpx.Request) -> dict[str, Any]:
    return {"method": request.method, "url": str(request.url)}


def transport_problem(error: httpx.TransportError) -> str:
    """What went wrong without a response, in words safe to show: a ``LocalProtocolError`` (say, a header value
    with a newline in it) quotes the offending request, credentials included, so its text is never used."""
    if isinstance(error, httpx.LocalProtocolError):
        return "the request could not be sent as given (a header value, such as the credential, is malformed)"
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def is_expected_status(request: httpx.Request, status: int) -> bool:
    """Whether the spec documents ``status`` for the operation that built ``request`` (always, when unknown)."""
    expected = request.extensions.get("dataports.expected_statuses")
    if expected is None:
        return True
    return any(low <= status <= high for low, high in expected)


class ErrorMapper(ABC):
    """A service's mapping from failed exchanges to its classic exception classes.

    Subclasses say how the service's errors look (``from_status``), which class means "no response"
    (``connection_error``) and which class classic code catches for anything else (``unexpected``).
    """

    #: Names the service in messages about failures without a response, e.g. "the RapidPro API".
    service_label: str = "the service"

    @abstractmethod
    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        """The classic exception for a failing status (400 and up); ``details`` are ``DataportsError`` kwargs."""

    @abstractmethod
    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        """The classic exception for a call that got no response."""

    @abstractmethod
    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        """The classic exception for an answer the spec does not document (status or body)."""

    # --- provided ---------------------------------------------------------------------------------------------
    def from_response(self, response: httpx.Response) -> DataportsError:
        """The exception for a response that failed, or whose status the operation does not document."""
        details = response_details(response)
        if response.status_code >= 400:
            return self.from_status(response, details)
        return self.unexpected(
            f"unexpected HTTP {response.status_code} from {self.service_label} "
            f"(the API documents other statuses for this call): {body_excerpt(response)!r}",
            details,
        )

    def from_bad_body(self, response: httpx.Response, problem: str) -> DataportsError:
        """The exception for a body that could not be decoded or has the wrong shape."""
        details = response_details(response)
        details["body"] = body_excerpt(response)
        return self.unexpected(
            f"{self.service_label} sent an answer dataports cannot read ({problem}); "
            f"HTTP {response.status_code}, body starts: {details['body']!r}",
            details,
        )

    def from_transport_error(self, error: httpx.TransportError, request: httpx.Request) -> DataportsError:
        """The service's connection exception for a call that got no response (also ``dataports.APITimeoutError`` when
        it timed out), naming the service and the problem."""
        mapped = self.connection_error(
            f"No response from {self.service_label} ({transport_problem(error)})", request_details(request)
        )
        if isinstance(error, httpx.TimeoutException) and not isinstance(mapped, APITimeoutError):
            # Same instance, one more class: the classic connection class stays what ``except`` clauses see.
            mapped.__class__ = _variant(type(mapped), APITimeoutError)
        return mapped

    @staticmethod
    def build(cls: type[DataportsError], status: int | None, *args: Any, **kwargs: Any) -> DataportsError:
        """An instance of classic class ``cls`` that is also the cross-service class for ``status``."""
        return with_status_class(cls, status)(*args, **kwargs)


def raise_for_status_hook(mapper: ErrorMapper) -> Any:
    """An httpx response hook raising the service's exception for a failing or undocumented status."""

    def hook(response: httpx.Response) -> None:
        status = response.status_code
        if status >= 400 or not is_expected_status(response.request, status):
            if status == 401 and response.request.extensions.get(AUTH_WILL_RETRY):
                return  # the auth flow refreshes its token and sends the request once more
            response.read()
            raise mapper.from_response(response)

    return hook


def async_raise_for_status_hook(mapper: ErrorMapper) -> Any:
    async def hook(response: httpx.Response) -> None:
        status = response.status_code
        if status >= 400 or not is_expected_status(response.request, status):
            if status == 401 and response.request.extensions.get(AUTH_WILL_RETRY):
                return
            await response.aread()
            raise mapper.from_response(response)

    return hook


#: Request extension set by an auth flow that will answer a 401 itself (refresh, then send once more).
AUTH_WILL_RETRY = "dataports.auth_will_retry"
