from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (204, 204),
    (400, 400),
    (403, 403),
    (404, 404),
    (429, 429),
)


def build_request(
    *,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        uuid=uuid,
        urn=urn,
    )


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["urn"] = urn

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contacts.json",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "delete_contact", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorDetail | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Response[Any | ErrorDetail]:
    """Delete the contact named by `uuid` or `urn` (exactly one).

    Args:
        uuid (str | Unset):
        urn (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        urn=urn,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Any | ErrorDetail | None:
    """Delete the contact named by `uuid` or `urn` (exactly one).

    Args:
        uuid (str | Unset):
        urn (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        urn=urn,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Response[Any | ErrorDetail]:
    """Delete the contact named by `uuid` or `urn` (exactly one).

    Args:
        uuid (str | Unset):
        urn (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        urn=urn,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Any | ErrorDetail | None:
    """Delete the contact named by `uuid` or `urn` (exactly one).

    Args:
        uuid (str | Unset):
        urn (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            urn=urn,
        )
    ).parsed
