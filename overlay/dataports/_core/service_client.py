"""The base of every service's entry class: declared once per service, built the same way for all of them.

A service declares, as class-level configuration, its name, public URL, error mapper, retry policy and default
headers (``ServiceConfig``), and the generated client class its calls go through. The base resolves the URL
(argument, then ``DATAPORTS_<SERVICE>_URL``, then the public URL), builds the sync httpx client (and the asyncio one
on first use) from that configuration, lends them to the generated client, and offers ``with_options`` for
per-call timeouts and retries without touching shared state.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

import httpx

from dataports._core.calls import Caller
from dataports._core.config import env_var_for, resolve_base_url
from dataports._core.http_errors import ErrorMapper
from dataports._core.retry_policy import RetryPolicy
from dataports._core.transport import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    SharedTransport,
    build_async_http_client,
    build_http_client,
)


class GeneratedClient(Protocol):
    """What the base needs of a generated ``Client`` (``dataports_api.<service>.client.Client``)."""

    def set_httpx_client(self, client: httpx.Client) -> Any: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


ApiT = TypeVar("ApiT", bound=GeneratedClient)


@dataclasses.dataclass(frozen=True, kw_only=True)
class ServiceConfig:
    """Everything that makes one service's clients different from another's."""

    #: Short name: the emulator mount, ``DATAPORTS_<NAME>_URL``, the User-Agent.
    name: str
    #: Where the real service lives when no URL is given.
    public_url: str
    errors: ErrorMapper
    retry: RetryPolicy
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    timeout: httpx.Timeout = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)

    @property
    def env_var(self) -> str:
        return env_var_for(self.name)


@dataclasses.dataclass(frozen=True)
class _Options:
    """Per-client choices layered on the service's configuration (what ``with_options`` varies)."""

    timeout: httpx.Timeout
    retry: RetryPolicy

    def key(self) -> tuple[object, ...]:
        # httpx.Timeout is not hashable; its four numbers are.
        return (tuple(sorted(self.timeout.as_dict().items())), self.retry)


