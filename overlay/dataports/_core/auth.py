"""Credentials on the wire: a static header credential, and OAuth2 client credentials with a cached token.

Both keep their secrets in ``Secret`` objects (they print as ``***``), and both check a credential when it is
given, so one that cannot be sent (a stray newline from a file or an environment variable) fails at once with a
message that does not quote it, instead of failing deep inside httpx with an error that does.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError
from dataports._core.errors import AuthenticationError
from dataports._core.http_errors import AUTH_WILL_RETRY
from dataports._core.secrets import Secret

#: Builds the exception for a refused credential from the argument's name and the problem (never the value).
CredentialError = Callable[[str, str], Exception]


def credential(
    value: str | Secret | None,
    argument: str,
    *,
    error: CredentialError = InvalidArgumentError,
    in_header: bool = True,
) -> Secret:
    """``value`` as a ``Secret``, stripped of surrounding whitespace; refused with ``error(argument, problem)``
    (never quoting it) when it is missing, empty or holds a control character, and, when it goes into a header
    as it is (``in_header``), a character no HTTP header may carry. A service passes its classic exception class."""
    raw = value.reveal() if isinstance(value, Secret) else value
    if raw is None:
        raise error(argument, "is required")
    if not isinstance(raw, str):
        raise error(argument, f"must be a string, got {type(raw).__name__}")
    cleaned = raw.strip()
    if not cleaned:
        raise error(argument, "is empty (or only whitespace)")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in cleaned):
        raise error(argument, "contains a line break or another control character; check its source")
    if in_header:
        try:
            cleaned.encode("latin-1")
        except UnicodeEncodeError:
            raise error(argument, "contains characters an HTTP header cannot carry") from None
    return Secret(cleaned)


class HeaderAuth(httpx.Auth):
    """Puts a credential in one header, e.g. ``Authorization: Token <t>`` or a raw key; prints redacted."""

    def __init__(self, secret: Secret, header: str = "Authorization", scheme: str | None = None) -> None:
        self._secret = secret
        self._header = header
        self._scheme = scheme

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the credential header (``<scheme> <secret>``) to ``request``; the httpx auth hook."""
        value = self._secret.reveal()
        request.headers[self._header] = f"{self._scheme} {value}" if self._scheme else value
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """``auth_flow`` for an ``httpx.AsyncClient``, without the generic wrapper that steps a sync flow from an
        async one (a generator more per request, for a flow that never reads a body or a response)."""
        value = self._secret.reveal()
        request.headers[self._header] = f"{self._scheme} {value}" if self._scheme else value
        yield request

    def __repr__(self) -> str:
        return f"HeaderAuth(header={self._header!r}, scheme={self._scheme!r}, secret={self._secret!r})"


