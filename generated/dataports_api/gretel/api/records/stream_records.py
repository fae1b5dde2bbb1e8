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
    count: int | Unset = 200,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        project_name=project_name,
        count=count,
        oldest=oldest,
        newest=newest,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
    )


def _get_kwargs(
    project_name: str,
    *,
    count: int | Unset = 200,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["oldest"] = oldest

    params["newest"] = newest

    json_with_meta: str | Unset = UNSET
    if not isinstance(with_meta, Unset):
        json_with_meta = with_meta

    params["with_meta"] = json_with_meta

    json_flatten: str | Unset = UNSET
    if not isinstance(flatten, Unset):
        json_flatten = flatten

    params["flatten"] = json_flatten

    params["entity_stream"] = entity_stream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/streams/records/{project_name}".format(
            project_name=quote(str(project_name), safe=""),
        ),
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "stream_records", "dataports.expected_statuses": EXPECTED_STATUSES},
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
) -> Response[Error | RecordStreamResponse]:
    """One page of a project's records, newest first.

     Pages are always ordered newest first, and the boundary record of a cursor is included in the page.

    * Neither cursor: the most recent `count` records.
    * `oldest=<record id>` (forward): records ingested at or after that record. The classic client keeps
      the newest id of each page as the next `oldest`, skips the boundary record, yields the page oldest
      first, and on an empty page polls again (0.5 s apart) until its `wait_for` elapses.
    * `newest=<record id>` (backward): records ingested at or before that record. The client keeps the
      last (oldest) id of each page as the next `newest` and stops on an empty page or a page holding
    only
      the boundary record.

    An id that is not a record of the project answers 400 on the emulator.

    Args:
        project_name (str):
        count (int | Unset):  Default: 200.
        oldest (str | Unset):
        newest (str | Unset):
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordStreamResponse]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        count=count,
        oldest=oldest,
        newest=newest,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
) -> Error | RecordStreamResponse | None:
    """One page of a project's records, newest first.

     Pages are always ordered newest first, and the boundary record of a cursor is included in the page.

    * Neither cursor: the most recent `count` records.
    * `oldest=<record id>` (forward): records ingested at or after that record. The classic client keeps
      the newest id of each page as the next `oldest`, skips the boundary record, yields the page oldest
      first, and on an empty page polls again (0.5 s apart) until its `wait_for` elapses.
    * `newest=<record id>` (backward): records ingested at or before that record. The client keeps the
      last (oldest) id of each page as the next `newest` and stops on an empty page or a page holding
    only
      the boundary record.

    An id that is not a record of the project answers 400 on the emulator.

    Args:
        project_name (str):
        count (int | Unset):  Default: 200.
        oldest (str | Unset):
        newest (str | Unset):
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordStreamResponse
    """

    return sync_detailed(
        project_name=project_name,
        client=client,
        count=count,
        oldest=oldest,
        newest=newest,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
) -> Response[Error | RecordStreamResponse]:
    """One page of a project's records, newest first.

     Pages are always ordered newest first, and the boundary record of a cursor is included in the page.

    * Neither cursor: the most recent `count` records.
    * `oldest=<record id>` (forward): records ingested at or after that record. The classic client keeps
      the newest id of each page as the next `oldest`, skips the boundary record, yields the page oldest
      first, and on an empty page polls again (0.5 s apart) until its `wait_for` elapses.
    * `newest=<record id>` (backward): records ingested at or before that record. The client keeps the
      last (oldest) id of each page as the next `newest` and stops on an empty page or a page holding
    only
      the boundary record.

    An id that is not a record of the project answers 400 on the emulator.

    Args:
        project_name (str):
        count (int | Unset):  Default: 200.
        oldest (str | Unset):
        newest (str | Unset):
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordStreamResponse]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        count=count,
        oldest=oldest,
        newest=newest,
        with_meta=with_meta,
        flatten=flatten,
        entity_stream=entity_stream,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    count: int | Unset = 200,
    oldest: str | Unset = UNSET,
    newest: str | Unset = UNSET,
    with_meta: StreamRecordsWithMeta | Unset = UNSET,
    flatten: StreamRecordsFlatten | Unset = UNSET,
    entity_stream: str | Unset = UNSET,
) -> Error | RecordStreamResponse | None:
    """One page of a project's records, newest first.

     Pages are always ordered newest first, and the boundary record of a cursor is included in the page.

    * Neither cursor: the most recent `count` records.
    * `oldest=<record id>` (forward): records ingested at or after that record. The classic client keeps
      the newest id of each page as the next `oldest`, skips the boundary record, yields the page oldest
      first, and on an empty page polls again (0.5 s apart) until its `wait_for` elapses.
    * `newest=<record id>` (backward): records ingested at or before that record. The client keeps the
      last (oldest) id of each page as the next `newest` and stops on an empty page or a page holding
    only
      the boundary record.

    An id that is not a record of the project answers 400 on the emulator.

    Args:
        project_name (str):
        count (int | Unset):  Default: 200.
        oldest (str | Unset):
        newest (str | Unset):
        with_meta (StreamRecordsWithMeta | Unset):
        flatten (StreamRecordsFlatten | Unset):
        entity_stream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordStreamResponse
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            client=client,
            count=count,
            oldest=oldest,
            newest=newest,
            with_meta=with_meta,
            flatten=flatten,
            entity_stream=entity_stream,
        )
    ).parsed
