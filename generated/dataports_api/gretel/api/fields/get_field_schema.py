from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.field_schema_response import FieldSchemaResponse
from ...models.get_field_schema_detail import GetFieldSchemaDetail
from ...models.get_field_schema_filter import GetFieldSchemaFilter
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
    project_name: str,
    *,
    detail: GetFieldSchemaDetail | Unset = UNSET,
    count: int | Unset = 500,
    filter_: GetFieldSchemaFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        project_name=project_name,
        detail=detail,
        count=count,
        filter_=filter_,
        value=value,
    )


def _get_kwargs(
    project_name: str,
    *,
    detail: GetFieldSchemaDetail | Unset = UNSET,
    count: int | Unset = 500,
    filter_: GetFieldSchemaFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_detail: str | Unset = UNSET
    if not isinstance(detail, Unset):
        json_detail = detail

    params["detail"] = json_detail

    params["count"] = count

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fields/schema/{project_name}".format(
            project_name=quote(str(project_name), safe=""),
        ),
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "get_field_schema", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FieldSchemaResponse | None:
    if response.status_code == 200:
        response_200 = FieldSchemaResponse.from_dict(response.json())

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
) -> Response[Error | FieldSchemaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    detail: GetFieldSchemaDetail | Unset = UNSET,
    count: int | Unset = 500,
    filter_: GetFieldSchemaFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[Error | FieldSchemaResponse]:
    """The fields seen in a project's records, with counts, types and entities.

     Besides `data.fields`, the body carries two counters at its **top level** (beside `data`, not inside
    it): `total_field_count` and `project_record_count`. The classic client reads the record count with
    `count=1`, and the field details with `detail=yes&count=500`, optionally filtered by
    `filter=entity&value=<label>`.

    Args:
        project_name (str):
        detail (GetFieldSchemaDetail | Unset):
        count (int | Unset):  Default: 500.
        filter_ (GetFieldSchemaFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FieldSchemaResponse]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        detail=detail,
        count=count,
        filter_=filter_,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    detail: GetFieldSchemaDetail | Unset = UNSET,
    count: int | Unset = 500,
    filter_: GetFieldSchemaFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Error | FieldSchemaResponse | None:
    """The fields seen in a project's records, with counts, types and entities.

     Besides `data.fields`, the body carries two counters at its **top level** (beside `data`, not inside
    it): `total_field_count` and `project_record_count`. The classic client reads the record count with
    `count=1`, and the field details with `detail=yes&count=500`, optionally filtered by
    `filter=entity&value=<label>`.

    Args:
        project_name (str):
        detail (GetFieldSchemaDetail | Unset):
        count (int | Unset):  Default: 500.
        filter_ (GetFieldSchemaFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FieldSchemaResponse
    """

    return sync_detailed(
        project_name=project_name,
        client=client,
        detail=detail,
        count=count,
        filter_=filter_,
        value=value,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    detail: GetFieldSchemaDetail | Unset = UNSET,
    count: int | Unset = 500,
    filter_: GetFieldSchemaFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[Error | FieldSchemaResponse]:
    """The fields seen in a project's records, with counts, types and entities.

     Besides `data.fields`, the body carries two counters at its **top level** (beside `data`, not inside
    it): `total_field_count` and `project_record_count`. The classic client reads the record count with
    `count=1`, and the field details with `detail=yes&count=500`, optionally filtered by
    `filter=entity&value=<label>`.

    Args:
        project_name (str):
        detail (GetFieldSchemaDetail | Unset):
        count (int | Unset):  Default: 500.
        filter_ (GetFieldSchemaFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FieldSchemaResponse]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        detail=detail,
        count=count,
        filter_=filter_,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    detail: GetFieldSchemaDetail | Unset = UNSET,
    count: int | Unset = 500,
    filter_: GetFieldSchemaFilter | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Error | FieldSchemaResponse | None:
    """The fields seen in a project's records, with counts, types and entities.

     Besides `data.fields`, the body carries two counters at its **top level** (beside `data`, not inside
    it): `total_field_count` and `project_record_count`. The classic client reads the record count with
    `count=1`, and the field details with `detail=yes&count=500`, optionally filtered by
    `filter=entity&value=<label>`.

    Args:
        project_name (str):
        detail (GetFieldSchemaDetail | Unset):
        count (int | Unset):  Default: 500.
        filter_ (GetFieldSchemaFilter | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FieldSchemaResponse
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            client=client,
            detail=detail,
            count=count,
            filter_=filter_,
            value=value,
        )
    ).parsed
