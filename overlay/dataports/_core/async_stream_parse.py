"""The asyncio twin of ``stream_parse.parse_streamed``: a response body parsed by a file-taking parser.

A parser such as pyarrow's reads a file synchronously, so it cannot consume an async stream as it arrives. Here the
body is spooled (in memory up to ``SPOOL_IN_MEMORY``, then in a temporary file, so memory stays bounded) and parsed
on a worker thread, which keeps the event loop free during the parse. Retries and error mapping follow the sync
twin: a connection lost mid-body sends the request again under the retry policy, then becomes the service's own
exception.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from typing import IO, Any, TypeVar

import httpx

from dataports._core.http_errors import ErrorMapper, failed_request
from dataports._core.retry_policy import RetryPolicy
from dataports._core.transport import STREAM_EXTENSION

T = TypeVar("T")
#: A body up to this size stays in memory; a larger one goes on to a temporary file.
SPOOL_IN_MEMORY = 1024 * 1024


async def parse_streamed(
    http: httpx.AsyncClient,
    url: str,
    parse: Callable[[IO[bytes]], T],
    *,
    errors: ErrorMapper | None = None,
    retry: RetryPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    **request: Any,
) -> T:
    """``parse(file)`` over the body of the request to ``url``, on a worker thread once the body is spooled.

    See ``dataports._core.stream_parse.parse_streamed`` for the retries and the errors raised; they are the same.
    """
    method = request.pop("method", "GET")
    extensions = {**request.pop("extensions", {}), STREAM_EXTENSION: True}
    attempt = 0
    while True:
        # Not a with-block: on success the worker thread that parses the spool closes it.
        body = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY, prefix="dataports-body-")  # noqa: SIM115
        try:
            async with http.stream(method, url, extensions=extensions, **request) as response:
                async for chunk in response.aiter_bytes():
                    body.write(chunk)
        except httpx.TransportError as error:
            body.close()
            if retry is not None and attempt < retry.max_retries and not isinstance(error, httpx.LocalProtocolError):
                await sleep(retry.backoff(attempt))
                attempt += 1
                continue
            if errors is not None:
                raise errors.from_transport_error(error, failed_request(error, http.base_url, method, url)) from error
            raise
        except BaseException:
            body.close()
            raise
        break
    # The worker owns the spool from here: a cancelled caller leaves it to finish and close the file itself.
    return await asyncio.to_thread(_parse_and_close, body, parse)


def _parse_and_close(body: IO[bytes], parse: Callable[[IO[bytes]], T]) -> T:
    with body:
        body.seek(0)
        return parse(body)
