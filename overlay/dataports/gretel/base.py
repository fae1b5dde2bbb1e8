"""What every Gretel resource builds on: the configured client base (``GretelBase``) the client's resource mixins
inherit, the project handle (``ProjectBase``) the project's resource mixins inherit, and the classic ``headers`` /
``params`` pass-through every call accepts.

Resource modules import this module and never ``client.py``, which composes them: no import cycles.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Collection, Mapping
from typing import Any

import httpx
from dataports_api.gretel.client import Client as GeneratedClient

from dataports._core.auth import HeaderAuth, credential
from dataports._core.config import resolve_base_url
from dataports._core.retry_policy import RetryPolicy
from dataports._core.secrets import redact_url
from dataports._core.service_client import ServiceClient, ServiceConfig

from .errors import GretelArgumentAttributeError, GretelErrors, MissingApiKey

#: The API's limit on records in one send or detect call.
MAX_RECORDS_PER_CALL = 50
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: Response header by which a server says it honours ``Idempotency-Key`` (the dataports emulator does).
IDEMPOTENCY_CAPABILITY = "x-dataports-idempotency"
API_KEY_ENV = "GRETEL_API_KEY"
#: The classic pass-through keyword arguments: extra request headers and query parameters.
REQUEST_OPTIONS = ("headers", "params")


class GretelBase(ServiceClient[GeneratedClient]):
    """The Gretel service configuration and connection; resource mixins add the classic methods.

    ``Client(host="api.gretel.cloud", api_key="grtu...")`` as in the classic client. ``host`` may also be a full URL
    (``http://127.0.0.1:8765/gretel``); a bare host name gives way to ``DATAPORTS_GRETEL_URL`` when that is set, so
    classic code runs against the emulator unchanged. Without ``api_key``, ``GRETEL_API_KEY`` is used.
    """

    service = ServiceConfig(
        name="gretel",
        public_url="https://api.gretel.cloud",
        errors=GretelErrors(),
        # Gretel signals rate limiting with 403 and no Retry-After: back off exponentially, up to ~10 s a wait.
        retry=RetryPolicy(max_retries=8, initial_delay=0.5, max_delay=10.0, rate_limit_statuses=frozenset({403, 429})),
        timeout=httpx.Timeout(30.0, connect=5.0),
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        *,
        host: str,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise MissingApiKey("api_key", f"is required (pass it, set {API_KEY_ENV}, or use api_key='prompt')")
        # Checked here, before any request: a key with a line break in it fails now, without quoting it.
        self._key = credential(key, "api_key")
        #: Holds "idempotency" once the server said it honours Idempotency-Key (the dataports emulator does; the
        #: real service does not), so that a batch whose outcome is unknown may safely be sent again. A set, so
        #: every ``with_options`` copy of this client sees what the original learnt.
        self._capabilities: set[str] = set()
        explicit = host if "://" in (host or "") else None
        public = f"https://{host.strip('/')}" if host and not explicit else self.service.public_url
        super().__init__(
            base_url=resolve_base_url(self.service.name, explicit, public),
            auth=HeaderAuth(self._key, "Authorization"),
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )
        #: The API host the client talks to, as the classic client keeps it (``"api.gretel.cloud"``).
        self.host: str = self.base_url.split("://", 1)[-1].rstrip("/")

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        """``url`` with the classic trailing slash (``https://api.gretel.cloud/``), since classic code appends paths to
        it."""
        # The classic ``base_url`` ends with a slash (``https://api.gretel.cloud/``) and classic code appends paths.
        return url.rstrip("/") + "/"

    @property
    def api_key(self) -> str:
        """The API key, a plain string as in the classic client (``repr(client)`` never shows it)."""
        return self._key.reveal()

    @property
    def session(self) -> httpx.Client:
        """The HTTP session every call goes through. The classic client had a ``requests.Session``; this is the
        configured ``httpx.Client`` (same ``get``/``post``/``headers`` use), which also retries and raises the
        classic exceptions for failing statuses."""
        return self.http

    @property
    def idempotency_honoured(self) -> bool:
        """Whether the server said it honours ``Idempotency-Key``, so an unknown-outcome batch may be re-sent."""
        return "idempotency" in self._capabilities

    def observe_response(self, response: httpx.Response) -> None:
        """Note when the server says it honours idempotency keys (the dataports emulator does), so a batch whose answer
        was lost may be re-sent; see ``idempotency_honoured``."""
        if response.headers.get(IDEMPOTENCY_CAPABILITY) == "honoured":
            self._capabilities.add("idempotency")

    def __repr__(self) -> str:
        return f"Client({redact_url(self.base_url)!r}, api_key={self._key!r})"


def as_list(value: Any) -> list[Any]:
    """``value`` when the API sent the list it promised; for ``Caller.parse``, which turns the ``TypeError`` into
    the service's exception."""
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


class ProjectBase:
    """One Gretel project, as the classic ``Project(name=..., client=..., project_id=..., desc=..., display_name=...)``;
    ``Project`` adds the record and field methods. Get one with ``client.get_project(...)``."""

    def __init__(
        self,
        *,
        name: str,
        client: GretelBase,
        project_id: str,
        desc: str | None = None,
        display_name: str | None = None,
    ) -> None:
        #: The project's unique name, chosen by you or by Gretel.
        self.name = name
        self.client = client
        #: The project's 24-hex id, managed by Gretel.
        self.project_id = project_id
        self.description = desc
        #: The name the Gretel Console shows.
        self.display_name = display_name

    def __repr__(self) -> str:
        return f"Project(name={self.name!r}, project_id={self.project_id!r})"


class RequestOptions:
    """The classic ``headers=`` and ``params=`` keyword arguments of a call, checked before any request.

    Like the classic client, other keyword arguments are ignored, with a warning naming them (a typo such as
    ``record_limt=`` would otherwise pass silently).
    """

    __slots__ = ("headers", "params")

    def __init__(self, call: str, options: Mapping[str, Any], known: Collection[str] = ()) -> None:
        headers = options.get("headers") or {}
        params = options.get("params") or {}
        for argument, value in (("headers", headers), ("params", params)):
            if not isinstance(value, Mapping):
                raise GretelArgumentAttributeError(argument, f"must be a dict, got {type(value).__name__}")
        unknown = sorted(set(options) - set(REQUEST_OPTIONS) - set(known))
        if unknown:
            warnings.warn(
                f"{call}() ignores the keyword arguments {', '.join(unknown)} (as the classic client did)",
                stacklevel=3,
            )
        self.headers: dict[str, str] = {str(k): str(v) for k, v in headers.items()}
        self.params: dict[str, Any] = dict(params)

    def apply(self, request: dict[str, Any], *, keep: Collection[str] = ()) -> dict[str, Any]:
        """``request`` (``build_request`` output) with these headers and query parameters added; the caller's
        parameters win over the request's own, except those named in ``keep`` (the classic precedence)."""
        if self.params:
            own = request.get("params") or {}
            request["params"] = {**own, **self.params, **{k: own[k] for k in keep if k in own}}
        if self.headers:
            request["headers"] = {**self.headers, **(request.get("headers") or {})}
        return request
