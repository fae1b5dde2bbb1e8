"""Hardening of the emulators against hostile or careless clients, and of their lifecycle.

Each test here failed before the change it guards (run against the previous emulator package, or reasoned about
where noted): deep JSON, oversized bodies, error bodies echoing their input, cross-origin use of the control API,
timing-unsafe token checks, a world-readable token file, temporary data left behind on SIGTERM, control payloads
of the wrong type, partial seeds, seeding on the event loop, and 50 clients at once.

New core modules are imported inside the tests that need them, so that against an older emulator each test fails
on its own rather than the whole file failing to import.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from dataports_emulators.core.app import Emulator
from dataports_emulators.testing import RunningEmulator, emulator_process, run_emulator

from tests.emulators.hostile_inputs import deep_json

T = TypeVar("T")
TOKEN = "hardening-token"
HEADERS = {
    "rapidpro": {"Authorization": f"Token {TOKEN}"},
    "gretel": {"Authorization": TOKEN},
    "voxel51": {"Authorization": f"Bearer {TOKEN}"},
}
#: The origin the in-process client below reaches the app at.
OWN_ORIGIN = "http://127.0.0.1:8765"
JSON = {"Content-Type": "application/json"}


def drive(emulator: Emulator, scenario: Callable[[httpx.AsyncClient], Awaitable[T]]) -> T:
    """Run ``scenario`` against the emulator's ASGI app, then close the emulator."""

    async def main() -> T:
        transport = httpx.ASGITransport(app=emulator.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=OWN_ORIGIN, timeout=60) as client:
            return await scenario(client)

    try:
        return asyncio.run(main())
    finally:
        emulator.close()


def error_shape(service: str, response: httpx.Response) -> str:
    """The message of an error in ``service``'s own body shape (fails if the body has another shape)."""
    assert response.headers["content-type"].startswith("application/json"), response.text[:300]
    body = response.json()
    if service == "rapidpro":
        assert set(body) == {"detail"} or all(isinstance(v, list) for v in body.values())
        return json.dumps(body)
    if service == "gretel":
        assert set(body) in ({"message", "context"}, {"message"})
        return f"{body['message']} {json.dumps(body.get('context', {}))}"
    assert set(body) == {"error"} and body["error"]["code"] == response.status_code
    message: str = body["error"]["message"]
    return message


# --- a. nesting depth -------------------------------------------------------------------------------------------------
def test_gretel_refuses_records_too_deep_to_serve_so_stream_pages_stay_servable() -> None:
    headers = {**HEADERS["gretel"], **JSON}

    async def scenario(client: httpx.AsyncClient) -> tuple[httpx.Response, httpx.Response, httpx.Response]:
        await client.post("/gretel/projects", json={"name": "deep"}, headers=headers)
        too_deep = '[{"payload": ' + deep_json(300) + "}]"
        refused = await client.post("/gretel/records/send/deep", content=too_deep, headers=headers)
        # 62 levels inside an object inside the list: exactly the 64 levels the emulator accepts.
        at_limit = '[{"payload": ' + deep_json(62) + "}]"
        accepted = await client.post("/gretel/records/send/deep", content=at_limit, headers=headers)
        stream = await client.get("/gretel/streams/records/deep", headers=headers)
        return refused, accepted, stream

    refused, accepted, stream = drive(Emulator(["gretel"], [TOKEN]), scenario)
    assert refused.status_code == 400
    assert "nested more than 64 levels" in error_shape("gretel", refused)
    assert accepted.status_code == 200 and len(accepted.json()["data"]["success"]) == 1
    assert stream.status_code == 200 and len(stream.json()["data"]["records"]) == 1


@pytest.mark.parametrize(
    ("service", "method", "path"),
    [
        ("rapidpro", "POST", "/rapidpro/api/v2/contacts.json"),
        ("rapidpro", "POST", "/rapidpro/api/v2/contact_actions.json"),
        ("gretel", "POST", "/gretel/records/detect_entities"),
        ("gretel", "POST", "/gretel/projects"),
        ("voxel51", "POST", "/voxel51/v1/data/batch"),
        # The classic client sends query options as a JSON body on a GET.
        ("voxel51", "GET", "/voxel51/v1/data"),
    ],
)
def test_bodies_nested_past_the_limit_are_400_in_the_service_error_shape(service: str, method: str, path: str) -> None:
    async def scenario(client: httpx.AsyncClient) -> httpx.Response:
        return await client.request(method, path, content=deep_json(1000), headers={**HEADERS[service], **JSON})

    response = drive(Emulator([service], [TOKEN]), scenario)
    assert response.status_code == 400, response.text[:300]
    assert "nested more than 64 levels" in error_shape(service, response)


