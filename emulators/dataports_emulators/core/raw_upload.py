"""Receive a request body of any type as a file: streamed to disk and hashed on the way, never held in memory
(for APIs that take a file as the raw body of a PUT or POST rather than as a multipart part)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

import anyio.to_thread
from starlette.requests import ClientDisconnect, Request

from dataports_emulators.core.errors import bad_request
from dataports_emulators.core.filestore import spool_failure
from dataports_emulators.core.multipart_reader import FLUSH_BYTES, ReceivedFile


async def receive_file(request: Request, spool_dir: Path, filename: str) -> ReceivedFile:
    """``request``'s body as a new file in ``spool_dir`` (the caller moves it into storage or deletes it).

    A client that goes away mid-body gets a 400 and leaves no file behind; see ``spool_failure`` for disk errors.
    """
    descriptor, raw_path = tempfile.mkstemp(dir=spool_dir, prefix="upload-")
    path = Path(raw_path)
    content_type = request.headers.get("content-type", "application/octet-stream").split(";")[0].strip()
    received = ReceivedFile(path=path, filename=filename, content_type=content_type or "application/octet-stream")
    hasher = hashlib.sha256()
    pending: list[bytes] = []
    pending_size = 0

    handle = os.fdopen(descriptor, "wb")

    def write(chunks: list[bytes]) -> None:
        for chunk in chunks:
            handle.write(chunk)
            hasher.update(chunk)

    try:
        with handle:
            async for chunk in request.stream():
                pending.append(chunk)
                pending_size += len(chunk)
                received.size += len(chunk)
                if pending_size >= FLUSH_BYTES:
                    await anyio.to_thread.run_sync(write, pending)
                    pending, pending_size = [], 0
            await anyio.to_thread.run_sync(write, pending)
    except ClientDisconnect:
        path.unlink(missing_ok=True)
        raise bad_request("The upload was interrupted before the body was complete") from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise spool_failure(exc) from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    received.sha256 = hasher.hexdigest()
    return received
