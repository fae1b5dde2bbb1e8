"""A response body handed to a parser as a file while it arrives, for parsers that take a file (pandas, pyarrow).

The parser works on one part of the body while the next is still on the wire, and the body is never held whole in
memory or copied to disk first. On a 1,000,000-row CSV table, reading it this way was about 13% faster than
spooling the body to a temporary file and parsing that (``make bench``, datagrok ``download_table``).

A connection lost mid-body cannot be resumed inside a parse, so the request is sent again and parsed from the start,
under the client's retry policy; a connection lost for good is the service's own exception.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from typing import IO, Any, TypeVar

import httpx

from dataports._core.http_errors import ErrorMapper, failed_request
from dataports._core.retry_policy import RetryPolicy
from dataports._core.transport import STREAM_EXTENSION

T = TypeVar("T")


class ChunkReader(io.RawIOBase):
    """A read-only file over an iterator of byte chunks (an httpx response body)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(view), len(self._pending))
        view[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def parse_streamed(
    http: httpx.Client,
    url: str,
    parse: Callable[[IO[bytes]], T],
    *,
    errors: ErrorMapper | None = None,
    retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **request: Any,
) -> T:
    """``parse(file)`` over the body of the request to ``url``, read as it arrives.

    Failures before the body are the transport's to retry and map. A connection lost mid-body (the parser re-raises
    what the file raised) sends the request again, up to ``retry.max_retries`` times with its backoff, and parses
    the new body from the start; once retries run out it is ``errors.from_transport_error`` when a mapper is given.
    """
    method = request.pop("method", "GET")
    extensions = {**request.pop("extensions", {}), STREAM_EXTENSION: True}
    attempt = 0
    while True:
        reader: ChunkReader | None = None
        try:
            with http.stream(method, url, extensions=extensions, **request) as response:
                reader = ChunkReader(response.iter_bytes())
                # The default (small) buffer: a parser's large reads then go straight into its own buffer, where a
                # buffer as large as those reads would copy every byte once more (about 7% of a 1M-row download).
                return parse(io.BufferedReader(reader))
        except httpx.TransportError as error:
            # Only a failure once the answer has started is ours: the transport retries and maps the ones before.
            mid_body = reader is not None and not isinstance(error, httpx.LocalProtocolError)
            if mid_body and retry is not None and attempt < retry.max_retries:
                sleep(retry.backoff(attempt))
                attempt += 1
                continue
            if errors is not None:
                raise errors.from_transport_error(error, failed_request(error, http.base_url, method, url)) from error
            raise
