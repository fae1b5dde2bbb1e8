"""The base of every generated async client: one asyncio connection pool per client, shared by its ``with_options``
copies, closed with it.

``ServiceClient`` builds an asyncio httpx client lazily, but a ``with_options`` copy starts without one and would
open a pool of its own that nothing closes; the sync clients share one pool across copies, and the async clients
must too (a Gretel bulk send makes a copy per batch). Here every copy's ``async_http`` comes from one family: one
connection pool, one ``httpx.AsyncClient`` per set of options (timeout, retries), all closed by ``aclose()`` of the
client that made them. Responses also reach ``observe_response``, as they do on the sync client.
"""

from __future__ import annotations

import importlib.util
import sys
import weakref
from typing import Any, Self, cast

import httpx

from dataports._core.service_client import ApiT, ServiceClient, _Options
from dataports._core.transport import DEFAULT_LIMITS, build_async_http_client

_FAMILY = "_dataports_async_family"

# httpcore asks ``import sniffio`` which async library runs on every pool operation; without sniffio installed
# (anyio no longer depends on it) each failed import searches sys.path again, which made async requests cost several
# times what sync ones do. An absent module is recorded as such once, which is what a cached failed import means.
if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
    sys.modules["sniffio"] = None  # type: ignore[assignment]


class AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Another client's asyncio connection pool, borrowed: closing the borrower leaves the pool to its owner."""

    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class _AsyncFamily:
    """The asyncio connections of one client and all its copies: one pool, one ``AsyncClient`` per option set."""

    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self.pool = pool
        self.clients: dict[tuple[object, ...], httpx.AsyncClient] = {}

    async def aclose(self) -> None:
        clients, self.clients = list(self.clients.values()), {}
        for client in clients:
            await client.aclose()
        await self.pool.aclose()


class AsyncServiceClient(ServiceClient[ApiT]):
    """``ServiceClient`` whose asyncio connections are shared with its ``with_options`` copies and closed with it.

    Use it as ``async with AsyncX(...) as client:``; ``await client.aclose()`` closes the asyncio connections and
    the sync ones. Connections belong to the event loop that opened them: use one client per event loop.
    """

    def _async_family(self) -> _AsyncFamily:
        family: _AsyncFamily | None = self.__dict__.get(_FAMILY)
        if family is None:
            pool = self._async_pool or httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS, verify=self._verify)
            family = _AsyncFamily(pool)
            # An instance attribute that ``copy.copy`` (``with_options``) carries over: every copy shares it.
            setattr(self, _FAMILY, family)
        return family

    def _family_client(self, options: _Options) -> httpx.AsyncClient:
        family = self._async_family()
        client = family.clients.get(options.key())
        if client is None:
            client = build_async_http_client(
                service=self.service.name,
                base_url=self.api_root,
                auth=self._auth,
                policy=options.retry,
                timeout=options.timeout,
                headers=self._headers,
                user_agent_prefix=self._user_agent,
                transport=family.pool,
                errors=self.service.errors,
                shared_transport=True,
            )
            observers = self._hooks()
            if observers:

                async def observe(response: httpx.Response) -> None:
                    for observer in observers:
                        observer(response)

                # Observers first, as on the sync client: they see a response before a failing one is raised.
                hooks = client.event_hooks
                client.event_hooks = {**hooks, "response": [observe, *hooks.get("response", [])]}
            family.clients[options.key()] = client
        return client

    @property
    def async_http(self) -> httpx.AsyncClient:
        """The asyncio httpx client of this client's options, on the connection pool its copies share."""
        if self._async_http is None:
            self._async_http = self._family_client(self._options)
        return self._async_http

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None, **retry_changes: Any
    ) -> Self:
        """A copy with another timeout or retry behaviour, sharing this client's sync and asyncio connections."""
        self._async_family()  # made before the copy, so that the copy shares it
        return super().with_options(timeout=timeout, max_retries=max_retries, **retry_changes)

    async def aclose(self) -> None:
        """Close the asyncio connections (of this client and every ``with_options`` copy), then the sync ones."""
        if not self._owner:
            return
        family: _AsyncFamily | None = self.__dict__.get(_FAMILY)
        if family is not None:
            await family.aclose()  # this client's async_http among them: it stays, closed, so later use fails
        self.close()


#: The generated low-level client lent each asyncio httpx client (``async_api``), dropped with it.
_APIS: weakref.WeakKeyDictionary[httpx.AsyncClient, Any] = weakref.WeakKeyDictionary()


def async_api(client: ServiceClient[ApiT]) -> ApiT:
    """The generated low-level client on ``client``'s asyncio connections (what ``client.api`` becomes in the
    generated async clients, for the generated layer's ``asyncio``/``asyncio_detailed`` calls)."""
    http = client.async_http
    api = _APIS.get(http)
    if api is None:
        api = client.api_client_class(base_url=client.api_root, raise_on_unexpected_status=True)
        api.set_httpx_client(client.http)
        api.set_async_httpx_client(http)
        _APIS[http] = api
    return cast(ApiT, api)


__all__ = ["AsyncServiceClient", "AsyncSharedTransport", "async_api"]
