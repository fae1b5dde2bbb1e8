"""The client bases, as ``temba_client.base`` has them: ``BaseClient`` (the service configuration, connection and
credentials) and ``BaseCursorClient`` (the request helpers every resource uses), plus ``CursorQuery`` and
``CursorIterator`` (defined in ``query``).

Resource modules (``contacts``, ``messages``, ...) subclass ``TembaBase`` with their methods; ``client`` composes
them into ``TembaClient``. Nothing here imports a resource module or ``client``: no import cycles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx
from dataports_api.rapidpro.client import Client as GeneratedClient

from dataports import __version__
from dataports._core.auth import HeaderAuth, credential
from dataports._core.retry_policy import RetryPolicy
from dataports._core.secrets import Secret, redact_url
from dataports._core.service_client import ServiceClient, ServiceConfig
from dataports._core.transport import user_agent as dataports_user_agent

from .errors import RapidProErrors, TembaInvalidArgument, TembaInvalidToken
from .query import CursorIterator, CursorQuery, Operation, Transformer, item_parser
from .serialize import query

#: The name and version of the client that sends the requests (the classic module has them in ``temba_client``).
CLIENT_NAME = "dataports"
"""This client's name, as ``temba_client.base.CLIENT_NAME`` gives the classic one's."""
CLIENT_VERSION = __version__
"""This client's version (the dataports version), as ``temba_client.base.CLIENT_VERSION``."""

PUBLIC_HOST = "https://rapidpro.io"
API_VERSION = 2
API_ROOT = f"/api/v{API_VERSION}"


class Model(Protocol):
    """A generated model class (``dataports_api.rapidpro.models.Contact``...)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)


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


class BaseClient(ServiceClient[GeneratedClient]):
    """The RapidPro API connection: configuration, credentials, and the classic attributes.

    ``root_url`` (``https://host/api/v2``), ``headers`` (the headers the classic client sends, as a dict),
    ``verify_ssl`` and ``transformer`` are the classic client's; only API version 2 exists.
    """

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
        api_version: int = API_VERSION,
        user_agent: str | None = None,
        verify_ssl: bool | None = None,
        transformer: Transformer | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if api_version != API_VERSION:
            raise TembaInvalidArgument("api_version", f"{api_version!r} is not supported; RapidPro API v2 only")
        # Checked before anything is sent: a token with a line break in it fails now, without being quoted.
        self._token = credential(token, "token", error=TembaInvalidToken)
        super().__init__(
            base_url=host,
            auth=HeaderAuth(self._token, "Authorization", "Token"),
            timeout=timeout,
            max_retries=max_retries,
            user_agent=user_agent,
            verify=True if verify_ssl is None else verify_ssl,
            transport=transport,
        )
        self.root_url = self.api_root
        self.verify_ssl = verify_ssl
        self.transformer = transformer
        self.headers = _classic_headers(self._token, user_agent)

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        """The API root for ``url``: a bare host (``rapidpro.io``), a URL or the API root itself (``.../api/v2/``)."""
        return api_root(url)

    def __repr__(self) -> str:
        # Neither the token nor a password in the URL (https://user:password@host) is shown.
        return f"{type(self).__name__}({redact_url(self.root_url)!r}, token={self._token!r})"


def _classic_headers(token: Secret, user_agent: str | None) -> dict[str, str]:
    """The headers the classic client keeps in ``headers``: the token in clear, as there (``repr`` never shows it)."""
    return {
        "Content-type": "application/json",
        "Accept": "application/json",
        "Authorization": f"Token {token.reveal()}",
        "User-Agent": dataports_user_agent(BaseClient.service.name, user_agent),
    }


class BaseCursorClient(BaseClient):
    """The request helpers every resource shares: listings as ``CursorQuery``, single objects, writes, deletes and
    bulk actions, all through the generated operations."""

    def _parser(self, model: type[M]) -> Callable[[Any], M]:
        """``model.from_dict``, behind the classic ``transformer`` hook when one is set."""
        return item_parser(model, self.transformer)

    def _query(self, operation: Operation, model: type[M], /, **params: Any) -> CursorQuery[M]:
        """A lazy listing of ``model`` objects from the generated ``list_*`` ``operation``, filtered by ``params``
        (classic argument names and values; ``None`` means no filter)."""
        return CursorQuery(self, None, query(**params), model, self.transformer, operation=operation)

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


class TembaBase(BaseCursorClient):
    """``BaseCursorClient`` for API v2, with ``TembaClient``'s constructor: what the resource mixins build on."""

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
        super().__init__(
            host,
            token,
            API_VERSION,
            user_agent,
            verify_ssl,
            transformer,
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )


__all__ = ["BaseClient", "BaseCursorClient", "CursorIterator", "CursorQuery", "TembaBase", "api_root"]
