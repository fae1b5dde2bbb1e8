from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.samples_response import SamplesResponse
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
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        key=key,
        limit=limit,
    )


def _get_kwargs(
    *,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/records/samples",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "get_samples", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SamplesResponse | None:
    if response.status_code == 200:
        response_200 = SamplesResponse.from_dict(response.json())

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
) -> Response[Error | SamplesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | SamplesResponse]:
    """The sample catalogue, or one sample's records when `key` is given.

     One path serves both uses, so this is one operation:

    * without `key`, `data.samples` is the catalogue, an object of sample name to description;
    * with `key=<sample name>`, `data.samples` is a list of that sample's records (an unknown name
      answers 404).

    Extra query parameters such as `limit` are passed through; the real service answers 400 to a
    parameter it does not know.

    Args:
        key (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SamplesResponse]
    """

    kwargs = _get_kwargs(
        key=key,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | SamplesResponse | None:
    """The sample catalogue, or one sample's records when `key` is given.

     One path serves both uses, so this is one operation:

    * without `key`, `data.samples` is the catalogue, an object of sample name to description;
    * with `key=<sample name>`, `data.samples` is a list of that sample's records (an unknown name
      answers 404).

    Extra query parameters such as `limit` are passed through; the real service answers 400 to a
    parameter it does not know.

    Args:
        key (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SamplesResponse
    """

    return sync_detailed(
        client=client,
        key=key,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | SamplesResponse]:
    """The sample catalogue, or one sample's records when `key` is given.

     One path serves both uses, so this is one operation:

    * without `key`, `data.samples` is the catalogue, an object of sample name to description;
    * with `key=<sample name>`, `data.samples` is a list of that sample's records (an unknown name
      answers 404).

    Extra query parameters such as `limit` are passed through; the real service answers 400 to a
    parameter it does not know.

    Args:
        key (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SamplesResponse]
    """

    kwargs = _get_kwargs(
        key=key,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | SamplesResponse | None:
    """The sample catalogue, or one sample's records when `key` is given.

     One path serves both uses, so this is one operation:

    * without `key`, `data.samples` is the catalogue, an object of sample name to description;
    * with `key=<sample name>`, `data.samples` is a list of that sample's records (an unknown name
      answers 404).

    Extra query parameters such as `limit` are passed through; the real service answers 400 to a
    parameter it does not know.

    Args:
        key (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SamplesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
            limit=limit,
        )
    ).parsed
