"""Responses carrying files: streamed from disk in chunks, or small ones from memory, with a safe
``Content-Disposition``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO
from urllib.parse import quote

import anyio.to_thread
from starlette.responses import Response, StreamingResponse

from dataports_emulators.core.errors import ServiceError

#: Read from disk this much at a time: few thread hops, little memory.
CHUNK_BYTES = 1024 * 1024


def content_disposition(filename: str, disposition: str = "attachment") -> str:
    """``attachment; filename="..."; filename*=utf-8''...`` for a client-chosen name (a relative path is fine)."""
    # Names come from clients; control characters would break the header line, quotes its syntax.
    printable = "".join(ch if " " <= ch < "\x7f" and ch not in '"\\' else "_" for ch in filename)
    ascii_name = printable or "download"
    return f"{disposition}; filename=\"{ascii_name}\"; filename*=utf-8''{quote(filename)}"


async def file_chunks(handle: IO[bytes]) -> AsyncIterator[bytes]:
    """The rest of ``handle`` in chunks read on a worker thread; closes it at the end (or when abandoned)."""
    try:
        while True:
            chunk = await anyio.to_thread.run_sync(handle.read, CHUNK_BYTES)
            if not chunk:
                break
            yield chunk
    finally:
        handle.close()


def stream_file(path: Path, filename: str, media_type: str) -> Response:
    """Stream ``path`` in chunks. The file is opened now, so a delete during the download does not cut it short."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ServiceError(404, f"The file of {filename} is gone") from None
    size = os.fstat(handle.fileno()).st_size
    headers = {"Content-Length": str(size), "Content-Disposition": content_disposition(filename)}
    return StreamingResponse(file_chunks(handle), media_type=media_type, headers=headers)


def stream_bytes(content: bytes, filename: str, media_type: str) -> Response:
    """``content`` as a download named ``filename``."""
    return Response(content, media_type=media_type, headers={"Content-Disposition": content_disposition(filename)})
