"""A response body handed to a file-taking parser (``Caller.read_streamed``), against bodies that break off.

The emulator can drop a connection only before its answer starts, so a body cut off in the middle is produced here
with ``httpx.MockTransport``. Datagrok's ``download_table`` is the method that reads a body this way.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import IO

import dataports
import httpx
import pandas as pd
import pytest
from dataports._core.stream_parse import parse_streamed
from dataports.datagrok import AsyncDatagrokClient, DatagrokClient
from dataports.datagrok.errors import DatagrokConnectionError

URL = "http://datagrok.test/api"
KEY = "Bearer k-123456"
TABLE = b"id,label\n" + b"".join(f"{i},item-{i}\n".encode() for i in range(20_000))
EXPECTED = pd.DataFrame({"id": range(20_000), "label": [f"item-{i}" for i in range(20_000)]})


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``TABLE`` in 4 KiB chunks, cut off after ``cut`` chunks when ``cut`` is given; records how far it was read."""

    def __init__(self, cut: int | None = None) -> None:
        self.cut = cut
        self.sent = 0

    def chunks(self) -> Iterator[bytes]:
        self.sent = 0
        for start in range(0, len(TABLE), 4096):
            if self.cut is not None and self.sent == self.cut:
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
            self.sent += 1
            yield TABLE[start : start + 4096]

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk


def serving(bodies: list[Body]) -> Callable[[httpx.Request], httpx.Response]:
    """A handler answering each request with the next of ``bodies`` (the last one again once they run out)."""
    served: list[Body] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = bodies[min(len(served), len(bodies) - 1)]
        served.append(body)
        return httpx.Response(200, stream=body, headers={"Content-Type": "text/csv"})

    handler.served = served  # type: ignore[attr-defined]
    return handler


def client(handler: Callable[[httpx.Request], httpx.Response], retries: int) -> DatagrokClient:
    plain = DatagrokClient(KEY, URL, transport=httpx.MockTransport(handler))
    return plain.with_options(max_retries=retries, initial_delay=0.001, max_delay=0.001)


def test_a_body_cut_off_mid_way_is_fetched_again_and_parsed_whole() -> None:
    handler = serving([Body(cut=3), Body()])
    frame = client(handler, retries=2).download_table("Demo:T")
    pd.testing.assert_frame_equal(frame, EXPECTED)
    assert len(handler.served) == 2  # type: ignore[attr-defined]


def test_a_body_cut_off_every_time_is_the_services_connection_error_after_the_retries() -> None:
    handler = serving([Body(cut=3)])
    with pytest.raises(DatagrokConnectionError) as raised:
        client(handler, retries=2).download_table("Demo:T")
    assert isinstance(raised.value, dataports.APIConnectionError)
    assert "Datagrok" in str(raised.value) and "k-123456" not in str(raised.value)
    assert len(handler.served) == 3  # type: ignore[attr-defined]


def test_without_retries_a_cut_off_body_fails_at_once() -> None:
    handler = serving([Body(cut=1), Body()])
    with pytest.raises(DatagrokConnectionError):
        client(handler, retries=0).download_table("Demo:T")
    assert len(handler.served) == 1  # type: ignore[attr-defined]


def test_the_parser_reads_the_body_while_it_arrives() -> None:
    body = Body()
    seen: list[int] = []

    def parse(file: IO[bytes]) -> bytes:
        first = file.readline()
        seen.append(body.sent)  # chunks the server had handed over when the parser got its first line
        return first + file.read()

    with httpx.Client(transport=httpx.MockTransport(serving([body]))) as http:
        assert parse_streamed(http, "http://datagrok.test/t", parse) == TABLE
    total = -(-len(TABLE) // 4096)
    assert seen[0] < total, "the parser only started once the whole body was in"


def test_the_async_twin_spools_retries_and_parses_on_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataports.datagrok.async_client as async_client

    parsed_on: list[threading.Thread] = []
    original = async_client.read_frame

    def recording(file: IO[bytes]) -> pd.DataFrame:
        parsed_on.append(threading.current_thread())
        return original(file)

    monkeypatch.setattr(async_client, "read_frame", recording)

    async def main() -> None:
        handler = serving([Body(cut=2), Body()])
        plain = AsyncDatagrokClient(KEY, URL, async_transport=httpx.MockTransport(handler))
        async with plain.with_options(max_retries=1, initial_delay=0.001, max_delay=0.001) as retried:
            frame = await retried.download_table("Demo:T")
        pd.testing.assert_frame_equal(frame, EXPECTED)
        assert len(handler.served) == 2  # type: ignore[attr-defined]

        failing = serving([Body(cut=2)])
        plain = AsyncDatagrokClient(KEY, URL, async_transport=httpx.MockTransport(failing))
        async with plain.with_options(max_retries=1, initial_delay=0.001, max_delay=0.001) as retried:
            with pytest.raises(DatagrokConnectionError):
                await retried.download_table("Demo:T")
        assert len(failing.served) == 2  # type: ignore[attr-defined]

    asyncio.run(main())
    assert len(parsed_on) == 1 and parsed_on[0] is not threading.main_thread()
