"""Read a ``multipart/form-data`` request body as a stream: file parts go straight to disk (hashed on the way), so
an upload never has to fit in memory, and small text fields are kept as strings."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

import anyio.to_thread
import attrs
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request

from dataports_emulators.core.errors import bad_request
from dataports_emulators.core.filestore import read_limited, spool_failure

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

#: Text fields (names, dates, flags) are tiny; anything bigger is a client bug, not a reason to use memory.
MAX_FIELD_BYTES = 1024 * 1024
#: All text fields of one body together, and the headers of one part: bounded like any in-memory body.
MAX_FIELDS_TOTAL_BYTES = 10 * 1024 * 1024
MAX_PART_HEADER_BYTES = 64 * 1024
#: Written to disk in batches of this size, so a large upload costs few thread hops.
FLUSH_BYTES = 1024 * 1024


@attrs.define
class ReceivedFile:
    """A file part spooled to disk: where, its client-given name and type, its size and SHA-256."""

    path: Path
    filename: str
    content_type: str
    size: int = 0
    sha256: str = ""


@attrs.define
class MultipartBody:
    """The text fields and spooled files of one body, by part name (a repeated name keeps the last part)."""

    fields: dict[str, str] = attrs.field(factory=dict)
    files: dict[str, ReceivedFile] = attrs.field(factory=dict)

    def discard(self) -> None:
        """Remove every spooled file (the caller took ownership of those it moved away)."""
        for received in self.files.values():
            with contextlib.suppress(FileNotFoundError):
                received.path.unlink()
        self.files.clear()

    def document(self, name: str, limit: int, what: str) -> bytes | None:
        """A small document sent as the file part ``name`` or as a text field of that name (``None`` if neither);
        a 400 naming ``what`` when it is over ``limit`` bytes."""
        received = self.files.get(name)
        if received is not None:
            return read_limited(received.path, limit, what)
        if name in self.fields:
            return self.fields[name].encode()
        return None


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
        self.field_bytes = 0

    # --- parser callbacks (synchronous; file I/O is deferred to flush()) -----------------------------------------
    def on_part_begin(self) -> None:
        self.part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]
        self._check_header_size()

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]
        self._check_header_size()

    def _check_header_size(self) -> None:
        if len(self.header_name) + len(self.header_value) > MAX_PART_HEADER_BYTES:
            raise bad_request(f"Invalid multipart body: a part header is larger than {MAX_PART_HEADER_BYTES} bytes")

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
            self.field_bytes += len(chunk)
            if self.field_bytes > MAX_FIELDS_TOTAL_BYTES:
                raise bad_request(f"The text fields of the body add up to more than {MAX_FIELDS_TOTAL_BYTES} bytes")
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
        raise spool_failure(exc) from None
    except BaseException:
        receiver.abandon()
        raise
    if receiver.open_parts:
        receiver.abandon()
        raise bad_request("Invalid multipart body: a file part was not terminated")
    return receiver.body


@contextlib.asynccontextmanager
async def multipart_upload(request: Request, spool_dir: Path) -> AsyncIterator[MultipartBody]:
    """``request``'s multipart body for the block; spooled files still in ``files`` when it ends are removed (pop
    the ones the block moved into storage)."""
    body = await receive_multipart(request, spool_dir)
    try:
        yield body
    finally:
        body.discard()
