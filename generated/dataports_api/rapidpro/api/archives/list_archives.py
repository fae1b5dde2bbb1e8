import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_list import ArchiveList
from ...models.error_detail import ErrorDetail
from ...models.list_archives_archive_type import ListArchivesArchiveType
from ...models.list_archives_period import ListArchivesPeriod
from ...models.list_archives_type import ListArchivesType
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (403, 403),
    (429, 429),
)


def build_request(
    *,
    type_: ListArchivesType | Unset = UNSET,
    archive_type: ListArchivesArchiveType | Unset = UNSET,
    period: ListArchivesPeriod | Unset = UNSET,
    before: datetime.date | datetime.datetime | Unset = UNSET,
    after: datetime.date | datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        cursor=cursor,
    )


def _get_kwargs(
    *,
    type_: ListArchivesType | Unset = UNSET,
    archive_type: ListArchivesArchiveType | Unset = UNSET,
    period: ListArchivesPeriod | Unset = UNSET,
    before: datetime.date | datetime.datetime | Unset = UNSET,
    after: datetime.date | datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_archive_type: str | Unset = UNSET
    if not isinstance(archive_type, Unset):
        json_archive_type = archive_type

    params["archive_type"] = json_archive_type

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period

    params["period"] = json_period

    json_before: str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.datetime):
        json_before = before.isoformat()
    else:
        json_before = before.isoformat()

    params["before"] = json_before

    json_after: str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat()
    else:
        json_after = after.isoformat()

    params["after"] = json_after

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/archives.json",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_archives", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchiveList | ErrorDetail | None:
    if response.status_code == 200:
        response_200 = ArchiveList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArchiveList | ErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListArchivesType | Unset = UNSET,
    archive_type: ListArchivesArchiveType | Unset = UNSET,
    period: ListArchivesPeriod | Unset = UNSET,
    before: datetime.date | datetime.datetime | Unset = UNSET,
    after: datetime.date | datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ArchiveList | ErrorDetail]:
    """List the message and run archives of the workspace.

     Ordered by `start_date`, newest first. `before`/`after` compare against `start_date`.

    Args:
        type_ (ListArchivesType | Unset):
        archive_type (ListArchivesArchiveType | Unset):
        period (ListArchivesPeriod | Unset):
        before (datetime.date | datetime.datetime | Unset):
        after (datetime.date | datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveList | ErrorDetail]
    """

    kwargs = _get_kwargs(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ListArchivesType | Unset = UNSET,
    archive_type: ListArchivesArchiveType | Unset = UNSET,
    period: ListArchivesPeriod | Unset = UNSET,
    before: datetime.date | datetime.datetime | Unset = UNSET,
    after: datetime.date | datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ArchiveList | ErrorDetail | None:
    """List the message and run archives of the workspace.

     Ordered by `start_date`, newest first. `before`/`after` compare against `start_date`.

    Args:
        type_ (ListArchivesType | Unset):
        archive_type (ListArchivesArchiveType | Unset):
        period (ListArchivesPeriod | Unset):
        before (datetime.date | datetime.datetime | Unset):
        after (datetime.date | datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveList | ErrorDetail
    """

    return sync_detailed(
        client=client,
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListArchivesType | Unset = UNSET,
    archive_type: ListArchivesArchiveType | Unset = UNSET,
    period: ListArchivesPeriod | Unset = UNSET,
    before: datetime.date | datetime.datetime | Unset = UNSET,
    after: datetime.date | datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ArchiveList | ErrorDetail]:
    """List the message and run archives of the workspace.

     Ordered by `start_date`, newest first. `before`/`after` compare against `start_date`.

    Args:
        type_ (ListArchivesType | Unset):
        archive_type (ListArchivesArchiveType | Unset):
        period (ListArchivesPeriod | Unset):
        before (datetime.date | datetime.datetime | Unset):
        after (datetime.date | datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveList | ErrorDetail]
    """

    kwargs = _get_kwargs(
        type_=type_,
        archive_type=archive_type,
        period=period,
        before=before,
        after=after,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ListArchivesType | Unset = UNSET,
    archive_type: ListArchivesArchiveType | Unset = UNSET,
    period: ListArchivesPeriod | Unset = UNSET,
    before: datetime.date | datetime.datetime | Unset = UNSET,
    after: datetime.date | datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ArchiveList | ErrorDetail | None:
    """List the message and run archives of the workspace.

     Ordered by `start_date`, newest first. `before`/`after` compare against `start_date`.

    Args:
        type_ (ListArchivesType | Unset):
        archive_type (ListArchivesArchiveType | Unset):
        period (ListArchivesPeriod | Unset):
        before (datetime.date | datetime.datetime | Unset):
        after (datetime.date | datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveList | ErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            archive_type=archive_type,
            period=period,
            before=before,
            after=after,
            cursor=cursor,
        )
    ).parsed
