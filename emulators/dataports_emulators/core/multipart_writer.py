"""Write multipart responses as a stream: one part per file or blob, each with its own headers
(``multipart/mixed`` by default), files read from disk in chunks so that many large files never sit in memory.

The wire format is RFC 2046's: ``--boundary``, the part's header lines, a blank line, the content, and after the last
part ``--boundary--``. Python's ``email`` parser, ``requests_toolbelt`` and ``python-multipart`` all read it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import AsyncIterator, Iterable, Mapping
from pathlib import Path

import attrs
from starlette.responses import StreamingResponse

from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.file_responses import content_disposition, file_chunks

_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def _check_headers(_instance: object, _attribute: object, headers: Mapping[str, str]) -> None:
    for name, value in headers.items():
        if not _HEADER_NAME.match(name):
            raise ValueError(f"invalid part header name {name!r}")
        # A line break would let a value start a header (or a part) of its own.
        if "\r" in value or "\n" in value:
            raise ValueError(f"part header {name} contains a line break")
        value.encode("latin-1")


@attrs.frozen
class OutgoingPart:
    """One part of a multipart response: its headers, and its content as bytes or as a file read when reached."""

    headers: Mapping[str, str] = attrs.field(validator=_check_headers)
    content: bytes | None = None
    path: Path | None = None

    def __attrs_post_init__(self) -> None:
        if (self.content is None) == (self.path is None):
            raise ValueError("a part has either content or a path")


def file_part(
    path: Path,
    filename: str,
    *,
    media_type: str = "application/octet-stream",
    headers: Mapping[str, str] | None = None,
) -> OutgoingPart:
    """A part for the file at ``path``, named ``filename`` (a relative path such as ``dir/a.csv`` is fine) in its
    ``Content-Disposition``; ``headers`` adds more (``X-File-E-Tag``, ...)."""
    base = {"Content-Type": media_type, "Content-Disposition": content_disposition(filename)}
    return OutgoingPart(headers={**base, **(headers or {})}, path=path)


def new_boundary() -> str:
    """A boundary random enough never to occur inside the content."""
    return f"dataports-{secrets.token_hex(16)}"


def _part_head(boundary: str, part: OutgoingPart) -> bytes:
    lines = [f"--{boundary}", *(f"{name}: {value}" for name, value in part.headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


async def multipart_chunks(parts: Iterable[OutgoingPart], boundary: str) -> AsyncIterator[bytes]:
    """The body of a multipart message made of ``parts``, chunk by chunk."""
    for part in parts:
        yield _part_head(boundary, part)
        if part.content is not None:
            yield part.content
        elif part.path is not None:
            async for chunk in file_chunks(part.path.open("rb")):
                yield chunk
        yield b"\r\n"
    yield f"--{boundary}--\r\n".encode("latin-1")


def multipart_response(
    parts: Iterable[OutgoingPart],
    *,
    subtype: str = "mixed",
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> StreamingResponse:
    """A streamed ``multipart/<subtype>`` response of ``parts``.

    Every file is checked before the response starts, so a file already gone is a clean 404; one removed while
    the response streams cuts it short (no closing boundary), which a client detects as an incomplete body.
    """
    chosen = list(parts)
    for part in chosen:
        if part.path is not None and not part.path.is_file():
            raise ServiceError(404, f"The file of {part.path.name} is gone")
    boundary = new_boundary()
    return StreamingResponse(
        multipart_chunks(chosen, boundary),
        status_code=status_code,
        headers=dict(headers or {}),
        media_type=f"multipart/{subtype}; boundary={boundary}",
    )
