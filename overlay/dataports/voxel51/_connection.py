"""The plumbing every ``API`` method stands on: token and base URL, the httpx client, the generated client,
argument helpers, and atomic downloads."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, Self

import httpx
from dataports_api.voxel51.client import Client as GeneratedClient

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError, require
from dataports._core.auth import HeaderAuth, credential
from dataports._core.files import download_to
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig

from .auth import Token, load_token
from .errors import Voxel51Errors

Moment = datetime | str
TokenLike = Token | str | os.PathLike[str]


def api_root(url: str) -> str:
    """The root the ``/v1/...`` paths hang from: tolerate a URL given with the ``/v1`` suffix."""
    url = url.rstrip("/")
    return url[: -len("/v1")] if url.endswith("/v1") else url


def timestamp(value: Moment, argument: str) -> str:
    """An ISO 8601 string from a ``datetime`` or a string, as the classic client sends dates."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise InvalidArgumentError(argument, f"must be a datetime or an ISO 8601 string, got {value!r}")


def ttl_change(days: float | None, expiration_date: Moment | None) -> dict[str, Any]:
    """Exactly one of ``days`` (relative, may be negative) or ``expiration_date``, checked before any request."""
    if (days is None) == (expiration_date is None):
        raise InvalidArgumentError("days/expiration_date", "give exactly one of days and expiration_date")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int | float):
            raise InvalidArgumentError("days", f"must be a number, got {days!r}")
        return {"days": days}
    assert expiration_date is not None
    return {"expiration_date": timestamp(expiration_date, "expiration_date")}


def id_list(ids: Iterable[str], argument: str) -> list[str]:
    # A lone id string would otherwise be taken as a list of one-character ids.
    if isinstance(ids, str):
        raise InvalidArgumentError(argument, "must be a list of ids, not a single string")
    values = [str(require(i, argument)) for i in ids]
    if not values:
        raise InvalidArgumentError(argument, "is empty; give at least one id")
    return values


def _token_url(token: Token) -> str | None:
    # The token's own URL counts only when DATAPORTS_VOXEL51_URL is unset: the environment points every client at
    # an emulator, and an explicit ``base_url`` wins over both.
    return None if os.environ.get("DATAPORTS_VOXEL51_URL") else token.base_api_url


class Connection(ServiceClient[GeneratedClient]):
    """Holds the token, the configured httpx client and the generated client shared by every method."""

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
    ) -> None:
        self.token = token if isinstance(token, Token) else load_token(token)
        # ``keep_alive`` is accepted for compatibility: the httpx client always pools its connections.
        self.keep_alive = keep_alive
        super().__init__(
            base_url=base_url or _token_url(self.token),
            auth=HeaderAuth(credential(self.token.private_key, "token.private_key"), "Authorization", "Bearer"),
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        return api_root(url)

    @classmethod
    def from_json(cls, token_path: str | os.PathLike[str], keep_alive: bool = False, **options: Any) -> Self:
        return cls(Token.from_json(token_path), keep_alive, **options)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, token={self.token!r})"

    @staticmethod
    def _json(response: Any) -> Any:
        return jsonlib.loads(response.content)

    def _download(self, path: str, output_path: str | os.PathLike[str], progress: bool) -> Path:
        """Stream ``path`` to ``output_path`` atomically; a connection lost mid-body becomes an ``APIError``."""
        return download_to(self.http, path, output_path, progress=progress, errors=self.service.errors)

    @staticmethod
    def _batch_responses(response: Any) -> dict[str, Any]:
        return dict(jsonlib.loads(response.content)["responses"])

    @staticmethod
    def _model(name: str) -> Any:
        from dataports_api.voxel51 import models

        return getattr(models, name)

    def _ttl_form(self, days: float | None, expiration_date: Moment | None) -> Any:
        return self._model("TtlUpdateForm").from_dict(ttl_change(days, expiration_date))
