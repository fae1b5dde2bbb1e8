"""The SDK against servers that misbehave: drops mid-body, silence, concurrency, and credentials with stray
whitespace. Each case says what was lost (nothing) and what leaked (nothing).

Hostile servers are ``httpx.MockTransport`` handlers or a real loopback socket that never answers: the emulator
cannot be made to hang or to lie about byte ranges.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from dataports import APIConnectionError, APITimeoutError
from dataports.gretel import get_cloud_client
from dataports.rapidpro import TembaClient, TembaConnectionError
from dataports.voxel51 import API, Token
from dataports_api.rapidpro.api.org import get_org
from dataports_emulators.testing import RunningEmulator

BODY = bytes(range(256)) * 4096  # 1 MiB with every byte value


class DroppingFileServer:
    """Serves ``BODY``; the first ``drops`` answers stop half-way. Honours ``Range`` when ``ranges`` is set."""

    def __init__(self, drops: int, ranges: bool) -> None:
        self.drops = drops
        self.ranges = ranges
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        start = 0
        headers = {"ETag": '"v1"', "Content-Type": "application/octet-stream"}
        if self.ranges:
            headers["Accept-Ranges"] = "bytes"
            asked = request.headers.get("Range")
            if asked and request.headers.get("If-Range") == '"v1"':
                start = int(asked.removeprefix("bytes=").rstrip("-"))
        body = BODY[start:]
        status = 206 if start else 200
        if len(self.requests) <= self.drops:
            return httpx.Response(status, headers=headers, stream=_HalfThenDrop(body))
        return httpx.Response(status, headers=headers, content=body)


class _HalfThenDrop(httpx.SyncByteStream):
    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self.body[: len(self.body) // 2]
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


@pytest.mark.parametrize("ranges", [True, False], ids=["resumes-with-range", "restarts-without"])
def test_streamed_download_survives_mid_body_drops(ranges: bool, tmp_path: Path) -> None:
    server = DroppingFileServer(drops=2, ranges=ranges)
    client = TembaClient("rapidpro.example", "tok", transport=httpx.MockTransport(server), max_retries=2)
    target = client.caller.download(get_org.build_request(), tmp_path / "org.bin")
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(BODY).digest()  # nothing lost or doubled
    assert len(server.requests) == 3
    if ranges:
        assert [r.headers.get("Range") for r in server.requests] == [None, "bytes=524288-", "bytes=786432-"]
    else:
        assert all("Range" not in r.headers for r in server.requests)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org.bin"]  # no temporary left behind


def test_streamed_download_gives_up_with_the_services_error_and_leaves_nothing(tmp_path: Path) -> None:
    server = DroppingFileServer(drops=10, ranges=True)
    client = TembaClient("rapidpro.example", "tok-secret", transport=httpx.MockTransport(server), max_retries=1)
    with pytest.raises(TembaConnectionError) as caught:
        client.caller.download(get_org.build_request(), tmp_path / "org.bin")
    assert len(server.requests) == 2
    assert list(tmp_path.iterdir()) == []
    assert "tok-secret" not in str(caught.value) + caught.value.describe()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def test_a_server_that_never_answers_is_bounded_by_timeout_and_retries(silent_server: str) -> None:
    # Worst case for a read: (1 + max_retries) x the read timeout, plus the backoff between tries (0.5 s, 1 s, ...
    # capped at 8 s). With the defaults (60 s, 2 retries) that is at most 3 x 60 + 1.5 = 181.5 s; here 2 x 0.5 + 0.5.
    client = TembaClient(silent_server, "tok", timeout=0.5, max_retries=1)
    started = time.monotonic()
    with pytest.raises(TembaConnectionError) as caught:
        client.get_org()
    elapsed = time.monotonic() - started
    assert isinstance(caught.value, APITimeoutError) and isinstance(caught.value, APIConnectionError)
    assert 1.0 <= elapsed < 3.0


def test_twenty_threads_share_one_client(rapidpro: RunningEmulator) -> None:
    with TembaClient(rapidpro.service_url("rapidpro"), rapidpro.token) as client:
        group = client.create_group("Threads")

        def work(n: int) -> str:
            contact = client.create_contact(name=f"T{n}", urns=[f"tel:+2507880{n:05d}"], groups=[group])
            return contact.uuid

        with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
            made = set(pool.map(work, range(200)))
        listed = {c.uuid for c in client.get_contacts(group=group).all()}
    assert len(made) == 200
    assert listed == made  # nothing lost, nothing duplicated


@pytest.mark.parametrize("suffix", ["\n", " ", "\r\n", "\t "])
def test_tokens_with_stray_whitespace_work_and_never_leak(
    suffix: str, dataports_emulator: RunningEmulator, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    token = dataports_emulator.token + suffix
    with caplog.at_level(logging.DEBUG):
        temba = TembaClient(dataports_emulator.service_url("rapidpro"), token)
        assert temba.get_org().name
        gretel = get_cloud_client(dataports_emulator.service_url("gretel"), api_key=token)
        assert isinstance(gretel.search_projects(), list)
        voxel = API(Token.from_private_key(token), base_url=dataports_emulator.service_url("voxel51"))
        assert isinstance(voxel.list_data(), list)
    shown = caplog.text + repr(temba) + repr(gretel) + repr(voxel)
    assert dataports_emulator.token not in shown


def test_client_reprs_hide_credentials_in_the_url() -> None:
    url = "https://admin:hunter2-pw@api.example.test"
    clients = [
        TembaClient(url, "tok"),
        get_cloud_client(url, api_key="key"),
        API(Token.from_private_key("key", base_api_url=url)),
    ]
    for client in clients:
        assert "hunter2-pw" not in repr(client), repr(client)
    assert "hunter2-pw" not in repr(Token.from_private_key("key", base_api_url=url))
