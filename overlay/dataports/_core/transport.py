"""httpx transports that retry, and the factory that builds a service's configured httpx client."""

from __future__ import annotations

import logging
import os
import platform
import time
from collections.abc import Callable, Mapping, Sequence

import httpx

from dataports._core import request_sent
from dataports._core.errors import DataportsError
from dataports._core.http_errors import ErrorMapper, async_raise_for_status_hook, raise_for_status_hook
from dataports._core.retry_policy import RetryPolicy
from dataports._core.secrets import redact_url
from dataports._version import __version__

logger = logging.getLogger("dataports")

# Stainless-style defaults: a generous read timeout for slow list endpoints, a short connect timeout.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
RETRY_COUNT_HEADER = "x-dataports-retry-count"
"""Request header carrying the retry number on each retried attempt (absent on the first)."""
#: Request extension marking a response whose body the caller streams (downloads): left unread by the transport.
STREAM_EXTENSION = "dataports.stream"


STRICT_OPERATIONS_ENV = "DATAPORTS_STRICT_OPERATIONS"
"""Set (to anything) in test runs: every request must then have been built from the spec (``build_request``), so a
path hard-coded in the overlay, which the spec drift check cannot see, fails the tests."""


class OperationCheckError(DataportsError):
    """A request was built by hand instead of from the spec (raised only in strict test runs)."""


def check_operation(request: httpx.Request) -> None:
    if "dataports.operation" not in request.extensions and os.environ.get(STRICT_OPERATIONS_ENV):
        raise OperationCheckError(
            f"{request.method} {redact_url(str(request.url))} was not built by the generated layer; "
            "build requests with the endpoint module's build_request so they follow the spec"
        )


class SharedTransport(httpx.BaseTransport):
    """Another client's connection pool, borrowed: closing the borrower leaves the pool to its owner."""

    def __init__(self, pool: httpx.BaseTransport) -> None:
        self._pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pool.handle_request(request)

    def close(self) -> None:
        return None


def _log_retry(request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
    logger.info(
        "retrying %s %s in %.2fs (retry %d): %s", request.method, redact_url(str(request.url)), delay, attempt, reason
    )


class RetryingTransport(httpx.BaseTransport):
    """Wraps a transport and retries what the service's ``RetryPolicy`` says is safe to retry."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        errors: ErrorMapper | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner
        self.policy = policy
        self._errors = errors
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on the inner transport, retrying as the policy says (backoff, ``Retry-After``)."""
        policy = self.policy
        check_operation(request)
        request_sent.attach(request)
        attempt = 0
        while True:
            if attempt:
                request.headers[RETRY_COUNT_HEADER] = str(attempt)
            try:
                response = self._inner.handle_request(request)
                if not request.extensions.get(STREAM_EXTENSION):
                    # Read the body here, so a connection that drops mid-body is retried like one that never answered.
                    response.read()
            except httpx.TransportError as error:
                delay = policy.delay_after_error(request, error, attempt)
                if delay is None:
                    if self._errors is None:
                        raise
                    raise self._errors.from_transport_error(error, request) from error
                attempt += 1
                _log_retry(request, attempt, delay, type(error).__name__)
                self._sleep(delay)
                continue
            delay = policy.delay_after_response(request, response, attempt)
            if delay is None:
                return response
            response.close()
            attempt += 1
            _log_retry(request, attempt, delay, f"HTTP {response.status_code}")
            self._sleep(delay)

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of ``RetryingTransport``; same policy, non-blocking waits.

    ``close_inner=False``: ``inner`` is a connection pool other clients share, sent on directly (a borrowing
    wrapper would be one more coroutine frame every resumption of every request passes through) and left open by
    ``aclose``.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        errors: ErrorMapper | None = None,
        *,
        close_inner: bool = True,
    ) -> None:
        self._inner = inner
        self.policy = policy
        self._errors = errors
        self._close_inner = close_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` on the inner transport, retrying as the policy says (backoff, ``Retry-After``)."""
        policy = self.policy
        check_operation(request)
        attempt = 0
        while True:
            if attempt:
                request.headers[RETRY_COUNT_HEADER] = str(attempt)
            try:
                response = await self._inner.handle_async_request(request)
                if not request.extensions.get(STREAM_EXTENSION):
                    await response.aread()
            except httpx.TransportError as error:
                delay = policy.delay_after_error(request, error, attempt)
                if delay is None:
                    if self._errors is None:
                        raise
                    raise self._errors.from_transport_error(error, request) from error
                attempt += 1
                _log_retry(request, attempt, delay, type(error).__name__)
                await _async_sleep(delay)
                continue
            delay = policy.delay_after_response(request, response, attempt)
            if delay is None:
                return response
            await response.aclose()
            attempt += 1
            _log_retry(request, attempt, delay, f"HTTP {response.status_code}")
            await _async_sleep(delay)

    async def aclose(self) -> None:
        """Close the inner transport, unless it is shared (``close_inner=False``)."""
        if self._close_inner:
            await self._inner.aclose()


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported on first use: sync-only programs should not pay for it at import time.
    import asyncio

    await asyncio.sleep(seconds)


def user_agent(service: str, extra: str | None = None) -> str:
    base = f"dataports/{__version__} ({service}) python/{platform.python_version()} httpx/{httpx.__version__}"
    return f"{extra} {base}" if extra else base


def build_http_client(
    *,
    service: str,
    base_url: str,
    auth: httpx.Auth | None,
    policy: RetryPolicy,
    timeout: float | httpx.Timeout | None = None,
    headers: Mapping[str, str] | None = None,
    user_agent_prefix: str | None = None,
    transport: httpx.BaseTransport | None = None,
    verify: bool = True,
    errors: ErrorMapper | None = None,
    observers: Sequence[Callable[[httpx.Response], None]] = (),
) -> httpx.Client:
    """The one place a service's sync httpx client is built: base URL, auth, timeouts, User-Agent, retries.

    ``observers`` see every response before failing ones are raised as the service's exceptions.
    """
    inner = transport or httpx.HTTPTransport(limits=DEFAULT_LIMITS, verify=verify)
    hooks: list[Callable[[httpx.Response], None]] = [*observers]
    if errors is not None:
        hooks.append(raise_for_status_hook(errors))
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        headers={"User-Agent": user_agent(service, user_agent_prefix), **(headers or {})},
        transport=RetryingTransport(inner, policy, errors),
        event_hooks={"response": hooks},
    )


def build_async_http_client(
    *,
    service: str,
    base_url: str,
    auth: httpx.Auth | None,
    policy: RetryPolicy,
    timeout: float | httpx.Timeout | None = None,
    headers: Mapping[str, str] | None = None,
    user_agent_prefix: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    verify: bool = True,
    errors: ErrorMapper | None = None,
    shared_transport: bool = False,
) -> httpx.AsyncClient:
    """The asyncio twin of ``build_http_client``. ``shared_transport``: ``transport`` is a pool other clients use
    too, which closing this client leaves open."""
    inner = transport or httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS, verify=verify)
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        headers={"User-Agent": user_agent(service, user_agent_prefix), **(headers or {})},
        transport=AsyncRetryingTransport(inner, policy, errors, close_inner=not shared_transport),
        event_hooks={"response": [async_raise_for_status_hook(errors)]} if errors else None,
    )
