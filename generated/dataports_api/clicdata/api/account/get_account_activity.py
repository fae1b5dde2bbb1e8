from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_activity import AccountActivity
from ...models.activity_entity import ActivityEntity
from ...models.api_error import ApiError
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (401, 401),
    (403, 403),
)


def build_request(
    entity: ActivityEntity,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        entity=entity,
    )


def _get_kwargs(
    entity: ActivityEntity,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/activity/{entity}".format(
            entity=quote(str(entity), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "get_account_activity", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountActivity | ApiError | None:
    if response.status_code == 200:
        response_200 = AccountActivity.from_dict(response.json())

        return response_200

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
) -> Response[AccountActivity | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity: ActivityEntity,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountActivity | ApiError]:
    """Activity of the account's users or dashboards.

    Args:
        entity (ActivityEntity): Whose activity GET /account/activity/{entity} reports: the
            account's users or its dashboards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountActivity | ApiError]
    """

    kwargs = _get_kwargs(
        entity=entity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity: ActivityEntity,
    *,
    client: AuthenticatedClient | Client,
) -> AccountActivity | ApiError | None:
    """Activity of the account's users or dashboards.

    Args:
        entity (ActivityEntity): Whose activity GET /account/activity/{entity} reports: the
            account's users or its dashboards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountActivity | ApiError
    """

    return sync_detailed(
        entity=entity,
        client=client,
    ).parsed


async def asyncio_detailed(
    entity: ActivityEntity,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountActivity | ApiError]:
    """Activity of the account's users or dashboards.

    Args:
        entity (ActivityEntity): Whose activity GET /account/activity/{entity} reports: the
            account's users or its dashboards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountActivity | ApiError]
    """

    kwargs = _get_kwargs(
        entity=entity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity: ActivityEntity,
    *,
    client: AuthenticatedClient | Client,
) -> AccountActivity | ApiError | None:
    """Activity of the account's users or dashboards.

    Args:
        entity (ActivityEntity): Whose activity GET /account/activity/{entity} reports: the
            account's users or its dashboards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountActivity | ApiError
    """

    return (
        await asyncio_detailed(
            entity=entity,
            client=client,
        )
    ).parsed
