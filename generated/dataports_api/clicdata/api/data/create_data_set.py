from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.data_set_create import DataSetCreate
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (201, 201),
    (400, 400),
    (401, 401),
    (403, 403),
    (500, 500),
)


def build_request(
    *,
    body: DataSetCreate,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        body=body,
    )


def _get_kwargs(
    *,
    body: DataSetCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data",
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "create_data_set", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 201:
        response_201 = response.text
        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    body: DataSetCreate,
) -> Response[ApiError | str]:
    """Create an empty custom (static) data set; answers its RecId as plain text.

     The answer body is the new data set's RecId as a **bare integer in plain text** (e.g. `123456`), not
    JSON; read it as text and convert it (`int(response.text)`). Rows are then added with `append_rows`.
    The name must be unique within the account; a taken name, an unknown `data_type` or no columns
    answer 400.

    The classic wrapper derives column types from pandas dtypes (`object`→`text`,
    `int64`/`float64`→`number`,
    `bool`→`checkbox`, `datetime64`→`datetime`), but looks them up by dtype name, so `datetime64[ns]`,
    `int32`, `float32` and `timedelta64[ns]` columns raise `KeyError` before any request is sent.

    Args:
        body (DataSetCreate): JSON body of POST /data: a new custom (static) data set's name,
            description and columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
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
    body: DataSetCreate,
) -> ApiError | str | None:
    """Create an empty custom (static) data set; answers its RecId as plain text.

     The answer body is the new data set's RecId as a **bare integer in plain text** (e.g. `123456`), not
    JSON; read it as text and convert it (`int(response.text)`). Rows are then added with `append_rows`.
    The name must be unique within the account; a taken name, an unknown `data_type` or no columns
    answer 400.

    The classic wrapper derives column types from pandas dtypes (`object`→`text`,
    `int64`/`float64`→`number`,
    `bool`→`checkbox`, `datetime64`→`datetime`), but looks them up by dtype name, so `datetime64[ns]`,
    `int32`, `float32` and `timedelta64[ns]` columns raise `KeyError` before any request is sent.

    Args:
        body (DataSetCreate): JSON body of POST /data: a new custom (static) data set's name,
            description and columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSetCreate,
) -> Response[ApiError | str]:
    """Create an empty custom (static) data set; answers its RecId as plain text.

     The answer body is the new data set's RecId as a **bare integer in plain text** (e.g. `123456`), not
    JSON; read it as text and convert it (`int(response.text)`). Rows are then added with `append_rows`.
    The name must be unique within the account; a taken name, an unknown `data_type` or no columns
    answer 400.

    The classic wrapper derives column types from pandas dtypes (`object`→`text`,
    `int64`/`float64`→`number`,
    `bool`→`checkbox`, `datetime64`→`datetime`), but looks them up by dtype name, so `datetime64[ns]`,
    `int32`, `float32` and `timedelta64[ns]` columns raise `KeyError` before any request is sent.

    Args:
        body (DataSetCreate): JSON body of POST /data: a new custom (static) data set's name,
            description and columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataSetCreate,
) -> ApiError | str | None:
    """Create an empty custom (static) data set; answers its RecId as plain text.

     The answer body is the new data set's RecId as a **bare integer in plain text** (e.g. `123456`), not
    JSON; read it as text and convert it (`int(response.text)`). Rows are then added with `append_rows`.
    The name must be unique within the account; a taken name, an unknown `data_type` or no columns
    answer 400.

    The classic wrapper derives column types from pandas dtypes (`object`→`text`,
    `int64`/`float64`→`number`,
    `bool`→`checkbox`, `datetime64`→`datetime`), but looks them up by dtype name, so `datetime64[ns]`,
    `int32`, `float32` and `timedelta64[ns]` columns raise `KeyError` before any request is sent.

    Args:
        body (DataSetCreate): JSON body of POST /data: a new custom (static) data set's name,
            description and columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
