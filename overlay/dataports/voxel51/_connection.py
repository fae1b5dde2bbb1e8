"""The plumbing every ``API`` method stands on: token and base URL, the httpx client, the generated client,
argument helpers, and atomic downloads."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, Self

import httpx

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError, require
from dataports._core.config import resolve_base_url
from dataports._core.files import download_to
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient
from dataports._core.transport import HeaderAuth, build_http_client

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


class Connection(ServiceClient):
    """Holds the token, the configured httpx client and the generated client shared by every method."""

    generated_package = "dataports_api.voxel51"

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
        self.base_url = api_root(resolve_base_url("voxel51", base_url, self.token.base_api_url))
        self._errors = Voxel51Errors()
        # No rate limit is documented; a 429 is still safe to retry because the request was not processed.
        self._policy = RetryPolicy(max_retries=max_retries, rate_limit_statuses=frozenset({429}))
        self._http = build_http_client(
            service="voxel51",
            base_url=self.base_url,
            auth=HeaderAuth(self.token.private_key, "Authorization", "Bearer"),
            policy=self._policy,
            timeout=timeout,
            headers={"Accept": "application/json"},
            transport=transport,
            errors=self._errors,
        )

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
        return download_to(self._http, path, output_path, progress=progress, errors=self._errors)

    @staticmethod
    def _batch_responses(response: Any) -> dict[str, Any]:
        return dict(jsonlib.loads(response.content)["responses"])

    @staticmethod
    def _model(name: str) -> Any:
        from dataports_api.voxel51 import models

        return getattr(models, name)

    def _ttl_form(self, days: float | None, expiration_date: Moment | None) -> Any:
        return self._model("TtlUpdateForm").from_dict(ttl_change(days, expiration_date))