# --- b. body size -----------------------------------------------------------------------------------------------------
async def _raw_call(app: Any, path: str, headers: dict[str, str], chunks: Iterator[bytes]) -> tuple[int, bytes, int]:
    """Call the ASGI app directly, feeding the body from ``chunks``; returns status, body and bytes it read."""
    read = 0

    async def receive() -> dict[str, Any]:
        nonlocal read
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        read += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "server": ("127.0.0.1", 8765),
        "client": ("127.0.0.1", 50000),
    }
    await app(scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:]), read


def _megabytes(total: int) -> Iterator[bytes]:
    return (b" " * 1024 * 1024 for _ in range(total))


BODY_ENDPOINTS = [
    ("rapidpro", "/rapidpro/api/v2/contacts.json"),
    ("gretel", "/gretel/records/send/demo"),
    ("voxel51", "/voxel51/v1/data/batch"),
]


@pytest.mark.parametrize(("service", "path"), BODY_ENDPOINTS)
def test_a_body_declared_over_the_limit_is_413_before_any_of_it_is_read(service: str, path: str) -> None:
    emulator = Emulator([service], [TOKEN])
    headers = {**HEADERS[service], **JSON, "Content-Length": str(50 * 1024 * 1024)}
    try:
        status, body, read = asyncio.run(_raw_call(emulator.app, path, headers, _megabytes(50)))
    finally:
        emulator.close()
    assert (status, read) == (413, 0)
    assert "larger than 10485760 bytes" in body.decode()


@pytest.mark.parametrize(("service", "path"), BODY_ENDPOINTS)
def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(service: str, path: str) -> None:
    emulator = Emulator([service], [TOKEN])
    try:
        status, _, read = asyncio.run(_raw_call(emulator.app, path, {**HEADERS[service], **JSON}, _megabytes(60)))
    finally:
        emulator.close()
    assert status == 413
    assert read <= 11 * 1024 * 1024


def test_a_real_server_answers_413_without_waiting_for_the_body() -> None:
    with run_emulator(["rapidpro"], token=TOKEN) as running:
        host, port = running.url.removeprefix("http://").rsplit(":", 1)
        head = (
            "POST /rapidpro/api/v2/contacts.json HTTP/1.1\r\n"
            f"Host: {host}:{port}\r\nAuthorization: Token {TOKEN}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {50 * 1024 * 1024}\r\n\r\n"
        )
        with socket.create_connection((host, int(port)), timeout=10) as conn:
            conn.sendall(head.encode())
            answer = conn.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413")


# --- c. error echo ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("service", "method", "path", "payload"),
    [
        ("rapidpro", "POST", "/rapidpro/api/v2/contacts.json", {"name": "x" * 5_000_000}),
        ("gretel", "POST", "/gretel/projects", {"name": "x" * 5_000_000}),
        (
            "voxel51",
            "POST",
            "/voxel51/v1/data/url",
            {"signed_url": "https://a", "filename": "a", "mimetype": "a", "size": 1, "data_ttl": "x" * 5_000_000},
        ),
    ],
)
def test_error_bodies_do_not_echo_large_inputs(service: str, method: str, path: str, payload: Any) -> None:
    async def scenario(client: httpx.AsyncClient) -> httpx.Response:
        return await client.request(method, path, json=payload, headers=HEADERS[service])

    response = drive(Emulator([service], [TOKEN]), scenario)
    assert response.status_code == 400
    error_shape(service, response)
    assert len(response.content) < 5_000


