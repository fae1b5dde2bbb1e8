from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (401, 401),
    (403, 403),
    (404, 404),
    (500, 500),
)


def build_request(
    schedule_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        schedule_id=schedule_id,
    )


def _get_kwargs(
    schedule_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/schedule/{schedule_id}/trigger".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {
            "dataports.operation": "trigger_schedule_with_get",
            "dataports.expected_statuses": EXPECTED_STATUSES,
        },
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | str]:
    """Run a schedule now, with the GET the classic wrapper's code sends.

     The classic wrapper's code (since its February 2020 refactor) sends GET where its README says POST.
    Use
    `trigger_schedule`; this GET form is declared so that the emulator answers what the classic wrapper
    sends, with the same effect and answer.

    Args:
        schedule_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | str | None:
    """Run a schedule now, with the GET the classic wrapper's code sends.

     The classic wrapper's code (since its February 2020 refactor) sends GET where its README says POST.
    Use
    `trigger_schedule`; this GET form is declared so that the emulator answers what the classic wrapper
    sends, with the same effect and answer.

    Args:
        schedule_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | str]:
    """Run a schedule now, with the GET the classic wrapper's code sends.

     The classic wrapper's code (since its February 2020 refactor) sends GET where its README says POST.
    Use
    `trigger_schedule`; this GET form is declared so that the emulator answers what the classic wrapper
    sends, with the same effect and answer.

    Args:
        schedule_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | str | None:
    """Run a schedule now, with the GET the classic wrapper's code sends.

     The classic wrapper's code (since its February 2020 refactor) sends GET where its README says POST.
    Use
    `trigger_schedule`; this GET form is declared so that the emulator answers what the classic wrapper
    sends, with the same effect and answer.

    Args:
        schedule_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
        )
    ).parsed
