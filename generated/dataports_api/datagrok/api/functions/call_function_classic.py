from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.function_parameters import FunctionParameters
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
    name: str,
    *,
    body: FunctionParameters,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        name=name,
        body=body,
    )


def _get_kwargs(
    name: str,
    *,
    body: FunctionParameters,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/v1/{name}/call".format(
            name=quote(str(name), safe=""),
        ),
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {
            "dataports.operation": "call_function_classic",
            "dataports.expected_statuses": EXPECTED_STATUSES,
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiError | None:
    if response.status_code == 200:
        response_200 = response.json()
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionParameters,
) -> Response[Any | ApiError]:
    """Call a function through the classic path (without `functions/`).

     The path of the classic client's `call_function(name, invocation_parameters)` and of the published
    REST article. Current servers are reported to answer 404 here and serve `call_function` instead;
    the body and answer are the same. The classic client sends the caller's dict as given.

    Args:
        name (str):
        body (FunctionParameters): Input parameters by name, e.g. `{"x": -3}`. Values are any JSON
            (numbers, strings, booleans, lists,
            objects); data frames and columns travel in the forms the function accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionParameters,
) -> Any | ApiError | None:
    """Call a function through the classic path (without `functions/`).

     The path of the classic client's `call_function(name, invocation_parameters)` and of the published
    REST article. Current servers are reported to answer 404 here and serve `call_function` instead;
    the body and answer are the same. The classic client sends the caller's dict as given.

    Args:
        name (str):
        body (FunctionParameters): Input parameters by name, e.g. `{"x": -3}`. Values are any JSON
            (numbers, strings, booleans, lists,
            objects); data frames and columns travel in the forms the function accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionParameters,
) -> Response[Any | ApiError]:
    """Call a function through the classic path (without `functions/`).

     The path of the classic client's `call_function(name, invocation_parameters)` and of the published
    REST article. Current servers are reported to answer 404 here and serve `call_function` instead;
    the body and answer are the same. The classic client sends the caller's dict as given.

    Args:
        name (str):
        body (FunctionParameters): Input parameters by name, e.g. `{"x": -3}`. Values are any JSON
            (numbers, strings, booleans, lists,
            objects); data frames and columns travel in the forms the function accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionParameters,
) -> Any | ApiError | None:
    """Call a function through the classic path (without `functions/`).

     The path of the classic client's `call_function(name, invocation_parameters)` and of the published
    REST article. Current servers are reported to answer 404 here and serve `call_function` instead;
    the body and answer are the same. The classic client sends the caller's dict as given.

    Args:
        name (str):
        body (FunctionParameters): Input parameters by name, e.g. `{"x": -3}`. Values are any JSON
            (numbers, strings, booleans, lists,
            objects); data frames and columns travel in the forms the function accepts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
