"""The ClicData connection every resource class uses: the service's configuration (errors, retries, headers), the
credentials of either auth method, and the few ways its calls read answers (a JSON object, a list under an
envelope key, a plain-text message, a plain-text id).

``Session`` (``session.py``) is this class with the classic extras; resource modules import ``session.py`` and never
``client.py``, which composes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

import httpx
from dataports_api.clicdata.client import Client as GeneratedClient

from dataports._core.auth import HeaderAuth, OAuth2ClientCredentials
from dataports._core.config import resolve_base_url
from dataports._core.retry_policy import RetryPolicy
from dataports._core.secrets import Secret
from dataports._core.service_client import ServiceClient, ServiceConfig

from . import auth
from .errors import ClicDataErrors, InvalidArgument

J = TypeVar("J", dict[str, Any], list[Any], str)


class ConnectionParams(TypedDict, total=False):
    """The connection arguments of ``Session``, which ``SessionManager(...)``, ``Data(...)``, ... pass on to it."""

    auth_method: str
    client_id: str
    client_secret: str
    username: str
    password: str
    url: str
    timeout: float | httpx.Timeout
    max_retries: int
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    token_refresh_margin: float


class CreatedId(int):
    """The id of a new object (an ``int``). ``.text`` is the API's plain-text answer, so classic code that read
    ``int(response.text)`` from the response the classic wrapper returned keeps working."""

    @property
    def text(self) -> str:
        """The id as text, as the classic code read it from the response (``int(response.text)``)."""
        return str(int(self))


class ClicDataBase(ServiceClient[GeneratedClient]):
    """A connection to the ClicData API with one set of credentials (see ``dataports.clicdata.Session``)."""

    service = ServiceConfig(
        name="clicdata",
        public_url="https://api.clicdata.com",
        errors=ClicDataErrors(),
        # No rate limit is documented; a 429 is still safe to retry because the request was not processed.
        retry=RetryPolicy(max_retries=2, rate_limit_statuses=frozenset({429})),
        headers={"Accept": "application/json"},
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        auth_method: str = "client_credentials",
        client_id: str | None = None,
        client_secret: str | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        token_refresh_margin: float = auth.DEFAULT_REFRESH_MARGIN,
    ) -> None:
        if auth_method == "authorization_code":
            raise InvalidArgument(
                "auth_method", "'authorization_code' is not supported yet; use 'client_credentials' or 'basic'"
            )
        if auth_method not in auth.AUTH_METHODS:
            raise InvalidArgument("auth_method", f"{auth_method!r} is not one of {', '.join(auth.AUTH_METHODS)}")
        #: ``"client_credentials"`` or ``"basic"``.
        self.auth_method = auth_method
        #: The ClicData client id (not a secret; the client secret and password are never kept in the clear).
        self.client_id = auth.required_text(client_id, "client_id")
        base_url = self.normalize_base_url(resolve_base_url(self.service.name, url, self.service.public_url))
        credentials: OAuth2ClientCredentials | HeaderAuth
        if auth_method == "client_credentials":
            secret = Secret(auth.required_text(client_secret, "client_secret"))
            credentials = auth.client_credentials(base_url, self.client_id, secret, token_refresh_margin)
            self.username: str | None = None
        else:
            self.username = auth.required_text(username, "username")
            credentials = auth.basic(self.client_id, self.username, Secret(auth.required_text(password, "password")))
        self._credentials = credentials
        super().__init__(
            base_url=base_url,
            auth=credentials,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
            async_transport=async_transport,
        )

    @property
    def url(self) -> str:
        """The API root, ending with a slash as the classic ``Session.url`` does."""
        return self.base_url + "/"

    @property
    def token_refreshes(self) -> int:
        """How many access tokens this session fetched (0 with Basic credentials); never the tokens themselves."""
        credentials = self._credentials
        return credentials.refreshes if isinstance(credentials, OAuth2ClientCredentials) else 0

    def __repr__(self) -> str:
        who = f", username={self.username!r}" if self.username else ""
        return (
            f"{type(self).__name__}(auth_method={self.auth_method!r}, client_id={self.client_id!r}{who}, "
            f"url={self.url!r})"
        )

    # --- reading answers --------------------------------------------------------------------------------------
    def fetch(self, request: Mapping[str, Any], kind: type[J], *path: str) -> J:
        """Send ``request`` and return the ``kind`` under ``path`` in its JSON answer."""
        return self.caller.json_as(request, kind, *path)

    def fetch_records(self, request: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
        """Send ``request`` and return the list of objects under ``key`` (``{"data": [...]}`` and the like)."""
        caller = self.caller
        response = caller.send(request)
        items = caller.expect(response, caller.decode(response, key), list)
        return caller.parse(response, _objects, items)

    def send_text(self, request: Mapping[str, Any]) -> str:
        """Send ``request`` and return its plain-text answer (a message, or a base64 image)."""
        return self.caller.send(request).text

    def create(self, request: Mapping[str, Any]) -> CreatedId:
        """Send a create ``request`` and return the new object's id, which the API answers as plain text."""
        response = self.caller.send(request)
        text = response.text.strip()
        if not text.isdecimal():
            raise self.service.errors.from_bad_body(response, "expected the new object's id as a plain-text integer")
        return CreatedId(int(text))


def _objects(items: list[Any]) -> list[dict[str, Any]]:
    if not all(isinstance(item, dict) for item in items):
        raise TypeError("expected a list of objects")
    return items
