import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.message_list import MessageList
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
    uuid: str | Unset = UNSET,
    id: int | Unset = UNSET,
    folder: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    label: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        uuid=uuid,
        id=id,
        folder=folder,
        contact=contact,
        label=label,
        before=before,
        after=after,
        cursor=cursor,
    )


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    id: int | Unset = UNSET,
    folder: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    label: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["id"] = id

    params["folder"] = folder

    params["contact"] = contact

    params["label"] = label

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages.json",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "list_messages", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | MessageList | None:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

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
) -> Response[ErrorDetail | MessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    id: int | Unset = UNSET,
    folder: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    label: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | MessageList]:
    """List messages, newest first.

     `before`/`after` compare against `created_on` (against `modified_on` for folder `incoming`). The
    server
    lower-cases the system folder names, so the capitalized forms used in the classic client's docs
    (`folder='Inbox'`) are accepted too.

    Args:
        uuid (str | Unset):
        id (int | Unset):
        folder (str | Unset):
        contact (str | Unset):
        label (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | MessageList]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        id=id,
        folder=folder,
        contact=contact,
        label=label,
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
    uuid: str | Unset = UNSET,
    id: int | Unset = UNSET,
    folder: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    label: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | MessageList | None:
    """List messages, newest first.

     `before`/`after` compare against `created_on` (against `modified_on` for folder `incoming`). The
    server
    lower-cases the system folder names, so the capitalized forms used in the classic client's docs
    (`folder='Inbox'`) are accepted too.

    Args:
        uuid (str | Unset):
        id (int | Unset):
        folder (str | Unset):
        contact (str | Unset):
        label (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | MessageList
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        id=id,
        folder=folder,
        contact=contact,
        label=label,
        before=before,
        after=after,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    id: int | Unset = UNSET,
    folder: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    label: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | MessageList]:
    """List messages, newest first.

     `before`/`after` compare against `created_on` (against `modified_on` for folder `incoming`). The
    server
    lower-cases the system folder names, so the capitalized forms used in the classic client's docs
    (`folder='Inbox'`) are accepted too.

    Args:
        uuid (str | Unset):
        id (int | Unset):
        folder (str | Unset):
        contact (str | Unset):
        label (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | MessageList]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        id=id,
        folder=folder,
        contact=contact,
        label=label,
        before=before,
        after=after,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    id: int | Unset = UNSET,
    folder: str | Unset = UNSET,
    contact: str | Unset = UNSET,
    label: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | MessageList | None:
    """List messages, newest first.

     `before`/`after` compare against `created_on` (against `modified_on` for folder `incoming`). The
    server
    lower-cases the system folder names, so the capitalized forms used in the classic client's docs
    (`folder='Inbox'`) are accepted too.

    Args:
        uuid (str | Unset):
        id (int | Unset):
        folder (str | Unset):
        contact (str | Unset):
        label (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | MessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            id=id,
            folder=folder,
            contact=contact,
            label=label,
            before=before,
            after=after,
            cursor=cursor,
        )
    ).parsed
