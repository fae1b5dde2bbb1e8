"""Handlers of files: raw downloads and uploads under a file connection, and directory sync answered as a streamed
multipart body (one part per file: ``not-modified``, the new content with its ETag, or ``deleted``)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.file_responses import file_chunks, stream_file
from dataports_emulators.core.multipart_writer import new_boundary
from dataports_emulators.core.raw_upload import receive_file
from dataports_emulators.core.responses import empty_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .state import DatagrokState
from .wire import flag

API = "/api/public/v1"
OCTET = "application/octet-stream"


def sync_part_head(boundary: str, relative: str, *, status: str | None = None, etag: str | None = None) -> bytes:
    """The boundary line and headers of a sync answer's part. ``Content-Disposition`` names the file last: the
    clients take everything after ``filename=`` as the name, so nothing may follow it. The name goes on the wire as
    its UTF-8 bytes, which clients decode."""
    if "\r" in relative or "\n" in relative:
        raise ValueError(f"a part header would carry a line break: {relative!r}")
    # One f-string: a re-sync renders thousands of these, and a list joined per part cost twice as much.
    status_line = f"X-File-Status: {status}\r\n" if status is not None else ""
    etag_line = f"X-File-E-Tag: {etag}\r\n" if etag is not None else ""
    return (
        f"--{boundary}\r\nContent-Type: {OCTET}\r\n{status_line}{etag_line}"
        f'Content-Disposition: attachment; filename="{relative}"\r\n\r\n'
    ).encode()


#: Small parts (a ``not-modified`` part is about 150 bytes) are sent together up to this size: one write per part
#: would make re-syncing thousands of unchanged files cost a socket write each.
COALESCE_BYTES = 256 * 1024


async def sync_chunks(pieces: list[bytes | Path], boundary: str) -> AsyncIterator[bytes]:
    """The multipart body: bytes as they are (part heads, line breaks), coalesced up to ``COALESCE_BYTES``, and the
    content of each file path read from disk when reached; then the closing boundary."""
    pending: list[bytes] = []
    size = 0
    for piece in pieces:
        if isinstance(piece, Path):
            if pending:
                yield b"".join(pending)
                pending, size = [], 0
            async for chunk in file_chunks(piece.open("rb")):
                yield chunk
            continue
        pending.append(piece)
        size += len(piece)
        if size >= COALESCE_BYTES:
            yield b"".join(pending)
            pending, size = [], 0
    pending.append(f"--{boundary}--\r\n".encode("latin-1"))
    yield b"".join(pending)


def sync_response(pieces: list[bytes | Path], boundary: str) -> Response:
    """The streamed multipart answer (see ``sync_chunks``); files already gone are a clean 404."""
    for piece in pieces:
        if isinstance(piece, Path) and not piece.is_file():
            raise ServiceError(404, f"The file of {piece.name} is gone")
    return StreamingResponse(sync_chunks(pieces, boundary), media_type=f"multipart/mixed; boundary={boundary}")


#: What may not appear in a name put into a part header: control characters and the closing quote.
_UNNAMEABLE = re.compile(r'["\x00-\x1f\x7f]')


def _nameable(relative: str) -> bool:
    return bool(relative) and _UNNAMEABLE.search(relative) is None


def file_endpoints(service: EmulatorService[DatagrokState]) -> list[Endpoint]:
    async def download_file(request: Request) -> Response:
        connection = service.state.connections.find(request.path_params["connector"])
        relative = request.path_params["path"]
        path, _ = connection.get(relative)
        return stream_file(path, relative.rsplit("/", 1)[-1] or "file", OCTET)

    async def upload_file(request: Request) -> Response:
        state = service.state
        connection = state.connections.find(request.path_params["connector"])
        relative = request.path_params["path"]
        connection.file_path(relative)  # refused before the body is read when it could leave the folder
        received = await receive_file(request, state.spool, relative)
        try:
            connection.put(relative, received.path, received.sha256, received.size)
        finally:
            with contextlib.suppress(FileNotFoundError):
                received.path.unlink()
        return empty_response(200)

    async def sync_dir(request: Request) -> Response:
        connection = service.state.connections.find(request.path_params["connector"])
        held = decoded_body(request) or {}
        if not isinstance(held, dict):
            raise ServiceError(400, "The body must map relative paths to ETags")
        folder = request.path_params["path"].strip("/")
        recursive = flag(request.query_params.get("recursive"))
        listing = connection.listing(folder, recursive is not False, request.query_params.get("ext"))
        if not listing:
            return empty_response(204)
        root = connection.folder()
        boundary = new_boundary()
        # Every unchanged file is a header-only part: rendered straight to bytes, thousands per re-sync.
        pieces: list[bytes | Path] = []
        for relative, key, stored in listing:
            if held.get(relative) == stored.etag:
                pieces.append(sync_part_head(boundary, relative, status="not-modified") + b"\r\n")
            else:
                pieces += (sync_part_head(boundary, relative, etag=stored.etag), root / key, b"\r\n")
        prefix = f"{folder}/" if folder else ""
        files = connection.files
        for relative in sorted(held):
            if f"{prefix}{relative.strip('/')}" in files or not _nameable(relative):
                continue  # still there; or cannot be a file here, and could not be named safely in a part header
            pieces.append(sync_part_head(boundary, relative, status="deleted") + b"\r\n")
        return sync_response(pieces, boundary)

    return [
        (f"{API}/files/sync/{{connector}}/{{path:path}}", "POST", sync_dir),
        (f"{API}/files/{{connector}}/{{path:path}}", "GET", download_file),
        (f"{API}/files/{{connector}}/{{path:path}}", "POST", upload_file),
    ]
