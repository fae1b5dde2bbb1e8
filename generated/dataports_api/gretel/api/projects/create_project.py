from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project_create import ProjectCreate
from ...models.project_created_response import ProjectCreatedResponse
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
    body: ProjectCreate | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        body=body,
    )


def _get_kwargs(
    *,
    body: ProjectCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects",
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "create_project", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectCreatedResponse | None:
    if response.status_code == 200:
        response_200 = ProjectCreatedResponse.from_dict(response.json())

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
) -> Response[Error | ProjectCreatedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate | Unset = UNSET,
) -> Response[Error | ProjectCreatedResponse]:
    """Create a project, named or auto-named.

     Without a `name` (or without any body) the service picks a name; read it back with `get_project`
    using
    the returned id. A taken or invalid name, or a too-long description, answers 400 with `context`
    naming the field. The length limits below are the emulator's; the real service's exact limits are
    not
    documented.

    Args:
        body (ProjectCreate | Unset): Every field is optional; without `name` the service picks
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectCreatedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate | Unset = UNSET,
) -> Error | ProjectCreatedResponse | None:
    """Create a project, named or auto-named.

     Without a `name` (or without any body) the service picks a name; read it back with `get_project`
    using
    the returned id. A taken or invalid name, or a too-long description, answers 400 with `context`
    naming the field. The length limits below are the emulator's; the real service's exact limits are
    not
    documented.

    Args:
        body (ProjectCreate | Unset): Every field is optional; without `name` the service picks
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectCreatedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate | Unset = UNSET,
) -> Response[Error | ProjectCreatedResponse]:
    """Create a project, named or auto-named.

     Without a `name` (or without any body) the service picks a name; read it back with `get_project`
    using
    the returned id. A taken or invalid name, or a too-long description, answers 400 with `context`
    naming the field. The length limits below are the emulator's; the real service's exact limits are
    not
    documented.

    Args:
        body (ProjectCreate | Unset): Every field is optional; without `name` the service picks
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectCreatedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate | Unset = UNSET,
) -> Error | ProjectCreatedResponse | None:
    """Create a project, named or auto-named.

     Without a `name` (or without any body) the service picks a name; read it back with `get_project`
    using
    the returned id. A taken or invalid name, or a too-long description, answers 400 with `context`
    naming the field. The length limits below are the emulator's; the real service's exact limits are
    not
    documented.

    Args:
        body (ProjectCreate | Unset): Every field is optional; without `name` the service picks
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectCreatedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
