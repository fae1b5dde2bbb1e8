from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytic_image_type import AnalyticImageType
from ...models.error_response import ErrorResponse
from ...models.upload_analytic_image_body import UploadAnalyticImageBody
from ...types import UNSET, Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
    (403, 403),
    (404, 404),
    (429, 429),
)


def build_request(
    analytic_id: str,
    *,
    body: UploadAnalyticImageBody,
    type_: AnalyticImageType,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        analytic_id=analytic_id,
        body=body,
        type_=type_,
    )


def _get_kwargs(
    analytic_id: str,
    *,
    body: UploadAnalyticImageBody,
    type_: AnalyticImageType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/analytics/{analytic_id}/images".format(
            analytic_id=quote(str(analytic_id), safe=""),
        ),
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {
            "dataports.operation": "upload_analytic_image",
            "dataports.expected_statuses": EXPECTED_STATUSES,
        },
    }

    _kwargs["files"] = body.to_multipart()

    # dataports: httpx writes the multipart Content-Type with a random boundary; a fixed "+++" one would
    # corrupt any uploaded file that happens to contain "\r\n--+++".

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticImageBody,
    type_: AnalyticImageType,
) -> Response[Any | ErrorResponse]:
    """Upload the Docker image of an analytic for one compute type.

     The image is a `.tar`, `.tar.gz` or `.tar.bz` archive sent as the `file` part of a streamed
    multipart body. The classic client passes `voxel51.users.api.AnalyticImageType` values
    (`CPU`/`GPU`).

    Args:
        analytic_id (str):
        type_ (AnalyticImageType): The compute type a Docker image is built for.
        body (UploadAnalyticImageBody): Multipart body of POST /v1/analytics/{analytic_id}/images:
            a Docker image of the analytic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        analytic_id=analytic_id,
        body=body,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticImageBody,
    type_: AnalyticImageType,
) -> Any | ErrorResponse | None:
    """Upload the Docker image of an analytic for one compute type.

     The image is a `.tar`, `.tar.gz` or `.tar.bz` archive sent as the `file` part of a streamed
    multipart body. The classic client passes `voxel51.users.api.AnalyticImageType` values
    (`CPU`/`GPU`).

    Args:
        analytic_id (str):
        type_ (AnalyticImageType): The compute type a Docker image is built for.
        body (UploadAnalyticImageBody): Multipart body of POST /v1/analytics/{analytic_id}/images:
            a Docker image of the analytic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        analytic_id=analytic_id,
        client=client,
        body=body,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticImageBody,
    type_: AnalyticImageType,
) -> Response[Any | ErrorResponse]:
    """Upload the Docker image of an analytic for one compute type.

     The image is a `.tar`, `.tar.gz` or `.tar.bz` archive sent as the `file` part of a streamed
    multipart body. The classic client passes `voxel51.users.api.AnalyticImageType` values
    (`CPU`/`GPU`).

    Args:
        analytic_id (str):
        type_ (AnalyticImageType): The compute type a Docker image is built for.
        body (UploadAnalyticImageBody): Multipart body of POST /v1/analytics/{analytic_id}/images:
            a Docker image of the analytic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        analytic_id=analytic_id,
        body=body,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    analytic_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadAnalyticImageBody,
    type_: AnalyticImageType,
) -> Any | ErrorResponse | None:
    """Upload the Docker image of an analytic for one compute type.

     The image is a `.tar`, `.tar.gz` or `.tar.bz` archive sent as the `file` part of a streamed
    multipart body. The classic client passes `voxel51.users.api.AnalyticImageType` values
    (`CPU`/`GPU`).

    Args:
        analytic_id (str):
        type_ (AnalyticImageType): The compute type a Docker image is built for.
        body (UploadAnalyticImageBody): Multipart body of POST /v1/analytics/{analytic_id}/images:
            a Docker image of the analytic.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            analytic_id=analytic_id,
            client=client,
            body=body,
            type_=type_,
        )
    ).parsed
