from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project_list_response import ProjectListResponse
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
)


def build_request(
    *,
    limit: int | Unset = 200,
    query: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        limit=limit,
        query=query,
    )


def _get_kwargs(
    *,
    limit: int | Unset = 200,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_projects", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectListResponse | None:
    if response.status_code == 200:
        response_200 = ProjectListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProjectListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    query: str | Unset = UNSET,
) -> Response[Error | ProjectListResponse]:
    """List or search the projects the key can see.

     Used both to list projects and to search them (`search_projects(count, query)` in the classic
    client,
    which sends `limit=count` and, when given, `query`).

    Args:
        limit (int | Unset):  Default: 200.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    query: str | Unset = UNSET,
) -> Error | ProjectListResponse | None:
    """List or search the projects the key can see.

     Used both to list projects and to search them (`search_projects(count, query)` in the classic
    client,
    which sends `limit=count` and, when given, `query`).

    Args:
        limit (int | Unset):  Default: 200.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    query: str | Unset = UNSET,
) -> Response[Error | ProjectListResponse]:
    """List or search the projects the key can see.

     Used both to list projects and to search them (`search_projects(count, query)` in the classic
    client,
    which sends `limit=count` and, when given, `query`).

    Args:
        limit (int | Unset):  Default: 200.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 200,
    query: str | Unset = UNSET,
) -> Error | ProjectListResponse | None:
    """List or search the projects the key can see.

     Used both to list projects and to search them (`search_projects(count, query)` in the classic
    client,
    which sends `limit=count` and, when given, `query`).

    Args:
        limit (int | Unset):  Default: 200.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            query=query,
        )
    ).parsed
