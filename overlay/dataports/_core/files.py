"""Streamed file transfer with constant memory: uploads read the file in chunks, downloads write to a temporary
file beside the destination and rename it into place, so an interrupted download never leaves a truncated file
under the final name (an atomic rename, not a durability guarantee against power loss)."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import httpx

from dataports._core.http_errors import ErrorMapper, failed_request
from dataports._core.progress import ProgressBar, progress_bar
from dataports._core.retry_policy import RetryPolicy
from dataports._core.transport import STREAM_EXTENSION

CHUNK_SIZE = 1024 * 1024


def safe_filename(name: str | None, fallback: str) -> str:
    """A file name a server sent, reduced to a plain base name that stays inside the folder it is written to.

    ``../x``, ``/etc/passwd``, ``C:\\x``, ``.``, ``..`` and empty names can come from a buggy or hostile server; they
    become their last path component, or ``fallback`` when nothing usable is left.
    """
    candidate = (name or "").replace("\\", "/").split("/")[-1].strip()
    candidate = "".join(c for c in candidate if c.isprintable())
    if candidate in ("", ".", "..") or ":" in candidate:
        candidate = fallback
    return candidate


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
    retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **request: Any,
) -> Path:
    """GET ``url`` and stream the body into ``destination`` atomically; returns the final path.

    With a ``retry`` policy, a connection lost mid-body is retried up to ``retry.max_retries`` times with its
    backoff: resumed from the last byte written when the server offered byte ranges (``Accept-Ranges: bytes``,
    guarded by ``If-Range`` so a changed file is fetched whole), restarted otherwise. Failures before the body are
    the transport's to retry. A connection lost for good surfaces as ``errors.from_transport_error`` (the
    service's own exception) when a mapper is given: streamed bodies are read here, outside the transport that
    maps the other failures. The file appears under its final name only once complete.
    """
    target = Path(destination)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    method = request.pop("method", "GET")
    extensions = {**request.pop("extensions", {}), STREAM_EXTENSION: True}
    headers = dict(request.pop("headers", None) or {})
    try:
        # Chunks are written as they arrive, so a drop loses nothing received, and straight to the file: the socket's
        # 64 KiB pieces are large enough, and a file buffer would only copy every byte once more.
        with (
            os.fdopen(handle, "wb", buffering=0) as out,
            progress_bar(progress, unit="B", desc=target.name) as bar,
        ):
            transfer = _Transfer(out, bar)
            attempt = 0
            while True:
                try:
                    transfer.run(http, method, url, headers, extensions, chunk_size, **request)
                    break
                except httpx.TransportError as error:
                    if not transfer.started or retry is None or attempt >= retry.max_retries:
                        raise
                    if isinstance(error, httpx.LocalProtocolError):
                        raise
                    sleep(retry.backoff(attempt))
                    attempt += 1
        # Renamed only once complete, so an interrupted transfer never shows under the final name. No fsync: this
        # guards against interruption, not power loss, and an fsync per file would halve download throughput.
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if errors is not None and isinstance(error, httpx.TransportError):
            raise errors.from_transport_error(error, failed_request(error, http.base_url, method, url)) from error
        raise
    return target


class _Transfer:
    """One file's bytes across attempts: how much is written, and whether the server lets us resume from there."""

    def __init__(self, out: IO[bytes], bar: ProgressBar) -> None:
        self.out = out
        self.bar = bar
        self.written = 0
        self.started = False
        self.validator: str | None = None  # the ETag or Last-Modified that makes a range request safe

    def run(
        self,
        http: httpx.Client,
        method: str,
        url: str,
        headers: dict[str, str],
        extensions: dict[str, Any],
        chunk_size: int,
        **request: Any,
    ) -> None:
        headers, extensions, resuming = self.prepare(headers, extensions)
        with http.stream(method, url, headers=headers, extensions=extensions, **request) as response:
            decode = self.accept(response, resuming)
            # A decoder's output comes in pieces of any size: gathered into ``chunk_size`` ones before each write.
            for chunk in response.iter_bytes(chunk_size) if decode else response.iter_raw():
                self.write(chunk)

    def prepare(
        self, headers: dict[str, str], extensions: dict[str, Any]
    ) -> tuple[dict[str, str], dict[str, Any], bool]:
        """The next attempt's headers and extensions, asking for the rest of the file when it can be resumed."""
        headers = dict(headers)
        extensions = dict(extensions)
        resuming = self.written > 0 and self.validator is not None
        if resuming:
            headers["Range"] = f"bytes={self.written}-"
            headers["If-Range"] = str(self.validator)
            expected = extensions.get("dataports.expected_statuses")
            if expected is not None:
                extensions["dataports.expected_statuses"] = (*expected, (206, 206))
        return headers, extensions, resuming

    def accept(self, response: httpx.Response, resuming: bool) -> bool:
        """Take in an attempt's response headers (restart unless resumed, note the validator and the length);
        returns whether the body must be decoded, or can be written as it comes off the socket."""
        self.started = True
        if not (resuming and response.status_code == 206):
            self._restart()
        encoding = response.headers.get("content-encoding", "identity").lower()
        # Ranges count encoded bytes; with a Content-Encoding they would not match what was written.
        accepts_ranges = response.headers.get("accept-ranges", "").lower() == "bytes" and encoding == "identity"
        etag = response.headers.get("etag")
        # If-Range takes only a strong validator; a weak ETag falls back to the modification time.
        found = etag if etag and not etag.startswith("W/") else response.headers.get("last-modified")
        if response.status_code != 206:
            self.validator = found if accepts_ranges else None
            length = response.headers.get("content-length")
            if length and length.isdigit() and hasattr(self.bar, "total"):
                self.bar.total = int(length)
        # Unencoded bodies are written as they come off the socket (the decoder would only copy them again),
        # unless the body is already in memory (a mock transport), which only iter_bytes serves.
        return encoding != "identity" or response.is_stream_consumed

    def write(self, chunk: bytes) -> None:
        """Write ``chunk`` and count it; an unbuffered file may take part of it, and is given the rest."""
        taken = self.out.write(chunk)
        if taken is not None and taken < len(chunk):
            rest = memoryview(chunk)[taken:]
            while rest:
                rest = rest[self.out.write(rest) :]
        self.written += len(chunk)
        self.bar.update(len(chunk))

    def _restart(self) -> None:
        if self.written:
            self.out.seek(0)
            self.out.truncate()
            self.bar.update(-self.written)
            self.written = 0
