from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.dashboard_list import DashboardList
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
)


def build_request(
    *,
    includethumbnail: bool | Unset = False,
    name: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        includethumbnail=includethumbnail,
        name=name,
    )


def _get_kwargs(
    *,
    includethumbnail: bool | Unset = False,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includethumbnail"] = includethumbnail

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_dashboards", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DashboardList | None:
    if response.status_code == 200:
        response_200 = DashboardList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DashboardList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    includethumbnail: bool | Unset = False,
    name: str | Unset = UNSET,
) -> Response[ApiError | DashboardList]:
    """List the dashboards of the account, optionally with base64 thumbnails.

    Args:
        includethumbnail (bool | Unset):  Default: False.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DashboardList]
    """

    kwargs = _get_kwargs(
        includethumbnail=includethumbnail,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    includethumbnail: bool | Unset = False,
    name: str | Unset = UNSET,
) -> ApiError | DashboardList | None:
    """List the dashboards of the account, optionally with base64 thumbnails.

    Args:
        includethumbnail (bool | Unset):  Default: False.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DashboardList
    """

    return sync_detailed(
        client=client,
        includethumbnail=includethumbnail,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    includethumbnail: bool | Unset = False,
    name: str | Unset = UNSET,
) -> Response[ApiError | DashboardList]:
    """List the dashboards of the account, optionally with base64 thumbnails.

    Args:
        includethumbnail (bool | Unset):  Default: False.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DashboardList]
    """

    kwargs = _get_kwargs(
        includethumbnail=includethumbnail,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    includethumbnail: bool | Unset = False,
    name: str | Unset = UNSET,
) -> ApiError | DashboardList | None:
    """List the dashboards of the account, optionally with base64 thumbnails.

    Args:
        includethumbnail (bool | Unset):  Default: False.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DashboardList
    """

    return (
        await asyncio_detailed(
            client=client,
            includethumbnail=includethumbnail,
            name=name,
        )
    ).parsed
