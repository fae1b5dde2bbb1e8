from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.dashboard import Dashboard
from ...models.dashboard_layout import DashboardLayout
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
    name: str,
    table_ids: str,
    *,
    body: DashboardLayout | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        name=name,
        table_ids=table_ids,
        body=body,
    )


def _get_kwargs(
    name: str,
    table_ids: str,
    *,
    body: DashboardLayout | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/v1/dashboards/{name}/{table_ids}".format(
            name=quote(str(name), safe=""),
            table_ids=quote(str(table_ids), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "create_dashboard", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Dashboard | None:
    if response.status_code == 200:
        response_200 = Dashboard.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Dashboard]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    table_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: DashboardLayout | Unset = UNSET,
) -> Response[ApiError | Dashboard]:
    """Create a dashboard (a project) holding the given tables, optionally with a layout.

     Without a layout the clients POST no body (still with `Content-Type: application/json`). With
    `layout_filename`, the body is the project layout JSON read from that file, sent unchanged.

    Args:
        name (str):
        table_ids (str):
        body (DashboardLayout | Unset): A project layout as exported by Datagrok (a JSON object
            describing the views and viewers), sent
            unchanged from the caller's layout file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Dashboard]
    """

    kwargs = _get_kwargs(
        name=name,
        table_ids=table_ids,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    table_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: DashboardLayout | Unset = UNSET,
) -> ApiError | Dashboard | None:
    """Create a dashboard (a project) holding the given tables, optionally with a layout.

     Without a layout the clients POST no body (still with `Content-Type: application/json`). With
    `layout_filename`, the body is the project layout JSON read from that file, sent unchanged.

    Args:
        name (str):
        table_ids (str):
        body (DashboardLayout | Unset): A project layout as exported by Datagrok (a JSON object
            describing the views and viewers), sent
            unchanged from the caller's layout file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Dashboard
    """

    return sync_detailed(
        name=name,
        table_ids=table_ids,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    table_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: DashboardLayout | Unset = UNSET,
) -> Response[ApiError | Dashboard]:
    """Create a dashboard (a project) holding the given tables, optionally with a layout.

     Without a layout the clients POST no body (still with `Content-Type: application/json`). With
    `layout_filename`, the body is the project layout JSON read from that file, sent unchanged.

    Args:
        name (str):
        table_ids (str):
        body (DashboardLayout | Unset): A project layout as exported by Datagrok (a JSON object
            describing the views and viewers), sent
            unchanged from the caller's layout file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Dashboard]
    """

    kwargs = _get_kwargs(
        name=name,
        table_ids=table_ids,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    table_ids: str,
    *,
    client: AuthenticatedClient | Client,
    body: DashboardLayout | Unset = UNSET,
) -> ApiError | Dashboard | None:
    """Create a dashboard (a project) holding the given tables, optionally with a layout.

     Without a layout the clients POST no body (still with `Content-Type: application/json`). With
    `layout_filename`, the body is the project layout JSON read from that file, sent unchanged.

    Args:
        name (str):
        table_ids (str):
        body (DashboardLayout | Unset): A project layout as exported by Datagrok (a JSON object
            describing the views and viewers), sent
            unchanged from the caller's layout file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Dashboard
    """

    return (
        await asyncio_detailed(
            name=name,
            table_ids=table_ids,
            client=client,
            body=body,
        )
    ).parsed
