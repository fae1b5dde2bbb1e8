from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytic_doc import AnalyticDoc
from ...models.error_response import ErrorResponse
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (401, 401),
    (403, 403),
    (404, 404),
    (429, 429),
)


def build_request(
    analytic_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        analytic_id=analytic_id,
    )


def _get_kwargs(
    analytic_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/{analytic_id}/doc".format(
            analytic_id=quote(str(analytic_id), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "get_analytic_doc", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticDoc | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyticDoc.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticDoc | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyticDoc | ErrorResponse]:
    """Get the documentation of an analytic (its inputs, outputs and parameters).

     The body is the analytic documentation JSON itself, not wrapped in an envelope.

    Args:
        analytic_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticDoc | ErrorResponse]
    """

    kwargs = _get_kwargs(
        analytic_id=analytic_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AnalyticDoc | ErrorResponse | None:
    """Get the documentation of an analytic (its inputs, outputs and parameters).

     The body is the analytic documentation JSON itself, not wrapped in an envelope.

    Args:
        analytic_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticDoc | ErrorResponse
    """

    return sync_detailed(
        analytic_id=analytic_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyticDoc | ErrorResponse]:
    """Get the documentation of an analytic (its inputs, outputs and parameters).

     The body is the analytic documentation JSON itself, not wrapped in an envelope.

    Args:
        analytic_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticDoc | ErrorResponse]
    """

    kwargs = _get_kwargs(
        analytic_id=analytic_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AnalyticDoc | ErrorResponse | None:
    """Get the documentation of an analytic (its inputs, outputs and parameters).

     The body is the analytic documentation JSON itself, not wrapped in an envelope.

    Args:
        analytic_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticDoc | ErrorResponse
    """

    return (
        await asyncio_detailed(
            analytic_id=analytic_id,
            client=client,
        )
    ).parsed
