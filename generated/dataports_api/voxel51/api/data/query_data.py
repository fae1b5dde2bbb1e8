from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_query_response import DataQueryResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (429, 429),
)


def build_request(
    *,
    fields: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        fields=fields,
        search=search,
        sort=sort,
        offset=offset,
        limit=limit,
    )


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["search"] = search

    params["sort"] = sort

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/data",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "query_data", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataQueryResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataQueryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataQueryResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[DataQueryResponse | ErrorResponse]:
    """Run a customized data query.

     Query options mirror `voxel51.users.query.DataQuery.to_dict()`. The classic client sends them as a
    JSON body on this GET (dropping falsy values); servers accept the same names as query parameters.
    Searchable and returnable fields are `id`, `name`, `size`, `type`, `upload_date`, `expiration_date`
    and `encoding`.

    Args:
        fields (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQueryResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        search=search,
        sort=sort,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> DataQueryResponse | ErrorResponse | None:
    """Run a customized data query.

     Query options mirror `voxel51.users.query.DataQuery.to_dict()`. The classic client sends them as a
    JSON body on this GET (dropping falsy values); servers accept the same names as query parameters.
    Searchable and returnable fields are `id`, `name`, `size`, `type`, `upload_date`, `expiration_date`
    and `encoding`.

    Args:
        fields (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQueryResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        fields=fields,
        search=search,
        sort=sort,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[DataQueryResponse | ErrorResponse]:
    """Run a customized data query.

     Query options mirror `voxel51.users.query.DataQuery.to_dict()`. The classic client sends them as a
    JSON body on this GET (dropping falsy values); servers accept the same names as query parameters.
    Searchable and returnable fields are `id`, `name`, `size`, `type`, `upload_date`, `expiration_date`
    and `encoding`.

    Args:
        fields (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQueryResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        search=search,
        sort=sort,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> DataQueryResponse | ErrorResponse | None:
    """Run a customized data query.

     Query options mirror `voxel51.users.query.DataQuery.to_dict()`. The classic client sends them as a
    JSON body on this GET (dropping falsy values); servers accept the same names as query parameters.
    Searchable and returnable fields are `id`, `name`, `size`, `type`, `upload_date`, `expiration_date`
    and `encoding`.

    Args:
        fields (str | Unset):
        search (str | Unset):
        sort (str | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQueryResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            search=search,
            sort=sort,
            offset=offset,
            limit=limit,
        )
    ).parsed
