from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_records_detection_mode import SendRecordsDetectionMode
from ...models.send_records_response import SendRecordsResponse
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
    body: list[Any],
    detection_mode: SendRecordsDetectionMode | Unset = "fast",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        project_name=project_name,
        body=body,
        detection_mode=detection_mode,
        idempotency_key=idempotency_key,
    )


def _get_kwargs(
    project_name: str,
    *,
    body: list[Any],
    detection_mode: SendRecordsDetectionMode | Unset = "fast",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_detection_mode: str | Unset = UNSET
    if not isinstance(detection_mode, Unset):
        json_detection_mode = detection_mode

    params["detection_mode"] = json_detection_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/records/send/{project_name}".format(
            project_name=quote(str(project_name), safe=""),
        ),
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "send_records", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendRecordsResponse | None:
    if response.status_code == 200:
        response_200 = SendRecordsResponse.from_dict(response.json())

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
) -> Response[Error | SendRecordsResponse]:
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
    body: list[Any],
    detection_mode: SendRecordsDetectionMode | Unset = "fast",
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | SendRecordsResponse]:
    """Ingest up to 50 records; each is stored or refused on its own.

     The body is a JSON list of records (the classic client wraps a single object as a one-item list; the
    emulator accepts a bare object too). Each item that is a JSON object is stored and gets a 32-hex
    `gretel_id` in `success`; any other item gets an entry in `failure` with its index,
    `"Individual records must be JSON objects"` and `sender_fault: true`. The call as a whole still
    answers
    200. More than 50 items answers 400.

    Args:
        project_name (str):
        detection_mode (SendRecordsDetectionMode | Unset):  Default: 'fast'.
        idempotency_key (str | Unset):
        body (list[Any]): At most 50 records. Items are normally JSON objects; other items are
            accepted on the wire and
            reported one by one in `failure`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendRecordsResponse]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        body=body,
        detection_mode=detection_mode,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[Any],
    detection_mode: SendRecordsDetectionMode | Unset = "fast",
    idempotency_key: str | Unset = UNSET,
) -> Error | SendRecordsResponse | None:
    """Ingest up to 50 records; each is stored or refused on its own.

     The body is a JSON list of records (the classic client wraps a single object as a one-item list; the
    emulator accepts a bare object too). Each item that is a JSON object is stored and gets a 32-hex
    `gretel_id` in `success`; any other item gets an entry in `failure` with its index,
    `"Individual records must be JSON objects"` and `sender_fault: true`. The call as a whole still
    answers
    200. More than 50 items answers 400.

    Args:
        project_name (str):
        detection_mode (SendRecordsDetectionMode | Unset):  Default: 'fast'.
        idempotency_key (str | Unset):
        body (list[Any]): At most 50 records. Items are normally JSON objects; other items are
            accepted on the wire and
            reported one by one in `failure`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendRecordsResponse
    """

    return sync_detailed(
        project_name=project_name,
        client=client,
        body=body,
        detection_mode=detection_mode,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[Any],
    detection_mode: SendRecordsDetectionMode | Unset = "fast",
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | SendRecordsResponse]:
    """Ingest up to 50 records; each is stored or refused on its own.

     The body is a JSON list of records (the classic client wraps a single object as a one-item list; the
    emulator accepts a bare object too). Each item that is a JSON object is stored and gets a 32-hex
    `gretel_id` in `success`; any other item gets an entry in `failure` with its index,
    `"Individual records must be JSON objects"` and `sender_fault: true`. The call as a whole still
    answers
    200. More than 50 items answers 400.

    Args:
        project_name (str):
        detection_mode (SendRecordsDetectionMode | Unset):  Default: 'fast'.
        idempotency_key (str | Unset):
        body (list[Any]): At most 50 records. Items are normally JSON objects; other items are
            accepted on the wire and
            reported one by one in `failure`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendRecordsResponse]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        body=body,
        detection_mode=detection_mode,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[Any],
    detection_mode: SendRecordsDetectionMode | Unset = "fast",
    idempotency_key: str | Unset = UNSET,
) -> Error | SendRecordsResponse | None:
    """Ingest up to 50 records; each is stored or refused on its own.

     The body is a JSON list of records (the classic client wraps a single object as a one-item list; the
    emulator accepts a bare object too). Each item that is a JSON object is stored and gets a 32-hex
    `gretel_id` in `success`; any other item gets an entry in `failure` with its index,
    `"Individual records must be JSON objects"` and `sender_fault: true`. The call as a whole still
    answers
    200. More than 50 items answers 400.

    Args:
        project_name (str):
        detection_mode (SendRecordsDetectionMode | Unset):  Default: 'fast'.
        idempotency_key (str | Unset):
        body (list[Any]): At most 50 records. Items are normally JSON objects; other items are
            accepted on the wire and
            reported one by one in `failure`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendRecordsResponse
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            client=client,
            body=body,
            detection_mode=detection_mode,
            idempotency_key=idempotency_key,
        )
    ).parsed
