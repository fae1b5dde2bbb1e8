from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytic_response import AnalyticResponse
from ...models.error_response import ErrorResponse
from ...models.upload_analytic_body import UploadAnalyticBody
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (429, 429),
)


def build_request(
    *,
    body: UploadAnalyticBody,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        body=body,
    )


def _get_kwargs(
    *,
    body: UploadAnalyticBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/analytics",
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "upload_analytic", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["files"] = body.to_multipart()

    # dataports: httpx writes the multipart Content-Type with a random boundary; a fixed "+++" one would
    # corrupt any uploaded file that happens to contain "\r\n--+++".

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyticResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticBody,
) -> Response[AnalyticResponse | ErrorResponse]:
    """Upload the documentation JSON of a new analytic to deploy.

     The analytic is created in a pending state; its Docker image(s) are uploaded afterwards with
    `upload_analytic_image`.

    Args:
        body (UploadAnalyticBody): Multipart body of POST /v1/analytics: the analytic's
            documentation JSON and, optionally, its type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticResponse | ErrorResponse]
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
    body: UploadAnalyticBody,
) -> AnalyticResponse | ErrorResponse | None:
    """Upload the documentation JSON of a new analytic to deploy.

     The analytic is created in a pending state; its Docker image(s) are uploaded afterwards with
    `upload_analytic_image`.

    Args:
        body (UploadAnalyticBody): Multipart body of POST /v1/analytics: the analytic's
            documentation JSON and, optionally, its type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticBody,
) -> Response[AnalyticResponse | ErrorResponse]:
    """Upload the documentation JSON of a new analytic to deploy.

     The analytic is created in a pending state; its Docker image(s) are uploaded afterwards with
    `upload_analytic_image`.

    Args:
        body (UploadAnalyticBody): Multipart body of POST /v1/analytics: the analytic's
            documentation JSON and, optionally, its type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticBody,
) -> AnalyticResponse | ErrorResponse | None:
    """Upload the documentation JSON of a new analytic to deploy.

     The analytic is created in a pending state; its Docker image(s) are uploaded afterwards with
    `upload_analytic_image`.

    Args:
        body (UploadAnalyticBody): Multipart body of POST /v1/analytics: the analytic's
            documentation JSON and, optionally, its type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
