"""The streaming multipart writer (Datagrok's directory sync answers with one part per file): what it writes is
read back intact by Python's ``email`` parser and by the emulator's own streaming multipart reader."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import hashlib
import os
from pathlib import Path

import httpx
import pytest
from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.multipart_reader import receive_multipart
from dataports_emulators.core.multipart_writer import OutgoingPart, file_part, multipart_response
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

#: Bytes that look like multipart framing, so a writer that does not frame by boundary would corrupt them.
TRICKY = b"--\r\n--boundary\r\n\r\nContent-Type: text/plain\r\n\r\n\x00\xff" * 100


async def _body_of(parts: list[OutgoingPart], subtype: str = "mixed") -> tuple[str, bytes]:
    async def endpoint(request: Request) -> Response:
        return multipart_response(parts, subtype=subtype, headers={"X-Sync": "1"})

    app = Starlette(routes=[Route("/sync", endpoint)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        response = await client.get("/sync")
    assert response.status_code == 200 and response.headers["x-sync"] == "1"
    return response.headers["content-type"], response.content


def _files(tmp_path: Path) -> dict[str, bytes]:
    contents = {"a.csv": b"x,y\n1,2\n", "dir/sub/b.bin": os.urandom(300_000) + TRICKY, "empty.txt": b""}
    for name, content in contents.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return contents


def test_mixed_parts_round_trip_through_the_email_parser(tmp_path: Path) -> None:
    contents = _files(tmp_path)
    parts = [
        file_part(tmp_path / name, name, headers={"X-File-E-Tag": hashlib.md5(data).hexdigest()})
        for name, data in contents.items()
    ]
    parts.append(OutgoingPart(headers={"Content-Type": "application/json"}, content=b'{"done": true}'))
    content_type, body = asyncio.run(_body_of(parts))
    assert content_type.startswith("multipart/mixed; boundary=")

    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    assert message.is_multipart()
    received = list(message.iter_parts())
    assert len(received) == len(contents) + 1
    for part, (name, data) in zip(received, contents.items(), strict=False):
        assert part.get_filename() == name
        assert part["X-File-E-Tag"] == hashlib.md5(data).hexdigest()
        assert part.get_payload(decode=True) == data
    assert received[-1].get_payload(decode=True) == b'{"done": true}'


def test_form_data_parts_round_trip_through_the_streaming_reader(tmp_path: Path) -> None:
    contents = _files(tmp_path)
    parts = [
        OutgoingPart(
            headers={"Content-Disposition": f'form-data; name="f{i}"; filename="{name}"'}, path=tmp_path / name
        )
        for i, name in enumerate(contents)
    ]
    parts.append(OutgoingPart(headers={"Content-Disposition": 'form-data; name="note"'}, content="héllo".encode()))
    content_type, body = asyncio.run(_body_of(parts, subtype="form-data"))
    spool = tmp_path / "spool"
    spool.mkdir()

    async def read_back() -> dict[str, bytes]:
        chunks = [body[i : i + 65536] for i in range(0, len(body), 65536)]

        async def receive() -> dict[str, object]:
            chunk = chunks.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(chunks)}

        scope = {"type": "http", "method": "POST", "headers": [(b"content-type", content_type.encode())]}
        parsed = await receive_multipart(Request(scope, receive), spool)
        assert parsed.fields == {"note": "héllo"}
        found = {}
        for received in parsed.files.values():
            data = received.path.read_bytes()
            assert received.sha256 == hashlib.sha256(data).hexdigest() and received.size == len(data)
            found[received.filename] = data
        parsed.discard()
        return found

    # The reader keeps the base name of a client-sent filename (it never trusts a client's path).
    assert asyncio.run(read_back()) == {Path(name).name: data for name, data in contents.items()}


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\rb"])
def test_part_headers_cannot_break_out_of_their_line(value: str) -> None:
    with pytest.raises(ValueError, match="line break"):
        OutgoingPart(headers={"X-File-E-Tag": value}, content=b"")


def test_a_part_has_either_content_or_a_path(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        OutgoingPart(headers={}, content=b"", path=tmp_path)
    with pytest.raises(ValueError):
        OutgoingPart(headers={})


def test_a_missing_file_is_a_404_before_the_response_starts(tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as refused:
        multipart_response([file_part(tmp_path / "gone.csv", "gone.csv")])
    assert refused.value.status == 404


def test_unsafe_file_names_are_quoted_safely(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"1")
    part = file_part(tmp_path / "f", 'dir/"quoted"\r\nX-Evil: 1.csv')
    disposition = part.headers["Content-Disposition"]
    assert "\r" not in disposition and "\n" not in disposition
    assert disposition.startswith('attachment; filename="dir/_quoted___X-Evil: 1.csv"')
