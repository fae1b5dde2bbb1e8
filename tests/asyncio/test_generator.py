"""``generator/asyncify.py`` on a service package it has never seen (written here, in a temporary tree): the twin it
generates works against a mock server and type-checks strictly; ``--check`` catches a stale module; unsupported
code fails loudly; the committed async modules are what the sync sources produce."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dataports.toolkit import STRICT_OPERATIONS_ENV

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator" / "asyncify.py"
SERVICES = (
    "dataports.rapidpro",
    "dataports.gretel",
    "dataports.voxel51",
    "dataports.datagrok",
    "dataports.clicdata",
)

BASE = '''
from __future__ import annotations

from typing import Any

import httpx

from dataports._core.errors import DataportsError
from dataports._core.http_errors import ErrorMapper
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig


class FakeError(DataportsError):
    """Every failure of the fake service."""


class FakeErrors(ErrorMapper):
    service_label = "Fake"

    def from_status(self, response: httpx.Response, details: dict[str, Any]) -> DataportsError:
        return FakeError(f"HTTP {response.status_code}", **details)

    def connection_error(self, message: str, details: dict[str, Any]) -> DataportsError:
        return FakeError(message, **details)

    def unexpected(self, message: str, details: dict[str, Any]) -> DataportsError:
        return FakeError(message, **details)


class FakeBase(ServiceClient[Any]):
    service = ServiceConfig(name="fake", public_url="https://fake.test", errors=FakeErrors(), retry=RetryPolicy())
    api_client_class = dict

    def __init__(self, url: str, *, async_transport: httpx.AsyncBaseTransport | None = None) -> None:
        super().__init__(base_url=url, auth=None, async_transport=async_transport)

    def _get(self, path: str) -> Any:
        return self.caller.json({"method": "GET", "url": path})
'''

ITEMS = '''
from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from typing import Any

from dataports._core.bulk import BatchOutcome, BulkSummary, send_in_batches
from dataports._core.pagination import Paginator, RawPage

from .base import FakeBase


def item_path(item_id: str) -> str:
    """A pure helper: the twin imports it."""
    if not item_id:
        raise ValueError("item_id is required")
    return f"/items/{item_id}"


class Listing:
    """Items one request at a time (an iterator: its twin is an async iterator)."""

    def __init__(self, client: FakeBase) -> None:
        self._client = client
        self._next = 0

    def __iter__(self) -> Listing:
        return self

    def __next__(self) -> dict[str, Any]:
        item = self._client._get(f"/items/{self._next}")
        if item is None:
            raise StopIteration
        self._next += 1
        return dict(item)


class ItemMethods(FakeBase):
    def get_item(self, item_id: str) -> dict[str, Any]:
        return dict(self._get(item_path(item_id)))

    def list_items(self) -> Listing:
        return Listing(self)

    @property
    def count(self) -> int:
        return int(self._get("/count")["count"])

    def wait_ready(self, pause: float = 0.01) -> int:
        polls = 1
        while not self._get("/ready")["ready"]:
            time.sleep(pause)
            polls += 1
        return polls

    def iter_pages(self) -> Iterator[dict[str, Any]]:
        caller = self.caller

        def fetch(token: Any) -> RawPage:
            page = caller.json({"method": "GET", "url": f"/pages/{token or 0}"})
            return RawPage(page["items"], page["next"])

        for page in Paginator(fetch, dict).iter_pages():
            yield from page

    def names(self) -> list[str]:
        return [item["name"] for item in self.iter_pages()]

    def first_named(self, name: str) -> dict[str, Any] | None:
        return next((item for item in self.iter_pages() if item["name"] == name), None)

    def send_all(self, records: Iterable[dict[str, Any]]) -> BulkSummary[dict[str, Any]]:
        def send_batch(batch: list[dict[str, Any]], key: str) -> BatchOutcome:
            answer = self.caller.json({"method": "POST", "url": "/bulk", "json": batch, "headers": {"k": key}})
            return BatchOutcome(sent=list(enumerate(answer["ids"])), rejected=[])

        return send_in_batches(records, send_batch, batch_size=2, concurrency=2)


@contextlib.contextmanager
def reserved(client: ItemMethods, item_id: str) -> Iterator[dict[str, Any]]:
    item = client.get_item(item_id)
    try:
        yield item
    finally:
        client.caller.send({"method": "DELETE", "url": item_path(item_id)})
'''

CLIENT = '''
from __future__ import annotations

from .items import ItemMethods


class FakeClient(ItemMethods):
    """The fake service's client."""

    def describe(self) -> str:
        return f"FakeClient({self.base_url})"


