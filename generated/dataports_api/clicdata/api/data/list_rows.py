from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.row_page import RowPage
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
    rec_id: int,
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        rec_id=rec_id,
        page=page,
    )


def _get_kwargs(
    rec_id: int,
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data/{rec_id}".format(
            rec_id=quote(str(rec_id), safe=""),
        ),
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_rows", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | RowPage | None:
    if response.status_code == 200:
        response_200 = RowPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | RowPage]:
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
    page: int | Unset = 1,
) -> Response[ApiError | RowPage]:
    """Read one page of a data set's rows.

     Page-number pagination: start at `page=1` and keep asking for the next page while `has_more_data` is
    true. Each row maps column names to values. A page past the end answers `{"data": [],
    "has_more_data": false}` (not captured from the real service; the emulator's contract).

    On any status other than 200 the classic wrapper prints the answer and returns the rows read so far
    as
    if they were the whole data set; a failed page is an error.

    Args:
        rec_id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RowPage]
    """

    kwargs = _get_kwargs(
        rec_id=rec_id,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
) -> ApiError | RowPage | None:
    """Read one page of a data set's rows.

     Page-number pagination: start at `page=1` and keep asking for the next page while `has_more_data` is
    true. Each row maps column names to values. A page past the end answers `{"data": [],
    "has_more_data": false}` (not captured from the real service; the emulator's contract).

    On any status other than 200 the classic wrapper prints the answer and returns the rows read so far
    as
    if they were the whole data set; a failed page is an error.

    Args:
        rec_id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RowPage
    """

    return sync_detailed(
        rec_id=rec_id,
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
) -> Response[ApiError | RowPage]:
    """Read one page of a data set's rows.

     Page-number pagination: start at `page=1` and keep asking for the next page while `has_more_data` is
    true. Each row maps column names to values. A page past the end answers `{"data": [],
    "has_more_data": false}` (not captured from the real service; the emulator's contract).

    On any status other than 200 the classic wrapper prints the answer and returns the rows read so far
    as
    if they were the whole data set; a failed page is an error.

    Args:
        rec_id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RowPage]
    """

    kwargs = _get_kwargs(
        rec_id=rec_id,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rec_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
) -> ApiError | RowPage | None:
    """Read one page of a data set's rows.

     Page-number pagination: start at `page=1` and keep asking for the next page while `has_more_data` is
    true. Each row maps column names to values. A page past the end answers `{"data": [],
    "has_more_data": false}` (not captured from the real service; the emulator's contract).

    On any status other than 200 the classic wrapper prints the answer and returns the rows read so far
    as
    if they were the whole data set; a failed page is an error.

    Args:
        rec_id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RowPage
    """

    return (
        await asyncio_detailed(
            rec_id=rec_id,
            client=client,
            page=page,
        )
    ).parsed
