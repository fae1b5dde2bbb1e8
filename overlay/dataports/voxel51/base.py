"""The base every ``API`` resource mixin stands on: the token and base URL, the service's configuration (errors,
retries, headers), and the few ways its calls read answers (a JSON object, array or string under an envelope key;
a streamed, atomic download)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self, TypeVar

import httpx
from dataports_api.voxel51.client import Client as GeneratedClient

from dataports._core.auth import HeaderAuth, credential
from dataports._core.files import safe_filename
from dataports._core.retry_policy import RetryPolicy
from dataports._core.secrets import Secret, redact_url
from dataports._core.service_client import ServiceClient, ServiceConfig

from .auth import Token, load_token
from .errors import InvalidTokenError, Voxel51Errors

TokenLike = Token | str | os.PathLike[str]
J = TypeVar("J", dict[str, Any], list[Any], str)


def api_root(url: str) -> str:
    """The root the ``/v1/...`` paths hang from: tolerate a URL given with the ``/v1`` suffix."""
    url = url.rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


def _token_url(token: Token) -> str | None:
    # The token's own URL counts only when DATAPORTS_VOXEL51_URL is unset: the environment points every client at
    # an emulator, and an explicit ``base_url`` wins over both.
    return None if os.environ.get("DATAPORTS_VOXEL51_URL") else token.base_api_url


def _bearer_key(token: Token) -> Secret:
    """The token's key, checked here so a key with a stray line break fails at once, without being quoted; from
    here on the key travels as a ``Secret``, so the transport's reprs and errors never show it."""
    return credential(token.private_key, "token.private_key", error=InvalidTokenError)


def server_named_path(name: object, fallback: str) -> str:
    """Where a download goes by default: the name the server gave it, reduced to a base name so that it cannot
    point outside the working directory (``fallback`` when the server gave nothing usable)."""
    return safe_filename(name if isinstance(name, str) else None, fallback)


class APIBase(ServiceClient[GeneratedClient]):
    """Holds the token and the connection every ``API`` method shares; see ``dataports.voxel51.API``."""

    service = ServiceConfig(
        name="voxel51",
        public_url="https://api.voxel51.com",
        errors=Voxel51Errors(),
        # No rate limit is documented; a 429 is still safe to retry because the request was not processed.
        retry=RetryPolicy(max_retries=2, rate_limit_statuses=frozenset({429})),
        headers={"Accept": "application/json"},
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        token: TokenLike | None = None,
        keep_alive: bool = False,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.token = token if isinstance(token, Token) else load_token(token)
        # ``keep_alive`` is accepted for compatibility: the httpx client always pools its connections.
        self.keep_alive = keep_alive
        super().__init__(
            base_url=base_url or _token_url(self.token),
            auth=HeaderAuth(_bearer_key(self.token), "Authorization", "Bearer"),
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
            async_transport=async_transport,
        )
        # As the classic client reports it; requests go to ``api_root``, where the spec's ``/v1/...`` paths hang.
        self.base_url = f"{self.api_root}/v1"

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        """The root the ``/v1/...`` paths hang from: a URL given with the ``/v1`` suffix is accepted too."""
        return api_root(url)

    @classmethod
    def from_json(cls, token_path: str | os.PathLike[str], keep_alive: bool = False, **options: Any) -> Self:
        """A client for the token file at ``token_path`` (``TokenError`` when there is no such file)."""
        return cls(load_token(token_path), keep_alive, **options)

    def __repr__(self) -> str:
        # The token's own repr hides its private key.
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, token={self.token!r})"

    # --- reading answers --------------------------------------------------------------------------------------
    def _fetch(self, request: Mapping[str, Any], kind: type[J], *path: str) -> J:
        """Send ``request`` and return the ``kind`` under ``path`` in its JSON answer."""
        return self.caller.json_as(request, kind, *path)

    def _download(self, request: Mapping[str, Any], output_path: str | os.PathLike[str], progress: bool) -> Path:
        """Stream a download operation's answer to ``output_path`` atomically, resuming or restarting after a
        dropped connection under the retry policy; a connection lost for good becomes an ``APIError``."""
        return self.caller.download(request, output_path, progress=progress)
