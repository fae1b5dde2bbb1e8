from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.group import Group
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
    (500, 500),
)


def build_request(
    *,
    body: Group,
    save_relations: bool | Unset = False,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        body=body,
        save_relations=save_relations,
    )


def _get_kwargs(
    *,
    body: Group,
    save_relations: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["saveRelations"] = save_relations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/v1/groups",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "save_group", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Group]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Group,
    save_relations: bool | Unset = False,
) -> Response[ApiError | Group]:
    """Create or update a group, optionally with its member and membership relations.

     The body is the whole group. The clients assign a new `id` (a UUID) before sending a group that has
    none, so a create also carries an id. With `saveRelations=true` the `children` and `parents` lists
    replace the stored relations; each relation needs its own non-null `id` and names the other group by
    at least its `id`. Adding a member is: get the group (with its children), append a relation, save
    with `saveRelations=true`.

    Args:
        save_relations (bool | Unset):  Default: False.
        body (Group): A group of users and other groups. Every user has a personal group
            (`personal: true`) standing for
            them in memberships and shares. `children` are the group's member relations (non-admin
            members and
            admins), `parents` its membership relations; both are empty or null unless embedded
            (`include`, or
            a single-group get).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Group]
    """

    kwargs = _get_kwargs(
        body=body,
        save_relations=save_relations,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Group,
    save_relations: bool | Unset = False,
) -> ApiError | Group | None:
    """Create or update a group, optionally with its member and membership relations.

     The body is the whole group. The clients assign a new `id` (a UUID) before sending a group that has
    none, so a create also carries an id. With `saveRelations=true` the `children` and `parents` lists
    replace the stored relations; each relation needs its own non-null `id` and names the other group by
    at least its `id`. Adding a member is: get the group (with its children), append a relation, save
    with `saveRelations=true`.

    Args:
        save_relations (bool | Unset):  Default: False.
        body (Group): A group of users and other groups. Every user has a personal group
            (`personal: true`) standing for
            them in memberships and shares. `children` are the group's member relations (non-admin
            members and
            admins), `parents` its membership relations; both are empty or null unless embedded
            (`include`, or
            a single-group get).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Group
    """

    return sync_detailed(
        client=client,
        body=body,
        save_relations=save_relations,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Group,
    save_relations: bool | Unset = False,
) -> Response[ApiError | Group]:
    """Create or update a group, optionally with its member and membership relations.

     The body is the whole group. The clients assign a new `id` (a UUID) before sending a group that has
    none, so a create also carries an id. With `saveRelations=true` the `children` and `parents` lists
    replace the stored relations; each relation needs its own non-null `id` and names the other group by
    at least its `id`. Adding a member is: get the group (with its children), append a relation, save
    with `saveRelations=true`.

    Args:
        save_relations (bool | Unset):  Default: False.
        body (Group): A group of users and other groups. Every user has a personal group
            (`personal: true`) standing for
            them in memberships and shares. `children` are the group's member relations (non-admin
            members and
            admins), `parents` its membership relations; both are empty or null unless embedded
            (`include`, or
            a single-group get).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Group]
    """

    kwargs = _get_kwargs(
        body=body,
        save_relations=save_relations,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Group,
    save_relations: bool | Unset = False,
) -> ApiError | Group | None:
    """Create or update a group, optionally with its member and membership relations.

     The body is the whole group. The clients assign a new `id` (a UUID) before sending a group that has
    none, so a create also carries an id. With `saveRelations=true` the `children` and `parents` lists
    replace the stored relations; each relation needs its own non-null `id` and names the other group by
    at least its `id`. Adding a member is: get the group (with its children), append a relation, save
    with `saveRelations=true`.

    Args:
        save_relations (bool | Unset):  Default: False.
        body (Group): A group of users and other groups. Every user has a personal group
            (`personal: true`) standing for
            them in memberships and shares. `children` are the group's member relations (non-admin
            members and
            admins), `parents` its membership relations; both are empty or null unless embedded
            (`include`, or
            a single-group get).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Group
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            save_relations=save_relations,
        )
    ).parsed
