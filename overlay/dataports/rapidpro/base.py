"""``TembaBase``: the RapidPro service configuration and connection, and the few calls every resource makes.

Resource modules (``contacts``, ``messages``, ...) subclass it with their methods; ``client`` composes them into
``TembaClient``. Nothing here imports a resource module or ``client``: no import cycles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx
from dataports_api.rapidpro.client import Client as GeneratedClient

from dataports._core.auth import HeaderAuth, credential
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig

from .errors import RapidProErrors
from .query import CursorQuery, Operation
from .serialize import query


class Model(Protocol):
    """A generated model class (``dataports_api.rapidpro.models.Contact``...)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)
#: The classic client's ``transformer`` hook: ``(object class, item JSON) -> item JSON``, applied before parsing.
Transformer = Callable[[type, dict[str, Any]], dict[str, Any]]

PUBLIC_HOST = "https://rapidpro.io"
API_ROOT = "/api/v2"
#: Columns ``to_dataframe()`` turns into timezone-aware datetimes.
DATETIME_COLUMNS = ("created_on", "modified_on", "last_seen_on", "sent_on", "exited_on", "occurred_on", "last_seen")


def api_root(host_or_url: str) -> str:
    """``https://host/api/v2`` from a bare host, a URL, or a URL that already ends in ``/api/v2``."""
    url = host_or_url.strip().rstrip("/")
    if "://" not in url:
        url = f"https://{url}"
    return url if url.endswith(API_ROOT) else url + API_ROOT


def _model(name: str) -> Any:
    # The generated models package imports each model on first access, so naming one costs only that module.
    from dataports_api.rapidpro import models

    return getattr(models, name)


class TembaBase(ServiceClient[GeneratedClient]):
    """The RapidPro API v2 connection: configuration, credentials, and the request helpers resources share."""

    service = ServiceConfig(
        name="rapidpro",
        public_url=PUBLIC_HOST,
        errors=RapidProErrors(),
        # Like the classic client, a rate-limited call raises TembaRateExceededError unless the caller opts in to
        # waiting (retry_on_rate_exceed=True); transient server and connection failures of reads are retried.
        retry=RetryPolicy(max_retries=2, rate_limit_statuses=frozenset({429}), retry_rate_limited=False),
        headers={"Accept": "application/json"},
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        host: str | None = None,
        token: str | None = None,
        user_agent: str | None = None,
        verify_ssl: bool | None = None,
        transformer: Transformer | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        # Checked before anything is sent: a token with a line break in it fails now, without being quoted.
        self._token = credential(token, "token")
        self._transformer = transformer
        super().__init__(
            base_url=host,
            auth=HeaderAuth(self._token, "Authorization", "Token"),
            timeout=timeout,
            max_retries=max_retries,
            user_agent=user_agent,
            verify=True if verify_ssl is None else verify_ssl,
            transport=transport,
        )
        self.root_url = self.base_url

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        return api_root(url)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.root_url!r}, token={self._token!r})"

    # --- what the resources share -------------------------------------------------------------------------------
    def _parser(self, model: type[M]) -> Callable[[Any], M]:
        """``model.from_dict``, behind the classic ``transformer`` hook when one was given."""
        from_dict = model.from_dict
        transformer = self._transformer
        if transformer is None:
            return from_dict
        return lambda item: from_dict(transformer(model, item))

    def _query(self, operation: Operation, model: type[M], /, **params: Any) -> CursorQuery[M]:
        """A lazy listing of ``model`` objects from the generated ``list_*`` ``operation``, filtered by ``params``
        (classic argument values; ``None`` means no filter)."""
        return CursorQuery(self, operation, query(**params), self._parser(model), datetime_columns=DATETIME_COLUMNS)

    def _fetch(self, operation: Operation, model: type[M], /, **params: Any) -> M:
        """One object from a generated endpoint that answers with one (``get_org``, ``get_definitions``)."""
        caller = self.caller
        response = caller.send(operation.build_request(**params))
        return caller.parse(response, self._parser(model), caller.decode(response))

    def _write(self, operation: Operation, model: type[M], body: Mapping[str, Any], body_model: str, **ids: Any) -> M:
        """Send a create or update through the generated operation and parse the object it returns."""
        request_body = _model(body_model).from_dict(dict(body))
        kwargs = {name: value for name, value in ids.items() if value is not None}
        caller = self.caller
        response = caller.send(operation.build_request(body=request_body, **kwargs))
        return caller.parse(response, self._parser(model), caller.decode(response))

    def _delete(self, operation: Operation, **ids: Any) -> None:
        self.caller.send(operation.build_request(**ids))

    def _action(self, operation: Operation, body_model: str, body: Mapping[str, Any]) -> None:
        self.caller.send(operation.build_request(body=_model(body_model).from_dict(dict(body))))