def test_error_bodies_list_a_bounded_number_of_fields() -> None:
    async def scenario(client: httpx.AsyncClient) -> tuple[httpx.Response, httpx.Response]:
        gretel = await client.post("/gretel/records/detect_entities", json=[1] * 10_000, headers=HEADERS["gretel"])
        fields = {f"key{i}": {"not": "a string"} for i in range(10_000)}
        rapidpro = await client.post(
            "/rapidpro/api/v2/contacts.json", json={"fields": fields}, headers=HEADERS["rapidpro"]
        )
        return gretel, rapidpro

    gretel, rapidpro = drive(Emulator(["gretel", "rapidpro"], [TOKEN]), scenario)
    assert gretel.status_code == rapidpro.status_code == 400
    assert 0 < len(gretel.json()["context"]) <= 20
    assert 0 < len(rapidpro.json()) <= 20


# --- d. the control API refuses browsers, non-JSON bodies and (optionally) callers without its token ------------------
def _contacts_after(requests: Callable[[httpx.AsyncClient], Awaitable[list[int]]]) -> tuple[list[int], int]:
    """Seed three contacts, make ``requests``, then count the contacts left."""
    emulator = Emulator(["rapidpro"], [TOKEN])

    async def scenario(client: httpx.AsyncClient) -> tuple[list[int], int]:
        await client.post("/_emulator/seed", json={"service": "rapidpro", "kind": "contacts", "count": 3})
        statuses = await requests(client)
        listing = await client.get("/rapidpro/api/v2/contacts.json", headers=HEADERS["rapidpro"])
        return statuses, len(listing.json()["results"])

    return drive(emulator, scenario)


def test_control_api_refuses_cross_origin_requests() -> None:
    origins = [
        "http://evil.example",
        "null",
        "http://127.0.0.1:9999",
        "http://[::1]:1",
        "http://localhost.evil.example:8765",
        "http://127.0.0.1.nip.io:8765",
    ]

    async def requests(client: httpx.AsyncClient) -> list[int]:
        statuses = []
        for origin in origins:
            reset = await client.post("/_emulator/reset", json={}, headers={"Origin": origin})
            statuses.append(reset.status_code)
        simple = await client.post(
            "/_emulator/reset", content=b"{}", headers={"Origin": "http://evil.example", "Content-Type": "text/plain"}
        )
        faults = await client.get("/_emulator/faults", headers={"Origin": "http://evil.example"})
        return [*statuses, simple.status_code, faults.status_code]

    statuses, contacts = _contacts_after(requests)
    assert statuses == [403] * (len(origins) + 2)
    assert contacts == 3


def test_control_api_accepts_its_own_and_loopback_origins() -> None:
    async def requests(client: httpx.AsyncClient) -> list[int]:
        statuses = []
        for origin in (OWN_ORIGIN, "http://localhost:8765", "http://[::1]:8765"):
            health = await client.get("/_emulator/health", headers={"Origin": origin})
            statuses.append(health.status_code)
        return statuses

    statuses, contacts = _contacts_after(requests)
    assert statuses == [200, 200, 200] and contacts == 3


def test_control_api_refuses_bodies_that_are_not_json() -> None:
    async def requests(client: httpx.AsyncClient) -> list[int]:
        plain = await client.post("/_emulator/reset", content=b"{}", headers={"Content-Type": "text/plain"})
        form = await client.post("/_emulator/reset", data={"service": "rapidpro"})
        untyped = await client.post("/_emulator/reset", content=b"{}")
        return [plain.status_code, form.status_code, untyped.status_code]

    statuses, contacts = _contacts_after(requests)
    assert statuses == [415, 415, 415] and contacts == 3


def test_a_control_token_guards_every_control_call_but_health() -> None:
    with run_emulator(["rapidpro"], token=TOKEN, control_token="ctl-secret") as running:
        # The helper sends the token it was started with.
        assert running.seed("rapidpro", "contacts", 2)["created"] == 2
        control = f"{running.url}/_emulator"
        assert httpx.post(f"{control}/reset", json={}).status_code == 401
        wrong = {"Authorization": "Bearer ctl-secreX"}
        assert httpx.post(f"{control}/reset", json={}, headers=wrong).status_code == 401
        assert httpx.get(f"{control}/faults", headers=wrong).status_code == 401
        assert httpx.get(f"{control}/health").status_code == 200
        assert running.reset("rapidpro") == {"reset": ["rapidpro"]}


