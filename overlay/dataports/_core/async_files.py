"""The asyncio twin of ``files.download_to``: a streamed, atomic, resumable download on an ``httpx.AsyncClient``.

The same contract as the sync one: the body goes to a temporary file beside the destination and is renamed into
place only once complete; a connection lost mid-body is resumed by byte range (``If-Range`` guarded) or restarted,
under the client's retry policy; memory stays at one chunk whatever the file's size.

Writes are plain blocking writes of the chunks httpx hands over (tens of KiB each) into a buffer of
``WRITE_BUFFER`` bytes, so the event loop blocks for one page-cache copy at a time, well under a millisecond.
Handing each chunk to a thread (``loop.run_in_executor``) would cost more than the write itself and put back the
worker threads the async clients exist to avoid; an ``aiofiles`` dependency would do exactly that internally.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from dataports._core.files import _Transfer
from dataports._core.http_errors import ErrorMapper, failed_request
from dataports._core.progress import progress_bar
from dataports._core.retry_policy import RetryPolicy
from dataports._core.transport import STREAM_EXTENSION

#: Bytes buffered before a write reaches the operating system (bounds how long one blocking write can take).
WRITE_BUFFER = 256 * 1024


async def download_to(
    http: httpx.AsyncClient,
    url: str,
    destination: str | os.PathLike[str],
    *,
    progress: bool = False,
    chunk_size: int = WRITE_BUFFER,
    errors: ErrorMapper | None = None,
    retry: RetryPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    **request: Any,
) -> Path:
    """GET ``url`` and stream the body into ``destination`` atomically; returns the final path.

    See ``dataports._core.files.download_to`` for the resume/restart rules and the errors raised; they are the same.
    Cancelling the task removes the temporary file and leaves any existing ``destination`` untouched.
    """
    target = Path(destination)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    method = request.pop("method", "GET")
    extensions = {**request.pop("extensions", {}), STREAM_EXTENSION: True}
    headers = dict(request.pop("headers", None) or {})
    try:
        with (
            os.fdopen(handle, "wb", buffering=chunk_size) as out,
            progress_bar(progress, unit="B", desc=target.name) as bar,
        ):
            transfer = _AsyncTransfer(out, bar)
            attempt = 0
            while True:
                try:
                    await transfer.arun(http, method, url, headers, extensions, **request)
                    break
                except httpx.TransportError as error:
                    if not transfer.started or retry is None or attempt >= retry.max_retries:
                        raise
                    if isinstance(error, httpx.LocalProtocolError):
                        raise
                    await sleep(retry.backoff(attempt))
                    attempt += 1
        # As in the sync twin: renamed only once complete, no fsync (interruption, not power loss, is guarded).
        os.replace(temporary, target)
    except BaseException as error:  # CancelledError included: no partial file is left behind
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if errors is not None and isinstance(error, httpx.TransportError):
            raise errors.from_transport_error(error, failed_request(error, http.base_url, method, url)) from error
        raise
    return target


class _AsyncTransfer(_Transfer):
    """The sync ``_Transfer``'s bookkeeping (bytes written, resume validator, restart) driven by an async stream."""

    async def arun(
        self,
        http: httpx.AsyncClient,
        method: str,
        url: str,
        headers: dict[str, str],
        extensions: dict[str, Any],
        **request: Any,
    ) -> None:
        headers, extensions, resuming = self.prepare(headers, extensions)
        async with http.stream(method, url, headers=headers, extensions=extensions, **request) as response:
            decode = self.accept(response, resuming)
            async for chunk in response.aiter_bytes() if decode else response.aiter_raw():
                self.write(chunk)