class ServiceClient(Generic[ApiT]):
    """Base of each service's entry class. Subclasses set ``service`` and ``api_client_class`` and call
    ``super().__init__`` with the caller's connection arguments; everything else is built here."""

    service: ClassVar[ServiceConfig]
    #: The generated client class, e.g. ``dataports_api.rapidpro.client.Client``.
    api_client_class: Callable[..., ApiT]

    def __init__(
        self,
        *,
        base_url: str | None,
        auth: httpx.Auth | None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        verify: bool = True,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        config = self.service
        #: Where the spec's paths hang from; every request goes there. Kept apart from ``base_url``, which a service
        #: may set to what its classic client reports (e.g. Voxel51's ``.../v1``).
        self.api_root: str = self.normalize_base_url(resolve_base_url(config.name, base_url, config.public_url))
        self.base_url: str = self.api_root
        retry = config.retry if max_retries is None else dataclasses.replace(config.retry, max_retries=max_retries)
        self._options = _Options(timeout=_as_timeout(timeout, config.timeout), retry=retry)
        self._auth = auth
        self._headers = {**config.headers, **(headers or {})}
        self._user_agent = user_agent
        self._verify = verify
        self._pool = transport or httpx.HTTPTransport(limits=DEFAULT_LIMITS, verify=verify)
        self._async_pool = async_transport
        self._http = self._build_sync(self._pool, self._options)
        self._async_http: httpx.AsyncClient | None = None
        self._api: ApiT | None = None
        # Shared by every copy ``with_options`` makes: the copies' clients, closed with the original.
        self._family: dict[tuple[object, ...], httpx.Client] = {}
        self._family_lock = threading.Lock()
        self._owner = True

    # --- what subclasses may override -------------------------------------------------------------------------
    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        """The base URL the spec's paths hang from, given what the caller passed (e.g. add ``/api/v2``)."""
        return url.rstrip("/")

    def observe_response(self, response: httpx.Response) -> None:
        """Called with every response before errors are raised (e.g. to note a capability header)."""
        return None

    # --- clients ------------------------------------------------------------------------------------------------
    def _hooks(self) -> list[Callable[[httpx.Response], None]]:
        if type(self).observe_response is ServiceClient.observe_response:
            return []
        return [self.observe_response]

    def _build_sync(self, pool: httpx.BaseTransport, options: _Options) -> httpx.Client:
        return build_http_client(
            service=self.service.name,
            base_url=self.api_root,
            auth=self._auth,
            policy=options.retry,
            timeout=options.timeout,
            headers=self._headers,
            user_agent_prefix=self._user_agent,
            transport=pool,
            errors=self.service.errors,
            observers=self._hooks(),
        )

    @property
    def http(self) -> httpx.Client:
        """The configured httpx client (auth, timeouts, retries, error mapping) every call of this client uses."""
        return self._http

    @property
    def async_http(self) -> httpx.AsyncClient:
        """The asyncio twin of ``http``, built on first use from the same configuration."""
        if self._async_http is None:
            self._async_http = self.open_async_http()
        return self._async_http

    def open_async_http(self) -> httpx.AsyncClient:
        """A new asyncio client from the same configuration, for work on an event loop of its own (connections
        belong to the loop that opened them); the caller closes it."""
        return build_async_http_client(
            service=self.service.name,
            base_url=self.api_root,
            auth=self._auth,
            policy=self._options.retry,
            timeout=self._options.timeout,
            headers=self._headers,
            user_agent_prefix=self._user_agent,
            transport=self._async_pool,
            verify=self._verify,
            errors=self.service.errors,
        )

    @property
    def caller(self) -> Caller:
        """Sends spec-built requests and decodes their answers once (see ``dataports._core.calls``)."""
        return Caller(self._http, self.service.errors, self._options.retry)

    @property
    def api(self) -> ApiT:
        """The generated low-level client, sharing this client's connection, auth, timeouts and retries."""
        if self._api is None:
            api = self.api_client_class(base_url=self.api_root, raise_on_unexpected_status=True)
            api.set_httpx_client(self._http)
            self._api = api
        return self._api

    # --- per-call options ---------------------------------------------------------------------------------------
    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **retry_changes: Any,
    ) -> Self:
        """A copy of this client with another timeout or retry behaviour, sharing its connections.

        ``retry_changes`` are ``RetryPolicy`` fields (``retry_rate_limited=True``, ``max_retry_after=600``...).
        The copy is cheap (copies with the same options are reused) and needs no closing of its own: closing the
        original closes it. Example: ``client.with_options(timeout=5, max_retries=0).get_org()``.
        """
        retry = self._options.retry
        if max_retries is not None:
            retry_changes["max_retries"] = max_retries
        if retry_changes:
            retry = dataclasses.replace(retry, **retry_changes)
        options = _Options(
            timeout=self._options.timeout if timeout is None else _as_timeout(timeout, DEFAULT_TIMEOUT), retry=retry
        )
        if options.key() == self._options.key():
            return self
        with self._family_lock:
            http = self._family.get(options.key())
            if http is None:
                http = self._family[options.key()] = self._build_sync(SharedTransport(self._pool), options)
        twin = copy.copy(self)
        twin._http = http
        twin._options = options
        twin._async_http = None
        twin._api = None
        twin._owner = False
        return twin

    # --- lifetime -----------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connections (of this client and of every ``with_options`` copy of it)."""
        if not self._owner:
            return
        with self._family_lock:
            family, self._family = list(self._family.values()), {}
        for http in family:
            http.close()
        self._http.close()

    async def aclose(self) -> None:
        """Close the asyncio connections, then the sync ones."""
        if self._async_http is not None and self._owner:
            await self._async_http.aclose()
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _as_timeout(value: float | httpx.Timeout | None, default: httpx.Timeout) -> httpx.Timeout:
    if value is None:
        return default
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