#: Builds the token request as ``httpx.Client.request`` keyword arguments from the form fields to send.
TokenRequestFactory = Callable[[dict[str, str]], dict[str, Any]]


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client credentials: ``token_url`` (absolute, or relative to the service's ``base_url``) gives an
    access token for ``client_id`` and ``client_secret``. The token is cached, refreshed ``refresh_margin`` seconds
    before it expires and once when the server answers 401, and one refresh at a time is in flight (threads and
    asyncio tasks wait for it rather than each fetching their own).

    The token request goes through the same client, so it shares timeouts, retries and error mapping; a refused
    secret surfaces as the service's authentication error, which never quotes the secret or the token.
    """

    def __init__(
        self,
        base_url: str,
        token_url: str,
        client_id: str,
        client_secret: Secret,
        *,
        scope: str | None = None,
        refresh_margin: float = 30.0,
        request_factory: TokenRequestFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._base_url = base_url
        self._token_url = token_url
        self._client_id = client_id
        self._secret = client_secret
        self._scope = scope
        self._margin = refresh_margin
        self._factory = request_factory
        self._clock = clock
        self._token: Secret | None = None
        self._expires_at = 0.0
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        #: How many tokens were fetched (observable in tests and logs; never the token itself).
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self._client_id!r}, client_secret={self._secret!r})"

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    # --- the token ----------------------------------------------------------------------------------------------
    def _stale(self, used: Secret | None) -> bool:
        token = self._token
        if token is None or self._clock() >= self._expires_at - self._margin:
            return True
        # After a 401 the token that was refused is stale; one a concurrent caller already replaced is not.
        return used is not None and token == used

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials", "client_id": self._client_id}
        form["client_secret"] = self._secret.reveal()
        if self._scope:
            form["scope"] = self._scope
        if self._factory is not None:
            kwargs = self._factory(form)
        else:
            kwargs = {
                "method": "POST",
                "url": self._token_url,
                "data": form,
                "extensions": {"dataports.operation": "oauth2_token"},
            }
        kwargs.setdefault("headers", {})["Accept"] = "application/json"
        url = str(kwargs.pop("url"))
        if "://" not in url:
            # Relative to the service root, as the client's own requests are (a root may carry a path prefix).
            url = f"{self._base_url.rstrip('/')}/{url.lstrip('/')}"
        return httpx.Request(url=url, **kwargs)

    def _store(self, response: httpx.Response) -> None:
        try:
            data = jsonlib.loads(response.content)
            access = data["access_token"]
            lifetime = float(data.get("expires_in") or 3600)
            if not isinstance(access, str) or not access.strip():
                raise ValueError("no access token")
        except (ValueError, KeyError, TypeError):
            # The body may hold a token: it is not quoted.
            raise AuthenticationError(
                f"the token endpoint answered HTTP {response.status_code} without a usable access_token",
                status_code=response.status_code,
                method=response.request.method,
                url=str(response.request.url),
            ) from None
        try:
            self._token = credential(access, "access_token")
        except InvalidArgumentError:
            # A token no header can carry is the server's fault, not the caller's argument; it is not quoted.
            raise AuthenticationError(
                "the token endpoint answered with an access_token that cannot be sent in a header",
                status_code=response.status_code,
                method=response.request.method,
                url=str(response.request.url),
            ) from None
        self._expires_at = self._clock() + lifetime
        self.refreshes += 1

    def _refresh_flow(self) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield self._token_request()
        self._store(response)

    def _authorize(self, request: httpx.Request, *, will_retry: bool) -> Secret:
        token = self._token
        assert token is not None
        request.headers["Authorization"] = f"Bearer {token.reveal()}"
        request.extensions[AUTH_WILL_RETRY] = will_retry
        return token

    # --- httpx flows ------------------------------------------------------------------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the bearer token, fetching or renewing it first when it is missing or about to expire, and once more
        after a 401; one refresh at a time across threads."""
        used: Secret | None = None
        for attempt in (0, 1):
            with self._thread_lock:
                if self._stale(used):
                    flow = self._refresh_flow()
                    token_request = next(flow)
                    token_response = yield token_request
                    token_response.read()
                    _finish(flow, token_response)
            used = self._authorize(request, will_retry=attempt == 0)
            response = yield request
            if response.status_code != 401:
                return
            response.read()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The asyncio form of ``sync_auth_flow``, one refresh at a time across tasks."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        used: Secret | None = None
        for attempt in (0, 1):
            async with self._async_lock:
                if self._stale(used):
                    flow = self._refresh_flow()
                    token_request = next(flow)
                    token_response = yield token_request
                    await token_response.aread()
                    _finish(flow, token_response)
            used = self._authorize(request, will_retry=attempt == 0)
            response = yield request
            if response.status_code != 401:
                return
            await response.aread()


def _finish(flow: Generator[httpx.Request, httpx.Response, None], response: httpx.Response) -> None:
    try:
        flow.send(response)
    except StopIteration:
        return
    raise RuntimeError("the token flow sends one request")
