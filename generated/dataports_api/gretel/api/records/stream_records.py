from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.record_stream_response import RecordStreamResponse
from ...models.stream_records_flatten import StreamRecordsFlatten
from ...models.stream_records_with_meta import StreamRecordsWithMeta
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project: str,
    *,
    count: int | Unset = 200,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    json_with_meta: str | Unset = UNSET
    if not isinstance(with_meta, Unset):
        json_with_meta = with_meta

    params["with_meta"] = json_with_meta

    json_flatten: str | Unset = UNSET
    if not isinstance(flatten, Unset):
        json_flatten = flatten

    params["flatten"] = json_flatten

    params["entity_stream"] = entity_stream

    params["oldest"] = oldest

    params["newest"] = newest

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/streams/records/{project}".format(
            project=quote(str(project), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RecordStreamResponse | None:
    if response.status_code == 200:
        response_200 = RecordStreamResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RecordStreamResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
) -> Response[Error | RecordStreamResponse]:
    """A page of the project's records, newest first.

     `oldest=<id>` returns the records ingested at or after that record (the boundary record included);
    `newest=<id>` returns those ingested at or before it. Without either, the most recent `count`
    records.

    Args:
        project (str):
        count (int | Unset):  Default: 200.
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):
        oldest (str | Unset):
        newest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordStreamResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        count=count,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
        oldest=oldest,
        newest=newest,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
) -> Error | RecordStreamResponse | None:
    """A page of the project's records, newest first.

     `oldest=<id>` returns the records ingested at or after that record (the boundary record included);
    `newest=<id>` returns those ingested at or before it. Without either, the most recent `count`
    records.

    Args:
        project (str):
        count (int | Unset):  Default: 200.
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):
        oldest (str | Unset):
        newest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordStreamResponse
    """

    return sync_detailed(
        project=project,
        client=client,
        count=count,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
        oldest=oldest,
        newest=newest,
    ).parsed


async def asyncio_detailed(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
) -> Response[Error | RecordStreamResponse]:
    """A page of the project's records, newest first.

     `oldest=<id>` returns the records ingested at or after that record (the boundary record included);
    `newest=<id>` returns those ingested at or before it. Without either, the most recent `count`
    records.

    Args:
        project (str):
        count (int | Unset):  Default: 200.
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):
        oldest (str | Unset):
        newest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordStreamResponse]
    """

    kwargs = _get_kwargs(
        project=project,
        count=count,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
        oldest=oldest,
        newest=newest,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
) -> Error | RecordStreamResponse | None:
    """A page of the project's records, newest first.

     `oldest=<id>` returns the records ingested at or after that record (the boundary record included);
    `newest=<id>` returns those ingested at or before it. Without either, the most recent `count`
    records.

    Args:
        project (str):
        count (int | Unset):  Default: 200.
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):
        oldest (str | Unset):
        newest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordStreamResponse
    """

    return (
        await asyncio_detailed(
            project=project,
            client=client,
            count=count,
            with_meta=with_meta,
            flatten=flatten,
            entity_stream=entity_stream,
            oldest=oldest,
            newest=newest,
        )
    ).parsed
