"""Datagrok client against hostile or broken servers (``httpx.MockTransport``): errors flagged by ``api-error``
with a 2xx, unreadable bodies, sync answers naming paths outside the folder, deletions of files never synced, and
answers that break off mid-stream followed by a resumed sync."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dataports
import httpx
import pytest
from dataports.datagrok import DatagrokApiError, DatagrokClient, SyncSummary

FIXTURES = Path(__file__).resolve().parents[1] / "contract" / "fixtures_datagrok"
KEY = "Bearer k-123456"


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> DatagrokClient:
    return DatagrokClient(KEY, "http://datagrok.test/api", transport=httpx.MockTransport(handler), max_retries=0)


def part(name: str, content: bytes = b"", *, status: str | None = None, etag: str | None = None) -> bytes:
    lines = ["--B", "Content-Type: application/octet-stream"]
    if status:
        lines.append(f"X-File-Status: {status}")
    if etag:
        lines.append(f"X-File-E-Tag: {etag}")
    lines.append(f'Content-Disposition: attachment; filename="{name}"')
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + content + b"\r\n"


def multipart(*parts: bytes, close: bool = True) -> httpx.Response:
    body = b"".join(parts) + (b"--B--\r\n" if close else b"")
    return httpx.Response(200, content=body, headers={"Content-Type": "multipart/mixed; boundary=B"})


def test_an_error_flagged_with_a_2xx_raises_on_its_code() -> None:
    error = (FIXTURES / "api_error.json").read_bytes()
    flagged = client_for(lambda r: httpx.Response(200, content=error, headers={"api-error": "true"}))
    with pytest.raises(dataports.NotFoundError) as raised:
        flagged.call_function("NoSuch:Function", {})
    assert isinstance(raised.value, DatagrokApiError) and raised.value.error_code == 404
    assert raised.value.status_code == 200 and "NoSuch.Function" in str(raised.value)
    bare = client_for(lambda r: httpx.Response(204, headers={"api-error": ""}))
    with pytest.raises(DatagrokApiError, match="Something went wrong"):
        bare.approve_membership_request("r1")
    text = client_for(lambda r: httpx.Response(200, text="ApiError: boom", headers={"api-error": "1"}))
    with pytest.raises(DatagrokApiError, match="boom"):
        text.list_groups()


def test_failing_statuses_carry_the_api_error_and_never_the_key() -> None:
    error = {"#type": "ApiError", "message": "no access", "errorCode": 403}
    denied = client_for(lambda r: httpx.Response(403, json=error))
    with pytest.raises(dataports.PermissionDeniedError) as raised:
        denied.get_group("g")
    assert raised.value.api_message == "no access"  # type: ignore[attr-defined]
    assert "k-123456" not in str(raised.value) and "k-123456" not in repr(vars(raised.value))
    failing = client_for(lambda r: httpx.Response(500, text="<html>proxy</html>"))
    with pytest.raises(dataports.ServerError):
        failing.call_function("Demo:Add", {"a": 1, "b": 2})


def test_unreadable_answers_are_service_errors() -> None:
    for body in (b"not json", b'{"not": "a list"}', b"[1, 2]"):
        broken = client_for(lambda r, body=body: httpx.Response(200, content=body))
        with pytest.raises(DatagrokApiError) as raised:
            broken.list_groups()
        assert isinstance(raised.value, dataports.UnexpectedResponseError)
    odd = client_for(lambda r: httpx.Response(200, json={"status": "sleeping"}))
    with pytest.raises(dataports.UnexpectedResponseError, match="sleeping"):
        odd.users.current()  # a status the model does not know


def test_the_key_goes_verbatim_and_paths_keep_their_slashes() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"x")

    client_for(handler).download_file("System:AppData", "a b/c.bin")
    assert seen[0].headers["Authorization"] == KEY
    assert seen[0].url.raw_path == b"/api/public/v1/files/System.AppData/a%20b/c.bin"


def test_the_fixture_answer_is_applied(tmp_path: Path) -> None:
    mirror = tmp_path / "m"
    mirror.mkdir()
    meta = json.loads((FIXTURES / "sync_meta.json").read_text())
    (mirror / ".sync_meta.json").write_text(json.dumps(meta))
    for name in meta:
        (mirror / name).parent.mkdir(parents=True, exist_ok=True)
        (mirror / name).write_text("old")
    body = (FIXTURES / "sync_response.multipart").read_bytes()
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        assert request.url.params["recursive"] == "true"
        return httpx.Response(200, content=body, headers={"Content-Type": "multipart/mixed; boundary=dg-sync-7f3c2a"})

    summary = client_for(handler).sync_dir("System:AppData", "/", str(mirror), progress=True)
    assert sent == [meta]
    assert (summary.written, summary.unchanged, summary.deleted) == (
        ["sub/b.csv", "new/c.txt"],
        ["a.csv"],
        ["old/removed.txt"],
    )
    assert (mirror / "sub/b.csv").read_text() == "x,y\n1,2\n3,4\n" and (mirror / "a.csv").read_text() == "old"
    assert not (mirror / "old/removed.txt").exists()
    assert json.loads((mirror / ".sync_meta.json").read_text()) == {
        "a.csv": "3f9a1a2b",
        "sub/b.csv": "77ab0003",
        "new/c.txt": "52d00001",
    }
    assert str(summary) == "sync: 2 written, 1 unchanged, 1 deleted, 0 skipped"


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "a/../../evil.txt",
        "/etc/evil.txt",
        "C:\\evil.txt",
        "a\\..\\evil.txt",
        ".sync_meta.json",
        "link/evil.txt",
        "link/deeper/evil.txt",
        "real/link/evil.txt",
        "file-link",
        "a//b.txt",
    ],
)
def test_names_leading_out_of_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    mirror = tmp_path / "inside" / "m"
    mirror.mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (mirror / "link").symlink_to(tmp_path / "outside")
    (mirror / "real").mkdir()
    (mirror / "real" / "link").symlink_to(tmp_path / "outside")
    (tmp_path / "outside" / "target.txt").write_text("theirs")
    (mirror / "file-link").symlink_to(tmp_path / "outside" / "target.txt")
    answer = multipart(part(name, b"pwned", etag="e1"), part("fine.txt", b"ok", etag="e2"))
    summary = client_for(lambda r: answer).sync_dir("C", "", str(mirror))
    assert summary.written == ["fine.txt"] and len(summary.skipped) == 1 and summary.reasons
    assert not any(b"pwned" in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert json.loads((mirror / ".sync_meta.json").read_text()) == {"fine.txt": "e2"}


def test_a_symlink_that_stays_inside_the_folder_is_followed(tmp_path: Path) -> None:
    mirror = tmp_path / "m"
    (mirror / "real").mkdir(parents=True)
    (mirror / "alias").symlink_to(mirror / "real")
    answer = multipart(part("alias/x.txt", b"x", etag="1"), part("alias/new/y.txt", b"y", etag="2"))
    summary = client_for(lambda r: answer).sync_dir("C", "", str(mirror))
    assert summary.written == ["alias/x.txt", "alias/new/y.txt"] and summary.skipped == []
    assert (mirror / "real" / "x.txt").read_bytes() == b"x" and (mirror / "real" / "new" / "y.txt").read_bytes() == b"y"


def test_a_deletion_of_a_file_never_synced_is_left_alone(tmp_path: Path) -> None:
    mirror = tmp_path / "m"
    mirror.mkdir()
    (mirror / "mine.txt").write_text("keep")
    answer = multipart(part("mine.txt", status="deleted"), part("x.txt", b"x", etag="1"))
    summary = client_for(lambda r: answer).sync_dir("C", "dir", str(mirror))
    assert summary.deleted == [] and summary.skipped == ["mine.txt"] and (mirror / "mine.txt").read_text() == "keep"


def test_a_non_multipart_answer_and_a_broken_one(tmp_path: Path) -> None:
    plain = client_for(lambda r: httpx.Response(200, json={"files": []}))
    with pytest.raises(dataports.UnexpectedResponseError, match="multipart"):
        plain.sync_dir("C", "", str(tmp_path / "a"))
    garbage = client_for(
        lambda r: httpx.Response(200, content=b"\x00" * 100, headers={"Content-Type": "multipart/mixed; boundary=B"})
    )
    with pytest.raises(DatagrokApiError):
        garbage.sync_dir("C", "", str(tmp_path / "b"))


class Remote:
    """A server holding files with content ETags, answering syncs as Datagrok does; it can break off mid-answer."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.break_after: int | None = None
        self.requests: list[dict[str, str]] = []

    def etag(self, name: str) -> str:
        return hashlib.sha256(self.files[name]).hexdigest()[:12]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        held = json.loads(request.content)
        self.requests.append(held)
        parts = [
            part(name, status="not-modified")
            if held.get(name) == self.etag(name)
            else part(name, self.files[name], etag=self.etag(name))
            for name in sorted(self.files)
        ]
        parts += [part(name, status="deleted") for name in sorted(held) if name not in self.files]
        limit = self.break_after

        def stream() -> Iterator[bytes]:
            for index, chunk in enumerate(parts):
                if limit is not None and index == limit:
                    yield chunk[: len(chunk) // 2]  # half a file, then the connection is gone
                    raise httpx.ReadError("connection reset")
                yield chunk
            yield b"--B--\r\n"

        return httpx.Response(200, content=stream(), headers={"Content-Type": "multipart/mixed; boundary=B"})


def test_an_interrupted_sync_resumes_with_only_what_is_missing(tmp_path: Path) -> None:
    remote = Remote({f"f{i}.bin": bytes([i]) * 5000 for i in range(6)})
    remote.break_after = 3
    mirror = tmp_path / "m"
    client = client_for(remote)
    with pytest.raises(dataports.APIConnectionError):
        client.sync_dir("C", "", str(mirror))
    done = {p.name for p in mirror.iterdir() if not p.name.startswith(".")}
    assert done == {"f0.bin", "f1.bin", "f2.bin"}  # complete files only: the fourth was never renamed into place
    assert not [p for p in mirror.iterdir() if p.name.endswith(".part")]
    assert set(json.loads((mirror / ".sync_meta.json").read_text())) == done
    remote.break_after = None
    resumed = client.sync_dir("C", "", str(mirror))
    assert set(remote.requests[-1]) == done
    assert sorted(resumed.written) == ["f3.bin", "f4.bin", "f5.bin"] and len(resumed.unchanged) == 3
    assert all((mirror / n).read_bytes() == remote.files[n] for n in remote.files)


def test_a_truncated_answer_keeps_what_was_complete(tmp_path: Path) -> None:
    answer = multipart(part("a.txt", b"a", etag="1"), part("b.txt", b"b", etag="2"), close=False)
    with pytest.raises(dataports.UnexpectedResponseError, match="closing boundary"):
        client_for(lambda r: answer).sync_dir("C", "", str(tmp_path))
    # b.txt may be incomplete (its end is only known from the next boundary): it is not written.
    assert json.loads((tmp_path / ".sync_meta.json").read_text()) == {"a.txt": "1"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".sync_meta.json", "a.txt"]


def test_summary_is_a_value() -> None:
    summary = SyncSummary(written=["a"])
    summary.skip("b", "why")
    assert summary.reasons == {"b": "why"} and "1 skipped" in str(summary)
