from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_error import TokenError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response

#: Status ranges the spec documents for this operation (``None``: it documents a default response).
EXPECTED_STATUSES: tuple[tuple[int, int], ...] | None = (
    (200, 200),
    (400, 400),
    (401, 401),
)


def build_request(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.Client.request``, for callers that send it and decode the
    answer themselves (dataports' overlay does, to decode each body exactly once)."""
    return _get_kwargs(
        body=body,
    )


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth20/token",
        # dataports: the operation and its documented statuses travel with the request, so the transport can turn
        # any other status into the service's own exception and tests can tell spec-built requests from others.
        "extensions": {"dataports.operation": "request_access_token", "dataports.expected_statuses": EXPECTED_STATUSES},
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TokenError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenError | TokenResponse]:
    """Exchange client credentials (or a refresh token) for an access token.

     Form-encoded (`application/x-www-form-urlencoded`), never JSON. The client authenticates with
    `client_id` and `client_secret` in the form body.

    * `grant_type=client_credentials&client_id=…&client_secret=…` is what the classic wrapper sends. It
    reads
      `access_token` and `expires_in` (seconds) from the answer and, when the token has expired, simply
    asks
      again; `refresh_token` comes with the authorization-code flow below.
    * `grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…` renews a token obtained
    with
      the authorization-code flow (`GET
    oauth20/authorize?response_type=code&client_id=…&scope=data_read&redirect_uri=…`,
      then `grant_type=authorization_code&code=…`), whose answers also carry `refresh_token`.

    A wrong `client_secret` (or unknown `client_id`) answers `{"error": "invalid_client"}`. RFC 6749
    §5.2
    gives **400** for credentials sent in the body, which is how ClicData's clients send them; OAuth
    servers
    that treat it as an authentication failure answer **401**. No source captures the real status, so
    both
    are declared with the same body. A bad or expired refresh token answers 400 `invalid_grant` (RFC
    6749).

    The classic wrapper never checks this answer's status: on a wrong secret it reads `expires_in` from
    the
    error body (absent) and crashes computing the expiry (`timedelta(seconds=None)` raises `TypeError`).
    It also renews tokens only by its own clock, with no margin, and does not handle a 401 from the API.

    Args:
        body (TokenRequest): Form fields of a token request. `client_credentials` needs
            `client_id` and `client_secret`;
            `refresh_token` needs those and `refresh_token`; `authorization_code` needs those, `code`
            and the
            `redirect_uri` the code was issued for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenError | TokenResponse]
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
    body: TokenRequest,
) -> TokenError | TokenResponse | None:
    """Exchange client credentials (or a refresh token) for an access token.

     Form-encoded (`application/x-www-form-urlencoded`), never JSON. The client authenticates with
    `client_id` and `client_secret` in the form body.

    * `grant_type=client_credentials&client_id=…&client_secret=…` is what the classic wrapper sends. It
    reads
      `access_token` and `expires_in` (seconds) from the answer and, when the token has expired, simply
    asks
      again; `refresh_token` comes with the authorization-code flow below.
    * `grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…` renews a token obtained
    with
      the authorization-code flow (`GET
    oauth20/authorize?response_type=code&client_id=…&scope=data_read&redirect_uri=…`,
      then `grant_type=authorization_code&code=…`), whose answers also carry `refresh_token`.

    A wrong `client_secret` (or unknown `client_id`) answers `{"error": "invalid_client"}`. RFC 6749
    §5.2
    gives **400** for credentials sent in the body, which is how ClicData's clients send them; OAuth
    servers
    that treat it as an authentication failure answer **401**. No source captures the real status, so
    both
    are declared with the same body. A bad or expired refresh token answers 400 `invalid_grant` (RFC
    6749).

    The classic wrapper never checks this answer's status: on a wrong secret it reads `expires_in` from
    the
    error body (absent) and crashes computing the expiry (`timedelta(seconds=None)` raises `TypeError`).
    It also renews tokens only by its own clock, with no margin, and does not handle a 401 from the API.

    Args:
        body (TokenRequest): Form fields of a token request. `client_credentials` needs
            `client_id` and `client_secret`;
            `refresh_token` needs those and `refresh_token`; `authorization_code` needs those, `code`
            and the
            `redirect_uri` the code was issued for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenError | TokenResponse]:
    """Exchange client credentials (or a refresh token) for an access token.

     Form-encoded (`application/x-www-form-urlencoded`), never JSON. The client authenticates with
    `client_id` and `client_secret` in the form body.

    * `grant_type=client_credentials&client_id=…&client_secret=…` is what the classic wrapper sends. It
    reads
      `access_token` and `expires_in` (seconds) from the answer and, when the token has expired, simply
    asks
      again; `refresh_token` comes with the authorization-code flow below.
    * `grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…` renews a token obtained
    with
      the authorization-code flow (`GET
    oauth20/authorize?response_type=code&client_id=…&scope=data_read&redirect_uri=…`,
      then `grant_type=authorization_code&code=…`), whose answers also carry `refresh_token`.

    A wrong `client_secret` (or unknown `client_id`) answers `{"error": "invalid_client"}`. RFC 6749
    §5.2
    gives **400** for credentials sent in the body, which is how ClicData's clients send them; OAuth
    servers
    that treat it as an authentication failure answer **401**. No source captures the real status, so
    both
    are declared with the same body. A bad or expired refresh token answers 400 `invalid_grant` (RFC
    6749).

    The classic wrapper never checks this answer's status: on a wrong secret it reads `expires_in` from
    the
    error body (absent) and crashes computing the expiry (`timedelta(seconds=None)` raises `TypeError`).
    It also renews tokens only by its own clock, with no margin, and does not handle a 401 from the API.

    Args:
        body (TokenRequest): Form fields of a token request. `client_credentials` needs
            `client_id` and `client_secret`;
            `refresh_token` needs those and `refresh_token`; `authorization_code` needs those, `code`
            and the
            `redirect_uri` the code was issued for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> TokenError | TokenResponse | None:
    """Exchange client credentials (or a refresh token) for an access token.

     Form-encoded (`application/x-www-form-urlencoded`), never JSON. The client authenticates with
    `client_id` and `client_secret` in the form body.

    * `grant_type=client_credentials&client_id=…&client_secret=…` is what the classic wrapper sends. It
    reads
      `access_token` and `expires_in` (seconds) from the answer and, when the token has expired, simply
    asks
      again; `refresh_token` comes with the authorization-code flow below.
    * `grant_type=refresh_token&refresh_token=…&client_id=…&client_secret=…` renews a token obtained
    with
      the authorization-code flow (`GET
    oauth20/authorize?response_type=code&client_id=…&scope=data_read&redirect_uri=…`,
      then `grant_type=authorization_code&code=…`), whose answers also carry `refresh_token`.

    A wrong `client_secret` (or unknown `client_id`) answers `{"error": "invalid_client"}`. RFC 6749
    §5.2
    gives **400** for credentials sent in the body, which is how ClicData's clients send them; OAuth
    servers
    that treat it as an authentication failure answer **401**. No source captures the real status, so
    both
    are declared with the same body. A bad or expired refresh token answers 400 `invalid_grant` (RFC
    6749).

    The classic wrapper never checks this answer's status: on a wrong secret it reads `expires_in` from
    the
    error body (absent) and crashes computing the expiry (`timedelta(seconds=None)` raises `TypeError`).
    It also renews tokens only by its own clock, with no margin, and does not handle a 401 from the API.

    Args:
        body (TokenRequest): Form fields of a token request. `client_credentials` needs
            `client_id` and `client_secret`;
            `refresh_token` needs those and `refresh_token`; `authorization_code` needs those, `code`
            and the
            `redirect_uri` the code was issued for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
