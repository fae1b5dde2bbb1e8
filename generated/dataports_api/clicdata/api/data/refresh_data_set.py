from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.refresh_method import RefreshMethod
from ...types import Response

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
    rec_id: int,
    method: RefreshMethod,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        rec_id=rec_id,
        method=method,
    )


def _get_kwargs(
    rec_id: int,
    method: RefreshMethod,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data/{rec_id}/{method}".format(
            rec_id=quote(str(rec_id), safe=""),
            method=quote(str(method), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "refresh_data_set", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rec_id: int,
    method: RefreshMethod,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | str]:
    """Refresh a data set from its source with the given method.

     No request body. Answers a text message. A static (custom) data set has no source to refresh from,
    and
    `update`/`updateappend` need a unique key; such refusals are declared as 400 (the status is not
    captured).

    Args:
        rec_id (int):
        method (RefreshMethod): The refresh options of ClicData data sets: `reload` / `rebuild`
            (the same action under the wrapper's
            code and README names): replace the rows with the source's; `recreate`: rebuild the data
            set, structure
            included; `update`: update existing rows by unique key; `updateappend`: update existing
            rows by unique
            key and append new ones; `append`: append the source's rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        rec_id=rec_id,
        method=method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rec_id: int,
    method: RefreshMethod,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | str | None:
    """Refresh a data set from its source with the given method.

     No request body. Answers a text message. A static (custom) data set has no source to refresh from,
    and
    `update`/`updateappend` need a unique key; such refusals are declared as 400 (the status is not
    captured).

    Args:
        rec_id (int):
        method (RefreshMethod): The refresh options of ClicData data sets: `reload` / `rebuild`
            (the same action under the wrapper's
            code and README names): replace the rows with the source's; `recreate`: rebuild the data
            set, structure
            included; `update`: update existing rows by unique key; `updateappend`: update existing
            rows by unique
            key and append new ones; `append`: append the source's rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return sync_detailed(
        rec_id=rec_id,
        method=method,
        client=client,
    ).parsed


async def asyncio_detailed(
    rec_id: int,
    method: RefreshMethod,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | str]:
    """Refresh a data set from its source with the given method.

     No request body. Answers a text message. A static (custom) data set has no source to refresh from,
    and
    `update`/`updateappend` need a unique key; such refusals are declared as 400 (the status is not
    captured).

    Args:
        rec_id (int):
        method (RefreshMethod): The refresh options of ClicData data sets: `reload` / `rebuild`
            (the same action under the wrapper's
            code and README names): replace the rows with the source's; `recreate`: rebuild the data
            set, structure
            included; `update`: update existing rows by unique key; `updateappend`: update existing
            rows by unique
            key and append new ones; `append`: append the source's rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        rec_id=rec_id,
        method=method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rec_id: int,
    method: RefreshMethod,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | str | None:
    """Refresh a data set from its source with the given method.

     No request body. Answers a text message. A static (custom) data set has no source to refresh from,
    and
    `update`/`updateappend` need a unique key; such refusals are declared as 400 (the status is not
    captured).

    Args:
        rec_id (int):
        method (RefreshMethod): The refresh options of ClicData data sets: `reload` / `rebuild`
            (the same action under the wrapper's
            code and README names): replace the rows with the source's; `recreate`: rebuild the data
            set, structure
            included; `update`: update existing rows by unique key; `updateappend`: update existing
            rows by unique
            key and append new ones; `append`: append the source's rows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return (
        await asyncio_detailed(
            rec_id=rec_id,
            method=method,
            client=client,
        )
    ).parsed
