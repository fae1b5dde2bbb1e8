from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.data_version_list import DataVersionList
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
    rec_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        rec_id=rec_id,
    )


def _get_kwargs(
    rec_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data/{rec_id}/versions".format(
            rec_id=quote(str(rec_id), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_versions", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DataVersionList | None:
    if response.status_code == 200:
        response_200 = DataVersionList.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DataVersionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DataVersionList]:
    """List the stored history versions of a data set.

     Answers `{"versions": [...]}`. Needs Data History enabled on the data set; without it the service
    refuses the call (the status is not captured; declared as 400). The version objects do not name
    their data set; the classic wrapper adds a
    `data_rec_id` key to each on the client side.

    The classic wrapper calls this endpoint without an HTTP method, so its `api_call` raises before
    sending anything: listing versions never worked in the wrapper.

    Args:
        rec_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataVersionList]
    """

    kwargs = _get_kwargs(
        rec_id=rec_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DataVersionList | None:
    """List the stored history versions of a data set.

     Answers `{"versions": [...]}`. Needs Data History enabled on the data set; without it the service
    refuses the call (the status is not captured; declared as 400). The version objects do not name
    their data set; the classic wrapper adds a
    `data_rec_id` key to each on the client side.

    The classic wrapper calls this endpoint without an HTTP method, so its `api_call` raises before
    sending anything: listing versions never worked in the wrapper.

    Args:
        rec_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataVersionList
    """

    return sync_detailed(
        rec_id=rec_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | DataVersionList]:
    """List the stored history versions of a data set.

     Answers `{"versions": [...]}`. Needs Data History enabled on the data set; without it the service
    refuses the call (the status is not captured; declared as 400). The version objects do not name
    their data set; the classic wrapper adds a
    `data_rec_id` key to each on the client side.

    The classic wrapper calls this endpoint without an HTTP method, so its `api_call` raises before
    sending anything: listing versions never worked in the wrapper.

    Args:
        rec_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DataVersionList]
    """

    kwargs = _get_kwargs(
        rec_id=rec_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | DataVersionList | None:
    """List the stored history versions of a data set.

     Answers `{"versions": [...]}`. Needs Data History enabled on the data set; without it the service
    refuses the call (the status is not captured; declared as 400). The version objects do not name
    their data set; the classic wrapper adds a
    `data_rec_id` key to each on the client side.

    The classic wrapper calls this endpoint without an HTTP method, so its `api_call` raises before
    sending anything: listing versions never worked in the wrapper.

    Args:
        rec_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DataVersionList
    """

    return (
        await asyncio_detailed(
            rec_id=rec_id,
            client=client,
        )
    ).parsed