# --- e. constant-time token checks ------------------------------------------------------------------------------------
def test_service_tokens_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    tokens = ["alpha-token", "bravo-token", "charlie-token"]

    async def scenario(client: httpx.AsyncClient) -> list[int]:
        statuses = []
        for header in (b"Token alpha-token", b"Token charlie-tokeX", "Token \u00fcn\u00efcode".encode("latin-1")):
            response = await client.get("/rapidpro/api/v2/org.json", headers={b"Authorization": header})
            statuses.append(response.status_code)
        return statuses

    assert drive(Emulator(["rapidpro"], tokens), scenario) == [200, 403, 403]
    # Every configured token, for every request: how long a check takes says nothing about which token was close.
    assert len(compared) == 3 * len(tokens)


# --- f. the Voxel51 token file is private from the start --------------------------------------------------------------
def test_voxel51_token_file_is_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataports_emulators.services.voxel51 import write_token_file

    created: list[tuple[int, int]] = []
    real_open = os.open

    def spy(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        created.append((flags, mode))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    existing = tmp_path / "existing.json"
    existing.write_text("{}")
    existing.chmod(0o644)
    previous = os.umask(0)
    try:
        fresh = write_token_file(tmp_path / "new" / "token.json", "http://127.0.0.1:1/voxel51", "t")
        write_token_file(existing, "http://127.0.0.1:1/voxel51", "t")
    finally:
        os.umask(previous)
    for path in (fresh, existing):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert json.loads(path.read_text())["access_token"]["private_key"] == "t"
    assert created and all(flags & os.O_CREAT and mode == 0o600 for flags, mode in created)


# --- g. stopping by signal removes the temporary data -----------------------------------------------------------------
def _start_cli(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "dataports_emulators.cli", "--port", "0", "--token", TOKEN, *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "listening on" in line:
            url = line.split("listening on", 1)[1].strip()
            threading.Thread(target=proc.stdout.read, daemon=True).start()
            return proc, url
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"the emulator did not start: {proc.communicate()}")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_removes_the_temporary_data_and_exits_cleanly(tmp_path: Path, stop: signal.Signals) -> None:
    proc, url = _start_cli(tmp_path, "--services", "voxel51")
    try:
        upload = httpx.post(
            f"{url}/voxel51/v1/data", files={"file": ("a.bin", b"x" * 100_000)}, headers=HEADERS["voxel51"]
        )
        assert upload.status_code == 200
        assert list(tmp_path.glob("dataports-voxel51-*"))
        proc.send_signal(stop)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not list(tmp_path.glob("dataports-voxel51-*"))


def test_emulator_process_leaves_no_temporary_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with emulator_process(["voxel51"], token=TOKEN, control_token="ctl") as running:
        assert running.seed("voxel51", "data", 2)["created"] == 2
        assert list(tmp_path.glob("dataports-voxel51-*"))
    assert not list(tmp_path.glob("dataports-voxel51-*"))


# --- control payloads are checked, field by field ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"latency_ms": "x"}, "latency_ms"),
        ({"latency_ms": -1}, "latency_ms"),
        ({"status": 500, "rate": True}, "rate"),
        ({"status": "500", "rate": 1.0}, "status"),
        ({"statuses": []}, "statuses"),
        ({"statuses": {"500": "half"}}, "statuses[500]"),
        ({"rate_limit": 1.5}, "rate_limit"),
        ({"rate_limit": True}, "rate_limit"),
        ({"rate_window": 0}, "rate_window"),
        ({"retry_after": "7"}, "retry_after"),
        ({"drop_rate": False}, "drop_rate"),
        ({"paths": 5}, "paths"),
        ({"seed": "x"}, "seed"),
    ],
)
def test_fault_settings_of_the_wrong_type_are_400_naming_the_field(settings: dict[str, Any], field: str) -> None:
    async def scenario(client: httpx.AsyncClient) -> tuple[httpx.Response, httpx.Response]:
        configured = await client.post("/_emulator/faults", json={"service": "rapidpro", **settings})
        served = await client.get("/rapidpro/api/v2/org.json", headers=HEADERS["rapidpro"])
        return configured, served

    configured, served = drive(Emulator(["rapidpro"], [TOKEN]), scenario)
    assert configured.status_code == 400 and field in configured.json()["error"]
    assert served.status_code == 200


