from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.data_set_list import DataSetList
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
    name: str | Unset = UNSET,
    uniquekeyavailable: bool | Unset = UNSET,
    refresh: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        name=name,
        uniquekeyavailable=uniquekeyavailable,
        refresh=refresh,
    )


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    uniquekeyavailable: bool | Unset = UNSET,
    refresh: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["uniquekeyavailable"] = uniquekeyavailable

    params["refresh"] = refresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_data_sets", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | DataSetList | None:
    if response.status_code == 200:
        response_200 = DataSetList.from_dict(response.json())

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
) -> Response[ApiError | DataSetList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    uniquekeyavailable: bool | Unset = UNSET,
    refresh: bool | Unset = UNSET,
) -> Response[ApiError | DataSetList]:
    """List the data sets of the account, optionally filtered.

     Answers `{"data": [...]}` with one metadata object per data set (not paginated).

    The classic wrapper adds a filter only when its value is truthy, so it can never ask for
    `uniquekeyavailable=false` or `refresh=false`; the service accepts both values.

    Args:
        name (str | Unset):
        uniquekeyavailable (bool | Unset):
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataSetList]
    """

    kwargs = _get_kwargs(
        name=name,
        uniquekeyavailable=uniquekeyavailable,
        refresh=refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    uniquekeyavailable: bool | Unset = UNSET,
    refresh: bool | Unset = UNSET,
) -> ApiError | DataSetList | None:
    """List the data sets of the account, optionally filtered.

     Answers `{"data": [...]}` with one metadata object per data set (not paginated).

    The classic wrapper adds a filter only when its value is truthy, so it can never ask for
    `uniquekeyavailable=false` or `refresh=false`; the service accepts both values.

    Args:
        name (str | Unset):
        uniquekeyavailable (bool | Unset):
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataSetList
    """

    return sync_detailed(
        client=client,
        name=name,
        uniquekeyavailable=uniquekeyavailable,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    uniquekeyavailable: bool | Unset = UNSET,
    refresh: bool | Unset = UNSET,
) -> Response[ApiError | DataSetList]:
    """List the data sets of the account, optionally filtered.

     Answers `{"data": [...]}` with one metadata object per data set (not paginated).

    The classic wrapper adds a filter only when its value is truthy, so it can never ask for
    `uniquekeyavailable=false` or `refresh=false`; the service accepts both values.

    Args:
        name (str | Unset):
        uniquekeyavailable (bool | Unset):
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataSetList]
    """

    kwargs = _get_kwargs(
        name=name,
        uniquekeyavailable=uniquekeyavailable,
        refresh=refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    uniquekeyavailable: bool | Unset = UNSET,
    refresh: bool | Unset = UNSET,
) -> ApiError | DataSetList | None:
    """List the data sets of the account, optionally filtered.

     Answers `{"data": [...]}` with one metadata object per data set (not paginated).

    The classic wrapper adds a filter only when its value is truthy, so it can never ask for
    `uniquekeyavailable=false` or `refresh=false`; the service accepts both values.

    Args:
        name (str | Unset):
        uniquekeyavailable (bool | Unset):
        refresh (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataSetList
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            uniquekeyavailable=uniquekeyavailable,
            refresh=refresh,
        )
    ).parsed