def make_client(url: str) -> FakeClient:
    return FakeClient(url)


def double(value: int) -> int:
    return value * 2
'''

INIT = """
from .client import FakeClient, double, make_client
from .items import Listing, reserved

__all__ = ["FakeClient", "Listing", "double", "make_client", "reserved"]
"""


@pytest.fixture(autouse=True)
def hand_built_requests_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake service has no spec-generated layer: its requests are built by hand.
    monkeypatch.delenv(STRICT_OPERATIONS_ENV, raising=False)


def write_package(root: Path, name: str, **modules: str) -> Path:
    package = root / name
    package.mkdir(parents=True, exist_ok=True)
    for module, text in modules.items():
        (package / f"{module}.py").write_text(textwrap.dedent(text).lstrip())
    return package


def asyncify(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATOR), *arguments], capture_output=True, text=True, cwd=ROOT, check=False
    )


@pytest.fixture(scope="module")
def fake(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The synthetic ``fakesvc`` package and its generated twin, importable for this module's tests."""
    root = tmp_path_factory.mktemp("source")
    write_package(root, "fakesvc", __init__=INIT, base=BASE, items=ITEMS, client=CLIENT)
    result = asyncify("--source", str(root), "--package", "fakesvc")
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(root))
    try:
        yield root
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m == "fakesvc" or m.startswith("fakesvc.")]:
            del sys.modules[module]


class FakeServer:
    """Answers the fake service's paths; counts the requests."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.ready_after = 3

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(f"{request.method} {path}")
        if path == "/count":
            return httpx.Response(200, json={"count": 3})
        if path == "/ready":
            self.ready_after -= 1
            return httpx.Response(200, json={"ready": self.ready_after <= 0})
        if path.startswith("/pages/"):
            page = int(path.rpartition("/")[2])
            items = [{"name": f"item-{page}-{i}"} for i in range(2)]
            return httpx.Response(200, json={"items": items, "next": page + 1 if page < 2 else None})
        if path == "/bulk":
            batch = json.loads(request.content)
            return httpx.Response(200, json={"ids": [f"{len(self.requests)}-{i}" for i in range(len(batch))]})
        if path.startswith("/items/"):
            number = path.rpartition("/")[2]
            if request.method == "DELETE":
                return httpx.Response(204)
            if number.isdigit() and int(number) >= 2:
                return httpx.Response(200, content=b"null")
            if number == "missing":
                return httpx.Response(404, json={"detail": "no such item"})
            return httpx.Response(200, json={"id": number, "name": f"item {number}"})
        return httpx.Response(500)


async def test_the_generated_twin_works_end_to_end(fake: Path) -> None:
    twin = importlib.import_module("fakesvc.async_client")
    items = importlib.import_module("fakesvc.items")
    server = FakeServer()
    async with twin.AsyncFakeClient("https://fake.test", async_transport=httpx.MockTransport(server)) as client:
        assert await client.get_item("1") == {"id": "1", "name": "item 1"}
        with pytest.raises(importlib.import_module("fakesvc.base").FakeError, match="404"):
            await client.get_item("missing")
        assert await client.count == 3
        assert [item["id"] async for item in client.list_items()] == ["0", "1"]
        assert await client.names() == [f"item-{p}-{i}" for p in range(3) for i in range(2)]
        assert await client.first_named("item-1-1") == {"name": "item-1-1"}
        assert await client.wait_ready(pause=0.001) == 3
        summary = await client.send_all({"n": n} for n in range(5))
        assert summary.total == 5 and len(summary.sent) == 5 and summary.success
        async with twin.async_reserved(client, "0") as reserved_item:
            assert reserved_item["id"] == "0"
        assert server.requests[-1] == "DELETE /items/0"
        assert client.describe() == "FakeClient(https://fake.test)"  # a pure method, repeated on the twin
    with pytest.raises(ValueError, match="item_id is required"):  # the sync helper's check, raised by the twin
        await twin.AsyncFakeClient("https://fake.test").get_item("")
    assert isinstance(twin.async_make_client("https://fake.test"), twin.AsyncFakeClient)
    assert twin.item_path is items.item_path  # pure helpers are imported, not copied
    assert not hasattr(twin, "double")  # nor anything the twins do not use


def test_twins_share_pure_code_and_keep_the_sync_surface(fake: Path) -> None:
    twin = importlib.import_module("fakesvc.async_client")
    items = importlib.import_module("fakesvc.items")
    client_module = importlib.import_module("fakesvc.client")
    assert issubclass(twin.AsyncItemMethods, items.ItemMethods)  # a private mixin's twin inherits its pure parts
    assert not issubclass(twin.AsyncFakeClient, client_module.FakeClient)  # an exported class's twin does not
    assert not issubclass(twin.AsyncListing, items.Listing) and hasattr(twin.AsyncListing, "__anext__")
    for name in ("get_item", "wait_ready", "names", "first_named", "send_all"):
        assert inspect.iscoroutinefunction(getattr(twin.AsyncFakeClient, name)), name
    assert inspect.isasyncgenfunction(twin.AsyncFakeClient.iter_pages)
    assert not inspect.iscoroutinefunction(twin.AsyncFakeClient.list_items)  # lazy: returns the async iterator
    assert inspect.signature(twin.AsyncFakeClient.get_item) == inspect.signature(items.ItemMethods.get_item)
    assert sorted(twin.__all__) == ["AsyncFakeClient", "AsyncListing", "async_make_client", "async_reserved"]


def test_the_generated_twin_type_checks_strictly(fake: Path) -> None:
    environment = {
        **os.environ,
        "MYPYPATH": os.pathsep.join([str(fake), str(ROOT / "overlay"), str(ROOT / "generated")]),
    }
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), "-p", "fakesvc"],
        capture_output=True,
        text=True,
        cwd=fake,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_mode_catches_a_stale_module_and_generation_is_deterministic(tmp_path: Path) -> None:
    write_package(tmp_path, "fakesvc", __init__=INIT, base=BASE, items=ITEMS, client=CLIENT)
    assert asyncify("--source", str(tmp_path), "--package", "fakesvc").returncode == 0
    generated = (tmp_path / "fakesvc" / "async_client.py").read_text()
    assert asyncify("--source", str(tmp_path), "--package", "fakesvc", "--check").returncode == 0

    ping = "    def ping(self) -> bool:\n        return bool(self._get('/ping'))\n\n    def describe(self)"
    extended = textwrap.dedent(CLIENT).lstrip().replace("    def describe(self)", ping)
    (tmp_path / "fakesvc" / "client.py").write_text(extended)
    stale = asyncify("--source", str(tmp_path), "--package", "fakesvc", "--check")
    assert stale.returncode == 1 and "stale" in stale.stderr and "+    async def ping(self) -> bool:" in stale.stdout
    assert (tmp_path / "fakesvc" / "async_client.py").read_text() == generated  # --check writes nothing

    assert asyncify("--source", str(tmp_path), "--package", "fakesvc").returncode == 0
    again = (tmp_path / "fakesvc" / "async_client.py").read_text()
    assert asyncify("--source", str(tmp_path), "--package", "fakesvc").returncode == 0
    assert (tmp_path / "fakesvc" / "async_client.py").read_text() == again != generated


ODD = """

class Odd(FakeBase):
    def stream(self) -> Any:
        while True:
            yield self._get("/x")

    def odd(self, paths: list[str]) -> object:
        import concurrent.futures
        import itertools

        {code}
"""


@pytest.mark.parametrize(
    ("code", "complaint"),
    [
        ("return list(map(lambda p: self._get(p), paths))", "inside a lambda"),
        ("return list(itertools.islice(self.stream(), 3))", "handed to `itertools.islice`, which reads it"),
        ("return concurrent.futures.ThreadPoolExecutor().submit(self._get, '/x')", "which becomes async, to call"),
    ],
)
def test_what_cannot_become_async_fails_loudly(tmp_path: Path, code: str, complaint: str) -> None:
    write_package(tmp_path, "oddsvc", __init__="", base=BASE + ODD.format(code=code))
    result = asyncify("--source", str(tmp_path), "--package", "oddsvc")
    assert result.returncode == 2 and "oddsvc.base.Odd.odd" in result.stderr and complaint in result.stderr
    assert not (tmp_path / "oddsvc" / "async_client.py").exists()


def test_the_committed_async_modules_are_current() -> None:
    """The drift gate CI runs (``python generator/asyncify.py --check``), for the services generated so far."""
    result = asyncify("--check", *[argument for service in SERVICES for argument in ("--package", service)])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


def test_every_generated_module_imports_without_running_a_loop() -> None:
    for service in SERVICES:
        module = importlib.import_module(f"{service}.async_client")
        assert module.__all__ and all(hasattr(module, name) for name in module.__all__)
    with pytest.raises(RuntimeError):
        asyncio.get_running_loop()


def test_twin_of_a_protocol_changing_iterator_reads_like_the_sync_one(fake: Path) -> None:
    twin = importlib.import_module("fakesvc.async_client")
    server = FakeServer()

    async def drain() -> list[Any]:
        async with twin.AsyncFakeClient("https://fake.test", async_transport=httpx.MockTransport(server)) as client:
            listing = client.list_items()
            assert listing.__aiter__() is listing
            return [await anext(listing), await anext(listing), await anext(listing, "done")]

    assert asyncio.run(drain()) == [{"id": "0", "name": "item 0"}, {"id": "1", "name": "item 1"}, "done"]


UPLOADS = """

class Uploader(FakeBase):
    def upload(self, parts: list[bytes]) -> Any:
        request: dict[str, Any] = {"method": "POST", "url": "/bulk"}
        request["content"] = _pieces(parts)
        return self.caller.json(request)

    def upload_file(self, handle: Any) -> Any:
        request: dict[str, Any] = {"method": "POST", "url": "/bulk"}
        request["content"] = iter(lambda: handle.read(3), b"")
        return self.caller.json(request)

    def upload_bytes(self, body: bytes) -> Any:
        request: dict[str, Any] = {"method": "POST", "url": "/bulk"}
        request["content"] = body
        return self.caller.json(request)


def _pieces(parts: list[bytes]) -> Any:
    for part in parts:
        yield part
"""


def test_a_sync_iterable_request_body_streams_on_the_async_client(tmp_path: Path) -> None:
    """``request["content"] = <a generator of the package, or iter(...)>``: httpx's async client refuses a sync
    stream, so the twin hands it over through the generated module's ``_async_body`` (bytes are left alone)."""
    import io

    write_package(tmp_path, "uploadsvc", __init__="", base=BASE + UPLOADS)
    result = asyncify("--source", str(tmp_path), "--package", "uploadsvc")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "uploadsvc" / "async_client.py").read_text()
    assert 'request["content"] = _async_body(_pieces(parts))' in text
    assert 'request["content"] = _async_body(iter(lambda: handle.read(3), b""))' in text
    assert 'request["content"] = body' in text and "async def _async_body(" in text
    sys.path.insert(0, str(tmp_path))
    try:
        twin = importlib.import_module("uploadsvc.async_client")
        server = FakeServer()

        async def run() -> list[Any]:
            transport = httpx.MockTransport(server)
            async with twin.AsyncUploader("https://fake.test", async_transport=transport) as client:
                return [
                    await client.upload([b"[1,", b"2,", b"3]"]),
                    await client.upload_file(io.BytesIO(b"[4, 5]")),
                    await client.upload_bytes(b"[6]"),
                ]

        answers = asyncio.run(run())
        assert [len(answer["ids"]) for answer in answers] == [3, 2, 1]
    finally:
        sys.path.remove(str(tmp_path))
        for module in [m for m in sys.modules if m == "uploadsvc" or m.startswith("uploadsvc.")]:
            del sys.modules[module]
