"""The core's small helpers that services build on: credentials, bounded JSON, clipped errors, paths inside a
folder, raw uploads to disk, settings, and the lock between requests and seeding."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from pathlib import Path

import pytest
from dataports_emulators.core.auth import basic_credentials, match_token, scheme_token
from dataports_emulators.core.bodies import InvalidJson, depth_exceeds, loads_bounded
from dataports_emulators.core.errors import MAX_ECHO_CHARS, MAX_ERROR_FIELDS, ServiceError, clip, clip_fields
from dataports_emulators.core.filestore import resolve_inside
from dataports_emulators.core.multipart_reader import ReceivedFile
from dataports_emulators.core.payloads import PayloadError
from dataports_emulators.core.raw_upload import receive_file
from dataports_emulators.core.settings import Setting, check_settings, initial_settings
from dataports_emulators.core.state_lock import StateLock
from starlette.requests import Request

from tests.emulators.hostile_inputs import deep_json


def test_credentials_in_each_style() -> None:
    assert scheme_token("Token abc", "token") == "abc"
    assert scheme_token("bearer  abc ", "Bearer") == "abc"
    assert scheme_token("Bearer", "bearer") is None and scheme_token(None, "bearer") is None
    assert scheme_token("Token abc", "bearer") is None
    encoded = base64.b64encode("ana:pa:ss wörd".encode()).decode()
    assert basic_credentials(f"Basic {encoded}") == ("ana", "pa:ss wörd")
    assert basic_credentials("Basic !!!") is None
    assert basic_credentials(f"Basic {base64.b64encode(b'no-colon').decode()}") is None


def test_match_token_names_the_matching_token() -> None:
    assert match_token("b", ["a", "b"]) == "b"
    assert match_token("c", ["a", "b"]) is None and match_token(None, ["a"]) is None
    assert match_token("ü\udcff", ["a"]) is None


def test_json_depth_is_bounded() -> None:
    assert loads_bounded(deep_json(64)) is not None
    with pytest.raises(InvalidJson) as too_deep:
        loads_bounded(deep_json(65).encode())
    assert too_deep.value.too_deep
    with pytest.raises(InvalidJson) as not_json:
        loads_bounded(b"{nope")
    assert not not_json.value.too_deep
    # Brackets inside strings are text, not nesting.
    assert loads_bounded(b'"' + b"[" * 1000 + b'"') == "[" * 1000
    assert not depth_exceeds([[1], {"a": [2]}], 3) and depth_exceeds([[[1]]], 2)


def test_errors_are_clipped() -> None:
    assert clip("x" * 10) == "x" * 10
    assert len(clip("x" * 10_000)) == MAX_ECHO_CHARS
    fields = {f"f{i}" * 500: ["m" * 10_000] * 50 for i in range(100)}
    clipped = clip_fields(fields)
    assert clipped is not None and len(clipped) == MAX_ERROR_FIELDS
    assert all(len(name) <= MAX_ECHO_CHARS and len(msgs) <= 5 for name, msgs in clipped.items())
    assert clip_fields(None) is None
    assert ServiceError(418, "teapot", {"a": ["b"]}).fields == {"a": ["b"]}


@pytest.mark.parametrize("relative", ["../x", "a/../../x", "/etc/passwd", "", ".", "a\x00b"])
def test_client_paths_cannot_leave_their_folder(tmp_path: Path, relative: str) -> None:
    with pytest.raises(ServiceError) as refused:
        resolve_inside(tmp_path, relative)
    assert refused.value.status == 400


def test_client_paths_inside_their_folder(tmp_path: Path) -> None:
    assert resolve_inside(tmp_path, "dir//sub/./a.csv") == tmp_path / "dir" / "sub" / "a.csv"
    (tmp_path / "out").symlink_to("/")
    with pytest.raises(ServiceError):
        resolve_inside(tmp_path, "out/etc/passwd")


def test_a_raw_body_streams_to_a_file(tmp_path: Path) -> None:
    chunks = [b"a" * 700_000, b"b" * 700_000, b"c"]
    expected = b"".join(chunks)

    async def receive_it(disconnect: bool) -> ReceivedFile | ServiceError:
        pending = list(chunks)

        async def receive() -> dict[str, object]:
            if not pending:
                return {"type": "http.disconnect"}
            chunk = pending.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(pending) or disconnect}

        scope = {"type": "http", "method": "PUT", "headers": [(b"content-type", b"text/csv; charset=utf-8")]}
        try:
            return await receive_file(Request(scope, receive), tmp_path, "a.csv")
        except ServiceError as exc:
            return exc

    received = asyncio.run(receive_it(disconnect=False))
    assert isinstance(received, ReceivedFile) and received.path.read_bytes() == expected
    assert (received.size, received.sha256) == (len(expected), hashlib.sha256(expected).hexdigest())
    assert received.content_type == "text/csv"
    received.path.unlink()
    interrupted = asyncio.run(receive_it(disconnect=True))
    assert isinstance(interrupted, ServiceError) and interrupted.status == 400
    assert list(tmp_path.iterdir()) == []


def test_settings_are_checked_against_their_declaration() -> None:
    declared = {"ttl": Setting(int, 60, minimum=1, maximum=3600), "delay": Setting(float, 0.5, minimum=0)}
    assert check_settings(declared, {"ttl": 5, "delay": 1}) == {"ttl": 5, "delay": 1.0}
    for given, field in (({"ttl": 0}, "ttl"), ({"ttl": 1.5}, "ttl"), ({"ttl": True}, "ttl"), ({"x": 1}, "x")):
        with pytest.raises(PayloadError) as refused:
            check_settings(declared, given)
        assert refused.value.field == field
    assert initial_settings("svc", declared, {"svc_ttl": 7, "other_ttl": 9, "svc_unknown": 1}) == {
        "ttl": 7,
        "delay": 0.5,
    }
    with pytest.raises(ValueError, match="svc_ttl"):
        initial_settings("svc", declared, {"svc_ttl": "soon"})


def test_the_state_lock_lets_requests_share_and_seeds_wait_their_turn() -> None:
    async def scenario() -> list[str]:
        lock, events = StateLock(), []

        async def request(name: str, hold: float) -> None:
            async with lock.shared():
                events.append(f"{name} in")
                await asyncio.sleep(hold)
                events.append(f"{name} out")

        async def seed() -> None:
            async with lock.exclusive():
                events.append("seed in")
                await asyncio.sleep(0.02)
                events.append("seed out")

        first = asyncio.create_task(request("r1", 0.05))
        await asyncio.sleep(0)
        seeding = asyncio.create_task(seed())
        await asyncio.sleep(0)
        # Arrives while the seed waits: it queues behind the seed rather than starving it.
        late = asyncio.create_task(request("r2", 0))
        await asyncio.gather(first, seeding, late)
        assert not lock.busy
        return events

    assert asyncio.run(scenario()) == ["r1 in", "r1 out", "seed in", "seed out", "r2 in", "r2 out"]


def test_a_cancelled_seed_lets_queued_requests_go() -> None:
    async def scenario() -> bool:
        lock = StateLock()
        async with lock.shared():
            waiting = asyncio.create_task(lock.exclusive().__aenter__())
            await asyncio.sleep(0)
            queued = asyncio.create_task(lock.shared().__aenter__())
            await asyncio.sleep(0)
            waiting.cancel()
            await asyncio.sleep(0.01)
            return queued.done()

    assert asyncio.run(scenario())
