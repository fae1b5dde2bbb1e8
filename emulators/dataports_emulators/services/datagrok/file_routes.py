"""Handlers of files: raw downloads and uploads under a file connection, and directory sync answered as a streamed
multipart body (one part per file: ``not-modified``, the new content with its ETag, or ``deleted``)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.file_responses import stream_file
from dataports_emulators.core.multipart_writer import OutgoingPart, multipart_chunks, new_boundary
from dataports_emulators.core.raw_upload import receive_file
from dataports_emulators.core.responses import empty_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .state import DatagrokState
from .wire import flag

API = "/api/public/v1"
OCTET = "application/octet-stream"


def sync_part(relative: str, *, status: str | None = None, etag: str | None = None, **content: Any) -> OutgoingPart:
    """A part of a sync answer. ``Content-Disposition`` names the file last: the clients take everything after
    ``filename=`` as the name, so nothing may follow it."""
    headers = {"Content-Type": OCTET}
    if status is not None:
        headers["X-File-Status"] = status
    if etag is not None:
        headers["X-File-E-Tag"] = etag
    # Part headers go out as latin-1; this spelling puts the name's UTF-8 bytes on the wire, which clients decode.
    headers["Content-Disposition"] = f'attachment; filename="{relative}"'.encode().decode("latin-1")
    return OutgoingPart(headers=headers, **(content or {"content": b""}))


#: Small parts (a ``not-modified`` part is about 150 bytes) are sent together up to this size: one write per part
#: would make re-syncing thousands of unchanged files cost a socket write each.
COALESCE_BYTES = 256 * 1024


async def coalesced(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    pending: list[bytes] = []
    size = 0
    async for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= COALESCE_BYTES:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


def sync_response(parts: list[OutgoingPart]) -> Response:
    """The streamed multipart answer (the core writer's parts, coalesced); files already gone are a clean 404."""
    for part in parts:
        if part.path is not None and not part.path.is_file():
            raise ServiceError(404, f"The file of {part.path.name} is gone")
    boundary = new_boundary()
    return StreamingResponse(
        coalesced(multipart_chunks(parts, boundary)), media_type=f"multipart/mixed; boundary={boundary}"
    )


def _nameable(relative: str) -> bool:
    return bool(relative) and '"' not in relative and all(ord(ch) >= 0x20 and ord(ch) != 0x7F for ch in relative)


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
        parts = []
        for relative, key, stored in listing:
            if held.get(relative) == stored.etag:
                parts.append(sync_part(relative, status="not-modified"))
            else:
                parts.append(sync_part(relative, etag=stored.etag, path=root / key))
        prefix = f"{folder}/" if folder else ""
        for relative in sorted(held):
            if not _nameable(relative):
                continue  # cannot be a file here, and could not be named safely in a part header
            if f"{prefix}{relative.strip('/')}" not in connection.files:
                parts.append(sync_part(relative, status="deleted"))
        return sync_response(parts)

    return [
        (f"{API}/files/sync/{{connector}}/{{path:path}}", "POST", sync_dir),
        (f"{API}/files/{{connector}}/{{path:path}}", "GET", download_file),
        (f"{API}/files/{{connector}}/{{path:path}}", "POST", upload_file),
    ]
