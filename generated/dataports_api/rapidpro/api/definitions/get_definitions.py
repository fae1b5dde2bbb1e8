from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.export import Export
from ...models.get_definitions_dependencies import GetDefinitionsDependencies
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (403, 403),
    (429, 429),
)


def build_request(
    *,
    flow: list[str] | Unset = UNSET,
    campaign: list[str] | Unset = UNSET,
    dependencies: GetDefinitionsDependencies | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    )


def _get_kwargs(
    *,
    flow: list[str] | Unset = UNSET,
    campaign: list[str] | Unset = UNSET,
    dependencies: GetDefinitionsDependencies | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flow: list[str] | Unset = UNSET
    if not isinstance(flow, Unset):
        json_flow = flow

    params["flow"] = json_flow

    json_campaign: list[str] | Unset = UNSET
    if not isinstance(campaign, Unset):
        json_campaign = campaign

    params["campaign"] = json_campaign

    json_dependencies: str | Unset = UNSET
    if not isinstance(dependencies, Unset):
        json_dependencies = dependencies

    params["dependencies"] = json_dependencies

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/definitions.json",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "get_definitions", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorDetail | Export | None:
    if response.status_code == 200:
        response_200 = Export.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | Unset = UNSET,
    campaign: list[str] | Unset = UNSET,
    dependencies: GetDefinitionsDependencies | Unset = UNSET,
) -> Response[ErrorDetail | Export]:
    """Export flow, campaign and trigger definitions.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (GetDefinitionsDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Export]
    """

    kwargs = _get_kwargs(
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | Unset = UNSET,
    campaign: list[str] | Unset = UNSET,
    dependencies: GetDefinitionsDependencies | Unset = UNSET,
) -> ErrorDetail | Export | None:
    """Export flow, campaign and trigger definitions.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (GetDefinitionsDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Export
    """

    return sync_detailed(
        client=client,
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | Unset = UNSET,
    campaign: list[str] | Unset = UNSET,
    dependencies: GetDefinitionsDependencies | Unset = UNSET,
) -> Response[ErrorDetail | Export]:
    """Export flow, campaign and trigger definitions.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (GetDefinitionsDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Export]
    """

    kwargs = _get_kwargs(
        flow=flow,
        campaign=campaign,
        dependencies=dependencies,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    flow: list[str] | Unset = UNSET,
    campaign: list[str] | Unset = UNSET,
    dependencies: GetDefinitionsDependencies | Unset = UNSET,
) -> ErrorDetail | Export | None:
    """Export flow, campaign and trigger definitions.

    Args:
        flow (list[str] | Unset):
        campaign (list[str] | Unset):
        dependencies (GetDefinitionsDependencies | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Export
    """

    return (
        await asyncio_detailed(
            client=client,
            flow=flow,
            campaign=campaign,
            dependencies=dependencies,
        )
    ).parsed
