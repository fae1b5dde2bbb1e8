"""Receive a multipart body as a stream: file parts go straight to disk (hashed on the way), so an upload never has
to fit in memory, and small text fields are kept as strings."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

import anyio.to_thread
import attrs
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request

from .common import ApiError, bad_request

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

#: Text fields (names, dates, flags) are tiny; anything bigger is a client bug, not a reason to use memory.
MAX_FIELD_BYTES = 1024 * 1024
#: Written to disk in batches of this size, so a large upload costs few thread hops.
FLUSH_BYTES = 1024 * 1024


@attrs.define
class ReceivedFile:
    path: Path
    filename: str
    content_type: str
    size: int = 0
    sha256: str = ""


@attrs.define
class MultipartBody:
    fields: dict[str, str] = attrs.field(factory=dict)
    files: dict[str, ReceivedFile] = attrs.field(factory=dict)

    def discard(self) -> None:
        """Remove every spooled file (the caller took ownership of those it moved away)."""
        for received in self.files.values():
            with contextlib.suppress(FileNotFoundError):
                received.path.unlink()
        self.files.clear()


@attrs.define
class _Part:
    name: str = ""
    headers: dict[bytes, bytes] = attrs.field(factory=dict)
    data: bytearray = attrs.field(factory=bytearray)
    file: ReceivedFile | None = None
    handle: IO[bytes] | None = None
    hasher: hashlib._Hash | None = None
    pending: list[bytes] = attrs.field(factory=list)
    pending_size: int = 0
    done: bool = False


def _write(handle: IO[bytes], hasher: hashlib._Hash, chunks: list[bytes]) -> None:
    for chunk in chunks:
        handle.write(chunk)
        hasher.update(chunk)


class _Receiver:
    def __init__(self, spool_dir: Path) -> None:
        self.spool_dir = spool_dir
        self.body = MultipartBody()
        self.part = _Part()
        self.header_name = b""
        self.header_value = b""
        self.open_parts: list[_Part] = []

    # --- parser callbacks (synchronous; file I/O is deferred to flush()) -----------------------------------------
    def on_part_begin(self) -> None:
        self.part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.part.headers[self.header_name.strip().lower()] = self.header_value.strip()
        self.header_name = self.header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.part.headers.get(b"content-disposition"))
        if b"name" not in options:
            raise bad_request("Invalid multipart body: a part has no name in its Content-Disposition header")
        self.part.name = options[b"name"].decode("utf-8", "replace")
        if b"filename" in options:
            descriptor, raw_path = tempfile.mkstemp(dir=self.spool_dir, prefix="upload-")
            self.part.handle = os.fdopen(descriptor, "wb")
            self.part.hasher = hashlib.sha256()
            content_type = self.part.headers.get(b"content-type", b"application/octet-stream").decode("latin-1")
            self.part.file = ReceivedFile(
                path=Path(raw_path),
                filename=os.path.basename(options[b"filename"].decode("utf-8", "replace")),
                content_type=content_type.split(";")[0].strip() or "application/octet-stream",
            )
            self.open_parts.append(self.part)

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self.part.file is None:
            if len(self.part.data) + len(chunk) > MAX_FIELD_BYTES:
                raise bad_request(f"{self.part.name}: field is larger than {MAX_FIELD_BYTES} bytes")
            self.part.data.extend(chunk)
        else:
            self.part.file.size += len(chunk)
            self.part.pending.append(chunk)
            self.part.pending_size += len(chunk)

    def on_part_end(self) -> None:
        part = self.part
        if part.file is None:
            self.body.fields[part.name] = part.data.decode("utf-8", "replace")
        else:
            part.done = True

    # --- asynchronous side ---------------------------------------------------------------------------------------
    async def flush(self, force: bool = False) -> None:
        """Write the buffered bytes of file parts, and close the parts that ended."""
        for part in list(self.open_parts):
            if part.pending and (force or part.done or part.pending_size >= FLUSH_BYTES):
                chunks, part.pending, part.pending_size = part.pending, [], 0
                if part.handle is not None and part.hasher is not None:
                    await anyio.to_thread.run_sync(_write, part.handle, part.hasher, chunks)
            if part.done:
                await self._close(part)

    async def _close(self, part: _Part) -> None:
        if part.handle is None or part.file is None or part.hasher is None:
            return
        await anyio.to_thread.run_sync(part.handle.close)
        part.handle = None
        part.file.sha256 = part.hasher.hexdigest()
        previous = self.body.files.get(part.name)
        if previous is not None:
            with contextlib.suppress(FileNotFoundError):
                previous.path.unlink()
        self.body.files[part.name] = part.file
        self.open_parts.remove(part)

    def abandon(self) -> None:
        for part in self.open_parts:
            if part.handle is not None:
                part.handle.close()
            if part.file is not None:
                with contextlib.suppress(FileNotFoundError):
                    part.file.path.unlink()
        self.open_parts.clear()
        self.body.discard()


async def receive_multipart(request: Request, spool_dir: Path) -> MultipartBody:
    """Parse ``request``'s multipart body; file parts land in ``spool_dir`` (the caller moves or discards them)."""
    content_type, options = parse_options_header(request.headers.get("content-type"))
    if content_type != b"multipart/form-data" or not options.get(b"boundary"):
        raise bad_request("Expected a multipart/form-data body with a boundary")
    receiver = _Receiver(spool_dir)
    callbacks: MultipartCallbacks = {
        "on_part_begin": receiver.on_part_begin,
        "on_header_field": receiver.on_header_field,
        "on_header_value": receiver.on_header_value,
        "on_header_end": receiver.on_header_end,
        "on_headers_finished": receiver.on_headers_finished,
        "on_part_data": receiver.on_part_data,
        "on_part_end": receiver.on_part_end,
    }
    try:
        parser = MultipartParser(options[b"boundary"], callbacks)
        async for chunk in request.stream():
            parser.write(chunk)
            await receiver.flush()
        parser.finalize()
        await receiver.flush(force=True)
    except FormParserError:
        receiver.abandon()
        raise bad_request("Invalid multipart body") from None
    except ClientDisconnect:
        receiver.abandon()
        raise bad_request("The upload was interrupted before the body was complete") from None
    except OSError as exc:
        receiver.abandon()
        if exc.errno == errno.ENOSPC:
            raise ApiError(507, "The emulator ran out of disk space for the upload") from None
        # Otherwise the spool folder went away: a reset happened while the body streamed in.
        raise ApiError(409, "The emulator was reset during the upload; upload again") from None
    except BaseException:
        receiver.abandon()
        raise
    if receiver.open_parts:
        receiver.abandon()
        raise bad_request("Invalid multipart body: a file part was not terminated")
    return receiver.body
