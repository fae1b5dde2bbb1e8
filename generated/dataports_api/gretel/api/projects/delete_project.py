from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted_response import AcceptedResponse
from ...models.error import Error
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
)


def build_request(
    name_or_id: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        name_or_id=name_or_id,
    )


def _get_kwargs(
    name_or_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{name_or_id}".format(
            name_or_id=quote(str(name_or_id), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "delete_project", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptedResponse | Error | None:
    if response.status_code == 200:
        response_200 = AcceptedResponse.from_dict(response.json())

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
) -> Response[AcceptedResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AcceptedResponse | Error]:
    """Delete a project (finishes asynchronously).

     The classic client passes the project's `_id`. Deletion flushes all data and removes the project
    shell,
    collaborators and permissions. It completes shortly after the call returns, so the project may still
    be readable for a moment. The JSON body of the 200 answer carries nothing the client uses.

    Args:
        name_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedResponse | Error]
    """

    kwargs = _get_kwargs(
        name_or_id=name_or_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AcceptedResponse | Error | None:
    """Delete a project (finishes asynchronously).

     The classic client passes the project's `_id`. Deletion flushes all data and removes the project
    shell,
    collaborators and permissions. It completes shortly after the call returns, so the project may still
    be readable for a moment. The JSON body of the 200 answer carries nothing the client uses.

    Args:
        name_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedResponse | Error
    """

    return sync_detailed(
        name_or_id=name_or_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AcceptedResponse | Error]:
    """Delete a project (finishes asynchronously).

     The classic client passes the project's `_id`. Deletion flushes all data and removes the project
    shell,
    collaborators and permissions. It completes shortly after the call returns, so the project may still
    be readable for a moment. The JSON body of the 200 answer carries nothing the client uses.

    Args:
        name_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedResponse | Error]
    """

    kwargs = _get_kwargs(
        name_or_id=name_or_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name_or_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AcceptedResponse | Error | None:
    """Delete a project (finishes asynchronously).

     The classic client passes the project's `_id`. Deletion flushes all data and removes the project
    shell,
    collaborators and permissions. It completes shortly after the call returns, so the project may still
    be readable for a moment. The JSON body of the 200 answer carries nothing the client uses.

    Args:
        name_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedResponse | Error
    """

    return (
        await asyncio_detailed(
            name_or_id=name_or_id,
            client=client,
        )
    ).parsed
