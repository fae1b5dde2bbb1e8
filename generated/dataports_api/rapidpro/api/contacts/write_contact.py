from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_write import ContactWrite
from ...models.error_detail import ErrorDetail
from ...models.validation_errors import ValidationErrors
from ...types import UNSET, Response, Unset

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (201, 201),
    (400, 400),
    (403, 403),
    (404, 404),
    (409, 409),
    (429, 429),
)


def build_request(
    *,
    body: ContactWrite,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        body=body,
        uuid=uuid,
        urn=urn,
    )


def _get_kwargs(
    *,
    body: ContactWrite,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["urn"] = urn

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts.json",
        "params": params,
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "write_contact", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorDetail | ValidationErrors | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Contact.from_dict(response.json())

        return response_201

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDetail | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ValidationErrors.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorDetail.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDetail.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Contact | ErrorDetail | ValidationErrors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Response[Contact | ErrorDetail | ValidationErrors]:
    """Create a contact, or update the one named by `uuid` or `urn`.

     Give at most one of `uuid` and `urn`. With `urn`, a missing contact is created with that URN (and
    the body
    may not contain `urns`).

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        body (ContactWrite): The body of POST /api/v2/contacts.json: a contact's name, language,
            URNs, groups and field values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorDetail | ErrorDetail | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
        uuid=uuid,
        urn=urn,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Contact | ErrorDetail | ValidationErrors | None:
    """Create a contact, or update the one named by `uuid` or `urn`.

     Give at most one of `uuid` and `urn`. With `urn`, a missing contact is created with that URN (and
    the body
    may not contain `urns`).

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        body (ContactWrite): The body of POST /api/v2/contacts.json: a contact's name, language,
            URNs, groups and field values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorDetail | ErrorDetail | ValidationErrors
    """

    return sync_detailed(
        client=client,
        body=body,
        uuid=uuid,
        urn=urn,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Response[Contact | ErrorDetail | ValidationErrors]:
    """Create a contact, or update the one named by `uuid` or `urn`.

     Give at most one of `uuid` and `urn`. With `urn`, a missing contact is created with that URN (and
    the body
    may not contain `urns`).

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        body (ContactWrite): The body of POST /api/v2/contacts.json: a contact's name, language,
            URNs, groups and field values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorDetail | ErrorDetail | ValidationErrors]
    """

    kwargs = _get_kwargs(
        body=body,
        uuid=uuid,
        urn=urn,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactWrite,
    uuid: str | Unset = UNSET,
    urn: str | Unset = UNSET,
) -> Contact | ErrorDetail | ValidationErrors | None:
    """Create a contact, or update the one named by `uuid` or `urn`.

     Give at most one of `uuid` and `urn`. With `urn`, a missing contact is created with that URN (and
    the body
    may not contain `urns`).

    Args:
        uuid (str | Unset):
        urn (str | Unset):
        body (ContactWrite): The body of POST /api/v2/contacts.json: a contact's name, language,
            URNs, groups and field values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorDetail | ErrorDetail | ValidationErrors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            uuid=uuid,
            urn=urn,
        )
    ).parsed