@pytest.mark.parametrize(
    ("path", "payload", "field"),
    [
        ("/seed", [], "body"),
        ("/seed", "rapidpro", "body"),
        ("/seed", {"service": "rapidpro", "kind": "contacts", "count": True}, "count"),
        ("/seed", {"service": "rapidpro", "kind": "contacts", "count": "5"}, "count"),
        ("/seed", {"service": "rapidpro", "kind": "contacts", "count": -1}, "count"),
        ("/seed", {"service": "rapidpro", "kind": "contacts", "count": 200_001}, "count"),
        ("/seed", {"service": "rapidpro", "kind": "contacts", "params": []}, "params"),
        ("/seed", {"service": "rapidpro", "kind": "contacts", "params": "group=x"}, "params"),
        ("/seed", {"service": "rapidpro", "kind": 5}, "kind"),
        ("/seed", {"service": ["rapidpro"], "kind": "contacts"}, "service"),
        ("/seed", {"service": "gretel", "kind": "records", "params": {"project": ["x"]}}, "project"),
        ("/seed", {"service": "voxel51", "kind": "data", "params": {"size": True}}, "size"),
        ("/reset", {"service": ["rapidpro"]}, "service"),
        ("/reset", [], "body"),
        ("/faults", {"service": {"name": "rapidpro"}}, "service"),
        ("/config", {"service": "gretel", "async_seconds": "1"}, "async_seconds"),
    ],
)
def test_control_payloads_of_the_wrong_shape_are_400_naming_the_field(path: str, payload: Any, field: str) -> None:
    async def scenario(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post(f"/_emulator{path}", json=payload)

    response = drive(Emulator(["rapidpro", "gretel", "voxel51"], [TOKEN]), scenario)
    assert response.status_code == 400, response.text
    assert field in response.json()["error"]


def test_the_seed_count_limit_is_documented_and_enforced() -> None:
    from dataports_emulators.core.control import MAX_SEED_COUNT

    assert MAX_SEED_COUNT == 200_000


# --- all-or-nothing seeding, off the event loop -----------------------------------------------------------------------
def test_a_failed_seed_leaves_the_state_as_it_was() -> None:
    emulator = Emulator(["voxel51", "gretel"], [TOKEN])
    voxel51: Any = emulator.services["voxel51"]

    async def scenario(client: httpx.AsyncClient) -> dict[str, Any]:
        # The data items for the jobs are made first; the unknown analytic fails the first job.
        jobs = await client.post(
            "/_emulator/seed",
            json={"service": "voxel51", "kind": "jobs", "count": 3, "params": {"analytic": "nobody/nothing"}},
        )
        records = await client.post(
            "/_emulator/seed",
            json={"service": "gretel", "kind": "records", "count": 3, "params": {"project": "not a name!"}},
        )
        data = await client.get("/voxel51/v1/data/list", headers=HEADERS["voxel51"])
        projects = await client.get("/gretel/projects", headers=HEADERS["gretel"])
        return {
            "statuses": [jobs.status_code, records.status_code],
            "data": data.json()["data"],
            "files": sorted(p.name for p in (voxel51.state.root / "data").iterdir()),
            "projects": projects.json()["data"]["projects"],
        }

    outcome = drive(emulator, scenario)
    assert outcome == {"statuses": [400, 400], "data": [], "files": [], "projects": []}


def test_a_seed_that_fails_half_way_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataports_emulators.services.rapidpro import seeding

    real = seeding.MAKERS["contacts"]

    def half_then_fail(ws: Any, count: int, params: Any) -> None:
        real(ws, count // 2, params)
        raise RuntimeError("the disk filled up half way")

    monkeypatch.setitem(seeding.MAKERS, "contacts", half_then_fail)

    async def scenario(client: httpx.AsyncClient) -> tuple[int, int]:
        seeded = await client.post("/_emulator/seed", json={"service": "rapidpro", "kind": "contacts", "count": 10})
        listing = await client.get("/rapidpro/api/v2/contacts.json", headers=HEADERS["rapidpro"])
        return seeded.status_code, len(listing.json()["results"])

    assert drive(Emulator(["rapidpro"], [TOKEN]), scenario) == (500, 0)


def test_seeding_runs_off_the_event_loop() -> None:
    with run_emulator(["rapidpro"], token=TOKEN) as running:
        finished: dict[str, float] = {}

        def big_seed() -> None:
            running.seed("rapidpro", "contacts", 150_000)
            finished["seed"] = time.monotonic()

        seeding = threading.Thread(target=big_seed)
        seeding.start()
        time.sleep(0.3)
        assert httpx.get(f"{running.url}/_emulator/health", timeout=60).status_code == 200
        finished["health"] = time.monotonic()
        # A request to the seeded service waits for the seed and then sees all of it, never a part.
        page = httpx.get(
            running.service_url("rapidpro") + "/api/v2/contacts.json", headers=HEADERS["rapidpro"], timeout=60
        )
        seeding.join()
    assert finished["health"] < finished["seed"] - 0.2
    assert len(page.json()["results"]) == 250 and page.json()["next"]


# --- per-service settings ---------------------------------------------------------------------------------------------
def test_per_service_settings_are_listed_checked_and_applied() -> None:
    async def scenario(client: httpx.AsyncClient) -> dict[str, Any]:
        listed = (await client.get("/_emulator/config")).json()
        described = (await client.get("/_emulator/config", params={"describe": "1"})).json()
        assert described["gretel"]["async_seconds"]["type"] == "float"
        assert described["gretel"]["async_seconds"]["value"] == 0.05 and described["rapidpro"] == {}
        refused = [
            (await client.post("/_emulator/config", json=payload)).status_code
            for payload in (
                {"service": "gretel", "nope": 1},
                {"service": "gretel", "async_seconds": -1},
                {"service": "gretel", "async_seconds": True},
                {"async_seconds": 1},
            )
        ]
        unknown = (await client.post("/_emulator/config", json={"service": "nowhere", "x": 1})).status_code
        changed = (await client.post("/_emulator/config", json={"service": "gretel", "async_seconds": 3600})).json()
        await client.post("/_emulator/reset", json={})
        headers = HEADERS["gretel"]
        project = (await client.post("/gretel/projects", json={"name": "kept"}, headers=headers)).json()
        await client.delete("/gretel/projects/kept", headers=headers)
        await asyncio.sleep(0.2)
        still_there = (await client.get("/gretel/projects/kept", headers=headers)).status_code
        return {
            "listed": listed,
            "refused": refused,
            "unknown": unknown,
            "changed": changed,
            "created": "id" in project["data"],
            "still_there": still_there,
            "after_reset": (await client.get("/_emulator/config")).json()["gretel"],
        }

    outcome = drive(Emulator(["gretel", "rapidpro", "voxel51"], [TOKEN]), scenario)
    assert outcome["listed"] == {
        "gretel": {"async_seconds": 0.05},
        "rapidpro": {},
        "voxel51": {"job_step_seconds": 0.05},
    }
    assert outcome["refused"] == [400, 400, 400, 400] and outcome["unknown"] == 404
    assert outcome["changed"] == {"service": "gretel", "settings": {"async_seconds": 3600.0}}
    # Deletes take async_seconds to apply; settings survive a reset.
    assert outcome["created"] and outcome["still_there"] == 200
    assert outcome["after_reset"] == {"async_seconds": 3600.0}


def test_running_emulator_changes_settings() -> None:
    with run_emulator(["voxel51"], token=TOKEN, settings={"voxel51_job_step_seconds": 1}) as running:
        assert running.settings() == {"voxel51": {"job_step_seconds": 1.0}}
        running.configure("voxel51", job_step_seconds=0)
        job = running.seed("voxel51", "jobs", 1, state="QUEUED")["ids"][0]
        details = httpx.get(f"{running.service_url('voxel51')}/v1/jobs/{job}", headers=HEADERS["voxel51"])
    assert details.json()["job"]["state"] == "COMPLETE"


# --- the authenticate hook --------------------------------------------------------------------------------------------
def test_the_authenticate_hook_decides_who_a_request_acts_as() -> None:
    emulator = Emulator(["gretel"], [TOKEN])
    service: Any = emulator.services["gretel"]

    def authenticate(request: Any) -> str | None:
        # As a service with a token endpoint would: its own access tokens, mapped to a principal.
        return "alice" if request.headers.get("authorization") == "Bearer alice-access" else None

    service.authenticate = authenticate
    alice = {"Authorization": "Bearer alice-access"}

    async def scenario(client: httpx.AsyncClient) -> list[int]:
        created = await client.post("/gretel/projects", json={"name": "alices"}, headers=alice)
        listed = await client.get("/gretel/projects", headers=alice)
        assert [p["name"] for p in listed.json()["data"]["projects"]] == ["alices"]
        plain = await client.get("/gretel/projects", headers=HEADERS["gretel"])
        await client.post("/_emulator/faults", json={"service": "gretel", "rate_limit": 1})
        first = await client.get("/gretel/projects", headers=alice)
        second = await client.get("/gretel/projects", headers=alice)
        return [created.status_code, plain.status_code, first.status_code, second.status_code]

    # The rate limit counts per principal: alice's second call is over her limit of one.
    assert drive(emulator, scenario) == [200, 401, 200, 403]


# --- unexpected failures still answer in the service's shape ----------------------------------------------------------
def test_a_crashing_handler_answers_in_the_service_error_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataports_emulators.services.rapidpro.state import Workspace

    monkeypatch.setattr(Workspace, "org", property(lambda self: 1 / 0))

    async def scenario(client: httpx.AsyncClient) -> httpx.Response:
        return await client.get("/rapidpro/api/v2/org.json", headers=HEADERS["rapidpro"])

    response = drive(Emulator(["rapidpro"], [TOKEN]), scenario)
    assert response.status_code == 500
    assert response.json() == {"detail": "The emulator failed to handle this request."}


# --- i. fifty clients at once -----------------------------------------------------------------------------------------
async def _client_session(base: str, index: int) -> list[tuple[str, int]]:
    """One client's conversation with every service, on a connection of its own."""
    seen: list[tuple[str, int]] = []
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=1)) as client:

        async def call(method: str, url: str, service: str, **kwargs: Any) -> httpx.Response:
            response = await client.request(
                method, url, headers={**HEADERS[service], **kwargs.pop("headers", {})}, **kwargs
            )
            seen.append((f"{method} {url}", response.status_code))
            return response

        contact = {"name": f"Client {index}", "urns": [f"tel:+2507880{index:05d}"]}
        await call("POST", "/rapidpro/api/v2/contacts.json", "rapidpro", json=contact)
        await call("GET", "/rapidpro/api/v2/contacts.json", "rapidpro")
        await call("POST", "/gretel/records/send/shared", "gretel", json=[{"client": index, "email": "a@b.co"}])
        await call("GET", "/gretel/streams/records/shared", "gretel")
        upload = await call("POST", "/voxel51/v1/data", "voxel51", files={"file": (f"{index}.mp4", b"v" * 10_000)})
        if upload.status_code == 200:
            await call("GET", f"/voxel51/v1/data/{upload.json()['data']['id']}/download", "voxel51")
        if index % 10 == 0:
            # A careless client among the fifty: nothing it sends may break the others' answers.
            deep = {"headers": JSON, "content": "[" + '{"payload": ' + deep_json(300) + "}]"}
            await call("POST", "/gretel/records/send/shared", "gretel", **deep)
            await call("POST", "/rapidpro/api/v2/contacts.json", "rapidpro", **{**deep, "content": deep_json(1000)})
            await call("GET", "/gretel/streams/records/shared", "gretel")
        if index == 25:
            await client.post("/_emulator/seed", json={"service": "rapidpro", "kind": "contacts", "count": 20_000})
        await call("GET", "/voxel51/v1/data/list", "voxel51")
    return seen


def test_fifty_concurrent_connections_get_no_server_errors() -> None:
    with run_emulator(token=TOKEN) as running:
        httpx.post(f"{running.url}/gretel/projects", json={"name": "shared"}, headers=HEADERS["gretel"])

        async def everyone() -> list[list[tuple[str, int]]]:
            return list(await asyncio.gather(*(_client_session(running.url, i) for i in range(50))))

        sessions = asyncio.run(everyone())
    calls = [call for session in sessions for call in session]
    assert len(calls) >= 50 * 7
    assert [call for call in calls if call[1] >= 500] == []


def test_running_emulator_type_is_public() -> None:
    # The control helpers above exist on the public class (kept stable for users of the plugin).
    for name in ("health", "reset", "seed", "set_faults", "clear_faults", "faults", "configure", "settings"):
        assert callable(getattr(RunningEmulator, name))
