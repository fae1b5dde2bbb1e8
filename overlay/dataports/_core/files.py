"""Streamed file transfer with constant memory: uploads read the file in chunks, downloads write to a temporary
file beside the destination and rename it into place, so an interrupted download never leaves a truncated file
under the final name (an atomic rename, not a durability guarantee against power loss)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import httpx

from dataports._core.http_errors import ErrorMapper
from dataports._core.progress import ProgressBar, progress_bar
from dataports._core.transport import STREAM_EXTENSION

CHUNK_SIZE = 1024 * 1024


class ProgressReader:
    """A read-only file wrapper that reports bytes read to a progress bar (httpx reads multipart files in chunks)."""

    def __init__(self, raw: IO[bytes], bar: ProgressBar) -> None:
        self._raw = raw
        self._bar = bar

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._bar.update(len(data))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


@contextlib.contextmanager
def open_for_upload(path: str | os.PathLike[str], *, progress: bool = False) -> Iterator[IO[bytes]]:
    """The file opened for a streamed upload, with a byte progress bar when asked."""
    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(f"no such file to upload: {source}")
    with (
        source.open("rb") as raw,
        progress_bar(progress, total=source.stat().st_size, unit="B", desc=source.name) as bar,
    ):
        yield ProgressReader(raw, bar) if progress else raw  # type: ignore[misc]


def download_to(
    http: httpx.Client,
    url: str,
    destination: str | os.PathLike[str],
    *,
    progress: bool = False,
    chunk_size: int = CHUNK_SIZE,
    errors: ErrorMapper | None = None,
    **request: Any,
) -> Path:
    """GET ``url`` and stream the body into ``destination`` atomically; returns the final path.

    A connection lost mid-body surfaces as ``errors.from_transport_error`` (the service's own exception) when a
    mapper is given: streamed bodies are read here, outside the transport that maps the other failures.
    """
    target = Path(destination)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        extensions = {**request.pop("extensions", {}), STREAM_EXTENSION: True}
        with os.fdopen(handle, "wb") as out, http.stream("GET", url, extensions=extensions, **request) as response:
            length = response.headers.get("content-length")
            with progress_bar(progress, total=int(length) if length else None, unit="B", desc=target.name) as bar:
                for chunk in response.iter_bytes(chunk_size):
                    out.write(chunk)
                    bar.update(len(chunk))
        # Renamed only once complete, so an interrupted transfer never shows under the final name. No fsync: this
        # guards against interruption, not power loss, and an fsync per file would halve download throughput.
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if errors is not None and isinstance(error, httpx.TransportError):
            raise errors.from_transport_error(error, _request_of(error, http, url)) from error
        raise
    return target


def _request_of(error: httpx.TransportError, http: httpx.Client, url: str) -> httpx.Request:
    try:
        return error.request
    except RuntimeError:  # httpx did not attach the request to this error
        return httpx.Request("GET", http.base_url.join(url))
