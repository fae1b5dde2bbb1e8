"""What every Datagrok resource module builds on: the key and base URL, the service's configuration (errors,
retries, the ``api-error`` check on every answer) and the rules for identifiers (``:`` becomes ``.``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx
from dataports_api.datagrok.client import Client as GeneratedClient

from dataports._core.auth import HeaderAuth, credential
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig

from .csvio import read_frame
from .errors import API_ERROR_HEADER, DatagrokArgumentError, DatagrokErrors

if TYPE_CHECKING:
    import pandas

PUBLIC_URL = "https://public.datagrok.ai/api"
#: What the API root ends with; ``<deployment>`` alone answers 404, so it is added when missing.
API_ROOT = "/api"


def api_root(url: str) -> str:
    """The root ``/public/v1/...`` hangs from: ``<deployment>/api`` (added when missing, e.g. for the
    ``<emulator>/datagrok`` that ``DATAPORTS_DATAGROK_URL`` names)."""
    url = url.rstrip("/")
    url = url.removesuffix("/public/v1").rstrip("/")
    return url if url.endswith(API_ROOT) else url + API_ROOT


def rest_name(value: Any, argument: str) -> str:
    """A Grok name or ID in the REST form paths use: ``:`` replaced by ``.``, as the classic clients do; an empty
    name (or a non-string) is refused before any request."""
    if not isinstance(value, str):
        raise DatagrokArgumentError(argument, f"must be a name or ID string, got {type(value).__name__}")
    name = value.strip().replace(":", ".")
    if not name:
        raise DatagrokArgumentError(argument, "is empty; give an ID or a Grok name such as Namespace:Project:Table")
    if "/" in name:
        raise DatagrokArgumentError(argument, f"{value!r} contains '/', which no Grok name or ID holds")
    return name


def with_raw_path(request: dict[str, Any], value: str, safe: str = "/") -> dict[str, Any]:
    """``request`` with its last path parameter sent with its separators (``safe``: ``/`` in a file path, ``,`` in
    a list of table IDs) as they are, as the real clients send them; the generated layer percent-encodes them."""
    url = str(request["url"])
    encoded = quote(value, safe="")
    if value and url.endswith(encoded):
        request["url"] = url[: len(url) - len(encoded)] + quote(value, safe=safe)
    return request


def _looks_like_url(value: Any) -> bool:
    return isinstance(value, str) and "://" in value


def connection_arguments(args: tuple[Any, ...], api_key: str | None, base_url: str | None) -> tuple[Any, Any]:
    """``(api_key, base_url)`` from positional and keyword arguments in either client's order: the classic
    ``DatagrokClient(api_key, base_url)`` and the resource client's ``DatagrokClient(base_url, api_key)``. A base
    URL always has a scheme (``https://``) and a key never does, which tells the two apart."""
    if len(args) > 2:
        raise TypeError(f"DatagrokClient() takes at most 2 positional arguments ({len(args)} given)")
    positional = list(args)
    if positional and base_url is None and api_key is None and len(positional) == 2:
        first, second = positional
        return (second, first) if _looks_like_url(first) and not _looks_like_url(second) else (first, second)
    for value in positional:
        if _looks_like_url(value) and base_url is None:
            base_url = value
        elif api_key is None:
            api_key = value
        elif base_url is None:
            base_url = value
        else:
            raise TypeError("DatagrokClient() got api_key or base_url both by position and by keyword")
    return api_key, base_url


class DatagrokBase(ServiceClient[GeneratedClient]):
    """Holds the key and the connection every call shares; see ``dataports.datagrok.DatagrokClient``."""

    service = ServiceConfig(
        name="datagrok",
        public_url=PUBLIC_URL,
        errors=DatagrokErrors(),
        # No rate limit is documented; a 429 is still safe to retry because the request was not processed.
        retry=RetryPolicy(max_retries=2, rate_limit_statuses=frozenset({429})),
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        # Sent verbatim, as the classic clients do: the caller includes the "Bearer " prefix.
        self._key = credential(api_key, "api_key")
        super().__init__(
            base_url=base_url,
            auth=HeaderAuth(self._key, "Authorization"),
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
            async_transport=async_transport,
        )

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        """``url`` as the API root: ``/api`` is added when missing."""
        return api_root(url)

    @property
    def api_key(self) -> str:
        """The key as given (``"Bearer <key>"``), a plain string as in the classic client."""
        return self._key.reveal()

    @property
    def headers(self) -> dict[str, str]:
        """The classic ``headers`` attribute: the ``Authorization`` header every call carries."""
        return {"Authorization": self._key.reveal()}

    def observe_response(self, response: httpx.Response) -> None:
        """Raise the error the server flagged with a 2xx and an ``api-error`` header (``DatagrokApiError``, also the
        cross-service class for its code), as for any failing status."""
        # The server may flag an error with a 2xx; its body is then the error, never the documented payload.
        if API_ERROR_HEADER in response.headers and response.status_code < 400:
            response.read()
            errors = self.service.errors
            assert isinstance(errors, DatagrokErrors)
            raise errors.from_flagged(response)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self._key!r})"

    # --- reading answers --------------------------------------------------------------------------------------
    def _json(self, request: Mapping[str, Any]) -> Any:
        return self.caller.json(request)

    def _objects(self, request: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The JSON array of objects the request answers; any other shape is the service's exception."""
        caller = self.caller
        response = caller.send(request)
        items = caller.expect(response, caller.decode(response), list)
        if not all(isinstance(item, dict) for item in items):
            raise self.service.errors.from_bad_body(response, "expected an array of objects")
        return items

    def _object(self, request: Mapping[str, Any]) -> dict[str, Any]:
        return self.caller.json_as(request, dict)

    def _csv_frame(self, request: Mapping[str, Any]) -> pandas.DataFrame:
        """The CSV the (streamed) request answers, as a DataFrame (pyarrow's multithreaded reader when installed,
        pandas' otherwise), never held whole in memory; a connection dropped mid-body fetches it again under the
        retry policy. The sync client parses the body as it arrives; the async one spools it and parses it on a
        worker thread (``Caller.read_streamed`` and its twin)."""
        return self.caller.read_streamed(request, read_frame)
