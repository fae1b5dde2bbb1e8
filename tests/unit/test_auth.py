"""Credentials: stray whitespace is stripped, unsendable values refused without quoting them, and OAuth2 client
credentials fetch, cache and refresh one token at a time (MockTransport stands in for a token endpoint)."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from dataports import AuthenticationError, InvalidArgumentError
from dataports.rapidpro import TembaClient, TembaHttpError, TembaTokenError
from dataports.toolkit import (
    OAuth2ClientCredentials,
    RetryPolicy,
    Secret,
    build_async_http_client,
    build_http_client,
    credential,
)

SECRET = "s3cr3t-client-secret"
ORG_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro" / "org.json"


@pytest.mark.parametrize("raw", ["tok-123\n", "  tok-123", "tok-123\r\n", "\ttok-123 "])
def test_credential_strips_whitespace_from_files_and_environment_variables(raw: str) -> None:
    assert credential(raw, "token").reveal() == "tok-123"


@pytest.mark.parametrize("raw", ["tok\n123", "tok\x00", "tok\x7f", "", "   \n"])
def test_unsendable_credential_is_refused_without_quoting_it(raw: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        credential(raw, "token")
    assert caught.value.argument == "token"
    if raw.strip():
        assert raw.strip() not in str(caught.value) + repr(caught.value)


def test_token_with_trailing_newline_is_sent_stripped() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, content=ORG_FIXTURE.read_bytes())

    client = TembaClient("rapidpro.example", "tok-with-newline\n", transport=httpx.MockTransport(handler))
    assert client.get_org().name == json.loads(ORG_FIXTURE.read_text())["name"]
    assert seen == ["Token tok-with-newline"]


def test_token_with_inner_newline_fails_before_any_request_and_is_not_retried() -> None:
    requests: list[httpx.Request] = []
    token = "tok-abc\ninjected: header"
    started = time.monotonic()
    with pytest.raises(InvalidArgumentError) as caught:
        TembaClient("rapidpro.example", token, transport=httpx.MockTransport(lambda r: requests.append(r)))  # type: ignore[arg-type,func-returns-value]
    assert time.monotonic() - started < 1.0
    assert requests == []
    assert "tok-abc" not in str(caught.value) and "injected" not in str(caught.value)


class TokenServer:
    """A token endpoint and an API behind it: tokens are ``access-<n>``; the API accepts only the newest one."""

    def __init__(self, lifetime: int = 3600, fail_secret: bool = False) -> None:
        self.lifetime = lifetime
        self.fail_secret = fail_secret
        self.issued = 0
        self.api_calls: list[str] = []
        self.lock = threading.Lock()
        self.revoked: set[str] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth20/token"):
            form = dict(httpx.QueryParams(request.content.decode()))
            if self.fail_secret or form.get("client_secret") != SECRET:
                return httpx.Response(401, json={"error": "invalid_client"})
            with self.lock:
                self.issued += 1
                issued = self.issued
            time.sleep(0.05)  # a slow endpoint makes concurrent refreshes overlap if they are not serialised
            return httpx.Response(200, json={"access_token": f"access-{issued}", "expires_in": self.lifetime})
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        self.api_calls.append(token)
        if token != f"access-{self.issued}" or token in self.revoked:
            return httpx.Response(401, json={"error": "expired"})
        return httpx.Response(200, json={"ok": True})


BASE = "https://api.example/clicdata"
#: Marks the test's requests as spec-built, as the strict test mode requires of every request.
OPERATION = {"dataports.operation": "test"}


def oauth_client(
    server: TokenServer, clock: Callable[[], float] = time.monotonic
) -> tuple[httpx.Client, OAuth2ClientCredentials]:
    auth = OAuth2ClientCredentials(BASE, "oauth20/token", "client-1", Secret(SECRET), clock=clock)
    http = build_http_client(
        service="test",
        base_url=BASE,
        auth=auth,
        policy=RetryPolicy(max_retries=0),
        transport=httpx.MockTransport(server),
        errors=TembaClient.service.errors,  # any service's mapper: the status classes are what is checked
    )
    return http, auth


def test_token_is_fetched_once_and_reused() -> None:
    server = TokenServer()
    http, auth = oauth_client(server)
    for _ in range(5):
        assert http.get("/data", extensions=OPERATION).json() == {"ok": True}
    assert server.issued == 1 and auth.refreshes == 1
    assert server.api_calls == ["access-1"] * 5


def test_token_is_refreshed_before_it_expires() -> None:
    now = [1000.0]
    server = TokenServer(lifetime=100)
    http, _ = oauth_client(server, clock=lambda: now[0])
    http.get("/data", extensions=OPERATION)
    now[0] += 60  # 40 s left: more than the 30 s margin
    http.get("/data", extensions=OPERATION)
    assert server.issued == 1
    now[0] += 15  # 25 s left: inside the margin, so refreshed before the server would refuse it
    http.get("/data", extensions=OPERATION)
    assert server.issued == 2
    assert server.api_calls == ["access-1", "access-1", "access-2"]


def test_a_401_refreshes_once_and_resends() -> None:
    server = TokenServer()
    http, _ = oauth_client(server)
    http.get("/data", extensions=OPERATION)
    server.revoked.add("access-1")  # the server forgets the token early
    assert http.get("/data", extensions=OPERATION).json() == {"ok": True}
    assert server.api_calls == ["access-1", "access-1", "access-2"]


def test_a_second_401_is_the_services_authentication_error() -> None:
    server = TokenServer()
    http, _ = oauth_client(server)
    http.get("/data", extensions=OPERATION)
    server.revoked.update({"access-1", "access-2"})
    with pytest.raises(AuthenticationError) as caught:
        http.get("/data", extensions=OPERATION)
    assert isinstance(caught.value, TembaHttpError | TembaTokenError)
    assert server.api_calls == ["access-1", "access-1", "access-2"]  # one refresh, not a loop


def test_concurrent_threads_share_one_refresh() -> None:
    server = TokenServer()
    http, auth = oauth_client(server)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            http.get("/data", extensions=OPERATION)
        except BaseException as error:  # pragma: no cover - asserted below
            errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert server.issued == 1 and auth.refreshes == 1
    assert len(server.api_calls) == 20


def test_wrong_secret_is_an_authentication_error_that_never_shows_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    server = TokenServer(fail_secret=True)
    http, auth = oauth_client(server)
    with caplog.at_level(logging.DEBUG), pytest.raises(AuthenticationError) as caught:
        http.get("/data", extensions=OPERATION)
    shown = str(caught.value) + repr(caught.value) + caught.value.describe() + repr(auth) + caplog.text
    assert SECRET not in shown
    assert caught.value.status_code == 401


def test_asyncio_tasks_share_one_refresh() -> None:
    server = TokenServer()
    auth = OAuth2ClientCredentials(BASE, "oauth20/token", "client-1", Secret(SECRET))

    async def main() -> list[int]:
        async with build_async_http_client(
            service="test",
            base_url=BASE,
            auth=auth,
            policy=RetryPolicy(max_retries=0),
            transport=httpx.MockTransport(server),
            errors=TembaClient.service.errors,
        ) as http:
            responses = await asyncio.gather(*(http.get("/data", extensions=OPERATION) for _ in range(10)))
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 10
    assert server.issued == 1
