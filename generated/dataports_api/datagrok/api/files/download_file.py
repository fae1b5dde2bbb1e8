from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import File, Response

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
    connector: str,
    path: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        connector=connector,
        path=path,
    )


def _get_kwargs(
    connector: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/v1/files/{connector}/{path}".format(
            connector=quote(str(connector), safe=""),
            path=quote(str(path), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "download_file", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | File]:
    """Download a file's content.

     The body is the file's raw bytes. The clients parse a path ending in `.csv` as UTF-8 CSV into a data
    frame and return any other file as bytes. Both send `Content-Type: application/octet-stream` on this
    GET.

    Args:
        connector (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        connector=connector,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | File | None:
    """Download a file's content.

     The body is the file's raw bytes. The clients parse a path ending in `.csv` as UTF-8 CSV into a data
    frame and return any other file as bytes. Both send `Content-Type: application/octet-stream` on this
    GET.

    Args:
        connector (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return sync_detailed(
        connector=connector,
        path=path,
        client=client,
    ).parsed


async def asyncio_detailed(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | File]:
    """Download a file's content.

     The body is the file's raw bytes. The clients parse a path ending in `.csv` as UTF-8 CSV into a data
    frame and return any other file as bytes. Both send `Content-Type: application/octet-stream` on this
    GET.

    Args:
        connector (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        connector=connector,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connector: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | File | None:
    """Download a file's content.

     The body is the file's raw bytes. The clients parse a path ending in `.csv` as UTF-8 CSV into a data
    frame and return any other file as bytes. Both send `Content-Type: application/octet-stream` on this
    GET.

    Args:
        connector (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return (
        await asyncio_detailed(
            connector=connector,
            path=path,
            client=client,
        )
    ).parsed
