"""Retry, backoff, Retry-After and timeout behaviour of the shared transport (MockTransport: edge cases only)."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Iterator

import httpx
import pytest
from dataports.rapidpro import (
    TembaClient,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaRateExceededError,
)
from dataports.toolkit import (
    RETRY_COUNT_HEADER,
    STRICT_OPERATIONS_ENV,
    AsyncRetryingTransport,
    RetryingTransport,
    RetryPolicy,
    parse_retry_after,
)


@pytest.fixture(autouse=True)
def raw_requests_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests drive the transports with hand-made requests; the strict spec check is for the SDK's own.
    monkeypatch.delenv(STRICT_OPERATIONS_ENV, raising=False)


class Script:
    """Answers requests from a list of statuses (or exceptions) and records what it saw."""

    def __init__(self, *steps: int | Exception, headers: dict[str, str] | None = None) -> None:
        self.steps = list(steps)
        self.headers = headers or {}
        self.requests: list[httpx.Request] = []
        # The transport resends the same Request object, so header values are captured as each attempt arrives.
        self.retry_counts: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.retry_counts.append(request.headers.get(RETRY_COUNT_HEADER))
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step, headers=self.headers, json={"next": None, "previous": None, "results": []})


def sync_client(script: Script, policy: RetryPolicy, sleeps: list[float]) -> httpx.Client:
    transport = RetryingTransport(httpx.MockTransport(script), policy, sleep=sleeps.append)
    return httpx.Client(transport=transport, base_url="https://example.test")


def test_retries_5xx_on_get_then_succeeds() -> None:
    script, sleeps = Script(503, 502, 200), []
    response = sync_client(script, RetryPolicy(max_retries=2), sleeps).get("/x")
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert script.retry_counts == [None, "1", "2"]
    assert len(sleeps) == 2


def test_gives_up_after_max_retries() -> None:
    script, sleeps = Script(500), []
    response = sync_client(script, RetryPolicy(max_retries=3), sleeps).get("/x")
    assert response.status_code == 500
    assert len(script.requests) == 4


def test_post_without_idempotency_key_is_not_retried_on_5xx() -> None:
    script, sleeps = Script(500, 200), []
    response = sync_client(script, RetryPolicy(max_retries=2), sleeps).post("/x", json={"a": 1})
    assert response.status_code == 500
    assert len(script.requests) == 1


def test_post_with_idempotency_key_is_retried() -> None:
    script, sleeps = Script(500, 200), []
    policy = RetryPolicy(max_retries=2, idempotency_header="Idempotency-Key")
    response = sync_client(script, policy, sleeps).post("/x", json={"a": 1}, headers={"Idempotency-Key": "k1"})
    assert response.status_code == 200
    assert [r.headers["Idempotency-Key"] for r in script.requests] == ["k1", "k1"]


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (10, 4.0)]:
        delays = [policy.backoff(attempt) for _ in range(200)]
        assert max(delays) <= ceiling
        assert min(delays) >= ceiling * 0.75
        assert len(set(delays)) > 1  # jitter spreads clients that failed together


def test_retry_after_seconds_is_obeyed_for_rate_limits() -> None:
    script, sleeps = Script(429, 200, headers={"Retry-After": "3"}), []
    response = sync_client(script, RetryPolicy(max_retries=2), sleeps).get("/x")
    assert response.status_code == 200
    assert sleeps == [3.0]


def test_retry_after_above_cap_is_not_waited_for() -> None:
    script, sleeps = Script(429, headers={"Retry-After": "600"}), []
    response = sync_client(script, RetryPolicy(max_retries=2, max_retry_after=60), sleeps).get("/x")
    assert response.status_code == 429
    assert sleeps == []


def test_rate_limit_status_is_per_service() -> None:
    # Gretel signals rate limiting with 403; RapidPro's 403 is a bad token and must not be retried.
    gretel_like = RetryPolicy(rate_limit_statuses=frozenset({403}))
    script, sleeps = Script(403, 200), []
    assert sync_client(script, gretel_like, sleeps).get("/x").status_code == 200
    script, sleeps = Script(403, 200), []
    assert sync_client(script, RetryPolicy(), sleeps).get("/x").status_code == 403


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_parse_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    wait = parse_retry_after(httpx.Headers({"retry-after": when}))
    assert wait is not None and 25 <= wait <= 31


def test_connect_errors_are_retried_even_for_posts() -> None:
    # Nothing left the machine, so resending cannot duplicate a write.
    script, sleeps = Script(httpx.ConnectError("refused"), 200), []
    response = sync_client(script, RetryPolicy(max_retries=2), sleeps).post("/x", json={})
    assert response.status_code == 200
    assert len(script.requests) == 2


def test_read_timeout_on_post_is_not_retried() -> None:
    script, sleeps = Script(httpx.ReadTimeout("slow"), 200), []
    with pytest.raises(httpx.ReadTimeout):
        sync_client(script, RetryPolicy(max_retries=2), sleeps).post("/x", json={})
    assert len(script.requests) == 1


def test_with_options_changes_retries_and_timeout_for_the_copy_only() -> None:
    script = Script(500)
    client = TembaClient("rapidpro.example", "t", transport=httpx.MockTransport(script), max_retries=2)
    impatient = client.with_options(max_retries=0, timeout=3.5)
    with pytest.raises(TembaHttpError):
        impatient.get_contacts().first()
    assert len(script.requests) == 1
    assert script.requests[0].extensions["timeout"]["read"] == 3.5
    assert impatient.with_options(max_retries=0, timeout=3.5).http is impatient.http  # copies are reused
    script.requests.clear()
    with pytest.raises(TembaHttpError):
        client.get_contacts().first()
    assert len(script.requests) == 3  # the original still retries twice
    assert script.requests[0].extensions["timeout"]["read"] == 60.0
    client.close()
    assert impatient.http.is_closed  # closing the original closes its copies


def test_async_transport_retries_like_the_sync_one() -> None:
    script = Script(503, 200)

    async def main() -> int:
        transport = AsyncRetryingTransport(httpx.MockTransport(script), RetryPolicy(max_retries=2, initial_delay=0.001))
        async with httpx.AsyncClient(transport=transport, base_url="https://example.test") as client:
            return (await client.get("/x")).status_code

    assert asyncio.run(main()) == 200
    assert len(script.requests) == 2


def test_temba_client_default_timeout_and_timeout_error_mapping() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        assert request.extensions["timeout"]["read"] == 60.0
        assert request.extensions["timeout"]["connect"] == 5.0
        raise httpx.ReadTimeout("timed out", request=request)

    client = TembaClient("rapidpro.example", "secret-token-123", transport=httpx.MockTransport(slow), max_retries=0)
    with pytest.raises(TembaConnectionError) as caught:
        client.get_contacts().first()
    assert "secret-token-123" not in repr(caught.value) + str(caught.value) + caught.value.describe()


def test_temba_client_raises_rate_exceeded_without_opt_in_and_waits_with_it() -> None:
    script = Script(429, 200, headers={"Retry-After": "0"})
    client = TembaClient("rapidpro.example", "t", transport=httpx.MockTransport(script))
    with pytest.raises(TembaRateExceededError) as caught:
        client.get_contacts().first()
    assert caught.value.retry_after == 0
    script.steps = [429, 429, 200]
    assert client.get_contacts().first(retry_on_rate_exceed=True) is None
    assert len(script.requests) == 4


def test_other_statuses_become_http_errors() -> None:
    client = TembaClient("rapidpro.example", "t", transport=httpx.MockTransport(Script(414)))
    with pytest.raises(TembaHttpError) as caught:
        client.get_contacts().first()
    assert caught.value.status_code == 414


def test_token_never_reaches_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    token = "tok-very-secret-42"
    script = Script(503, 503, 400)
    client = TembaClient("rapidpro.example", token, transport=httpx.MockTransport(script))
    with caplog.at_level("DEBUG", logger="dataports"), pytest.raises(TembaException) as caught:
        client.get_contacts(uuid="x").first()
    assert script.requests[0].headers["Authorization"] == f"Token {token}"  # it was sent...
    assert len(caplog.records) == 2  # ...two retries were logged...
    seen = caplog.text + repr(client) + repr(client._http.auth) + str(caught.value) + repr(caught.value)
    seen += caught.value.describe() + str(caught.value.response_headers)
    assert token not in seen  # ...and it appears nowhere a user or a log collector can see


class BrokenBody(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"results": ['
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def test_connection_dropped_mid_body_is_retried_for_replayable_requests() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(200, stream=BrokenBody())
        return httpx.Response(200, json={"ok": True})

    sleeps: list[float] = []
    transport = RetryingTransport(httpx.MockTransport(handler), RetryPolicy(max_retries=2), sleep=sleeps.append)
    with httpx.Client(transport=transport, base_url="https://example.test") as client:
        assert client.get("/x").json() == {"ok": True}
    assert calls["n"] == 2 and len(sleeps) == 1
