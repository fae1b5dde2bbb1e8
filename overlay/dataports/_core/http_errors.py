"""Turn failed HTTP exchanges into a service's own exceptions, for generated and hand-written calls alike."""

from __future__ import annotations

import json
from typing import Any, Protocol

import httpx

from dataports._core.errors import DataportsError

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


class ErrorMapper(Protocol):
    """A service's mapping from a failed exchange to its classic exception classes."""

    def from_response(self, response: httpx.Response) -> DataportsError: ...

    def from_transport_error(self, error: httpx.TransportError, request: httpx.Request) -> DataportsError: ...


def decode_error_body(response: httpx.Response) -> Any:
    """The error body as JSON when it is JSON, else as text (``None`` when empty)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def response_details(response: httpx.Response) -> dict[str, Any]:
    """Keyword arguments for ``DataportsError`` describing ``response`` (method, URL, status, body, request id)."""
    request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
    return {
        "status_code": response.status_code,
        "body": decode_error_body(response),
        "method": response.request.method,
        "url": str(response.request.url),
        "request_id": request_id,
        "response_headers": dict(response.headers),
    }


def request_details(request: httpx.Request) -> dict[str, Any]:
    return {"method": request.method, "url": str(request.url)}


def raise_for_status_hook(mapper: ErrorMapper) -> Any:
    def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            response.read()
            raise mapper.from_response(response)

    return hook


def async_raise_for_status_hook(mapper: ErrorMapper) -> Any:
    async def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
            raise mapper.from_response(response)

    return hook
