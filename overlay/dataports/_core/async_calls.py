"""The asyncio twin of ``Caller``: the same exchanges on the client's ``httpx.AsyncClient``.

Only what touches the network is async here (``send``, ``json``, ``json_as``, ``follow``, ``download``,
``read_streamed``). Decoding, envelope picking, shape checks and model parsing are the sync ``Caller``'s own methods,
called as they are: a body is decoded and its failures mapped in exactly one place whichever client fetched it.
"""

from __future__ import annotations

import contextvars
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import httpx

from dataports._core.async_files import download_to
from dataports._core.async_stream_parse import parse_streamed
from dataports._core.calls import OPERATION, Caller, J, check_same_origin
from dataports._core.http_errors import ErrorMapper
from dataports._core.retry_policy import RetryPolicy

if TYPE_CHECKING:
    from dataports._core.service_client import ServiceClient

T = TypeVar("T")

#: Called once the current task's next request has left this machine (see ``notify_when_sent``).
_on_request_sent: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "dataports_async_on_request_sent", default=None
)
_SENT_EVENTS = ("http11.send_request_body.complete", "http2.send_request_body.complete")


def notify_when_sent(callback: Callable[[], None] | None) -> contextvars.Token[Callable[[], None] | None]:
    """Call ``callback`` after each request this task (and the tasks it starts) sends; returns a reset token.

    The asyncio twin of ``request_sent.notify_when_sent``: the async paginator's prefetch task uses it so the
    consumer parses page N once the request for page N+1 is on the wire, not before it was even written.
    """
    return _on_request_sent.set(callback)


def _with_sent_trace(request: Mapping[str, Any]) -> Mapping[str, Any]:
    callback = _on_request_sent.get()
    if callback is None:
        return request
    extensions = dict(request.get("extensions") or {})
    previous = extensions.get("trace")

    # httpcore awaits an async client's trace callback, so it must be a coroutine function.
    async def trace(event: str, info: dict[str, Any]) -> None:
        if previous is not None:
            await previous(event, info)
        if event in _SENT_EVENTS:
            callback()

    extensions["trace"] = trace
    return {**request, "extensions": extensions}


class _Decoder(Caller):
    """A ``Caller`` used only to decode: it has no httpx client of its own (and never sends)."""

    def __init__(self, errors: ErrorMapper, retry: RetryPolicy | None) -> None:
        self.errors = errors
        self.retry = retry


class AsyncCaller:
    """Sends spec-built requests on one ``httpx.AsyncClient``; decodes with the sync ``Caller``'s methods."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        errors: ErrorMapper,
        retry: RetryPolicy | None = None,
        decoder: Caller | None = None,
    ) -> None:
        self.http = http
        self.errors = errors
        self.retry = retry
        # The pure half of a sync Caller: decode/pick/expect/parse never touch its httpx client.
        self._decoder = decoder if decoder is not None else _Decoder(errors, retry)

    # --- I/O ---------------------------------------------------------------------------------------------------
    async def send(self, request: Mapping[str, Any]) -> httpx.Response:
        """Send ``request`` (``build_request`` output); failing or undocumented statuses raise in the transport."""
        return await self.http.request(**_with_sent_trace(request))

    # json and json_as send without going through send: a coroutine frame is passed through every time the request
    # resumes (about six times a request), so each layer costs more than its one call.
    async def json(self, request: Mapping[str, Any], *path: str | int) -> Any:
        """Send ``request`` and return its decoded JSON body, or the value at ``path`` inside it."""
        return self._decoder.decode(await self.http.request(**_with_sent_trace(request)), *path)

    async def json_as(self, request: Mapping[str, Any], kind: type[J], *path: str | int) -> J:
        """Send ``request`` and return the ``kind`` (object, array or string) at ``path`` in its JSON answer."""
        response = await self.http.request(**_with_sent_trace(request))
        decoder = self._decoder
        return decoder.expect(response, decoder.decode(response, *path), kind)

    async def download(
        self, request: Mapping[str, Any], destination: str | os.PathLike[str], *, progress: bool = False
    ) -> Path:
        """Stream the body of ``request`` into ``destination`` atomically (see ``_core.async_files.download_to``)."""
        kwargs = dict(request)
        url = str(kwargs.pop("url"))
        return await download_to(
            self.http, url, destination, progress=progress, errors=self.errors, retry=self.retry, **kwargs
        )

    async def read_streamed(self, request: Mapping[str, Any], parse: Callable[[IO[bytes]], T]) -> T:
        """``parse`` handed the body of ``request``, spooled, on a worker thread (see
        ``_core.async_stream_parse.parse_streamed``)."""
        kwargs = dict(request)
        url = str(kwargs.pop("url"))
        return await parse_streamed(self.http, url, parse, errors=self.errors, retry=self.retry, **kwargs)

    async def follow(self, url: str, operation: str) -> httpx.Response:
        """GET a next-page URL the server sent, only on the configured scheme and host (see ``Caller.follow``)."""
        check_same_origin(self.http.base_url, url, self.errors)
        request = {"method": "GET", "url": url, "extensions": {OPERATION: f"{operation}:next"}}
        return await self.send(request)

    # --- decoding: the sync Caller's, unchanged ------------------------------------------------------------------
    def decode(self, response: httpx.Response, *path: str | int) -> Any:
        """The decoded JSON body of ``response`` (at ``path`` when given), decoded once, as the sync ``Caller.decode``;
        the service's exception for a body that is not JSON or lacks ``path``."""
        return self._decoder.decode(response, *path)

    def pick(self, response: httpx.Response, value: Any, *path: str | int) -> Any:
        """``value`` at ``path`` (keys and indexes); the service's exception when it is not there."""
        return self._decoder.pick(response, value, *path)

    def expect(self, response: httpx.Response, value: Any, kind: type[J]) -> J:
        """``value`` if it is a ``kind``; otherwise the service's exception, quoting an excerpt of the body."""
        return self._decoder.expect(response, value, kind)

    def parse(self, response: httpx.Response, parser: Callable[[Any], T], value: Any) -> T:
        """``parser(value)``; a parser's failure on a malformed body becomes the service's exception."""
        return self._decoder.parse(response, parser, value)


def async_caller(client: ServiceClient[Any]) -> AsyncCaller:
    """The ``AsyncCaller`` of ``client``: its asyncio httpx client (connections shared with every ``with_options``
    copy when the client is an async twin), its error mapping and retry policy, and its sync ``Caller`` as the
    decoder. What ``client.caller`` becomes in the generated async clients."""
    http = client.async_http
    # One per asyncio httpx client, kept on the client: a with_options copy has its own httpx client (and options),
    # so a caller carried over by the copy is not reused there.
    cached: AsyncCaller | None = client.__dict__.get(_ASYNC_CALLER)
    if cached is not None and cached.http is http:
        return cached
    decoder = client.caller
    caller = AsyncCaller(http, decoder.errors, decoder.retry, decoder)
    client.__dict__[_ASYNC_CALLER] = caller
    return caller


_ASYNC_CALLER = "_dataports_async_caller"
