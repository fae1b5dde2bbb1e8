"""Every endpoint of the ClicData emulator: the OAuth token endpoint, then the API, each API call counted in the
account's activity for the user it acts as."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.auth import match_token
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.routing import Endpoint, Handler, route_table
from dataports_emulators.core.scope import decoded_body, principal
from dataports_emulators.core.service import EmulatorService

from .account_routes import account_endpoints
from .data_routes import data_endpoints
from .directory_routes import directory_endpoints
from .service import ClicDataService
from .state import ClicDataState
from .wire import CLIENT_ID, OWNER_EMAIL, TOKEN_PATH, token_error

#: Grants this endpoint knows; only client credentials are ever issued here.
_CODE_GRANTS = ("refresh_token", "authorization_code")


def token_endpoint(service: ClicDataService) -> Handler:
    """``POST oauth20/token``: client id ``dataports-demo`` with the emulator token as its secret gets an access
    token for ``token_ttl`` seconds. Refusals never quote what was sent."""

    async def issue(request: Request) -> Response:
        form = decoded_body(request) or {}
        secret = form.get("client_secret")
        if not secret:
            return token_error(400, "invalid_request", "client_secret is required.")
        if form.get("client_id") != CLIENT_ID or match_token(str(secret), service.context.tokens) is None:
            return token_error(400, "invalid_client", "Client authentication failed (unknown client or wrong secret).")
        if form.get("grant_type") in _CODE_GRANTS:
            return token_error(400, "invalid_grant", "The refresh token or authorization code is invalid or expired.")
        lifetime = int(service.settings["token_ttl"])
        access = service.tokens.issue(OWNER_EMAIL, lifetime)
        return json_response(
            {"access_token": access, "expires_in": lifetime, "token_type": "bearer"},
            headers={"Cache-Control": "no-store"},
        )

    return issue


def counted(service: EmulatorService[ClicDataState], handler: Handler) -> Handler:
    """``handler``, with the call added to the activity of the user it acts as."""

    async def run(request: Request) -> Response:
        service.state.record_call(principal(request))
        return await handler(request)

    return run


def build_routes(service: ClicDataService) -> list[BaseRoute]:
    """The token endpoint and every API endpoint of the spec, reading ``service.state`` on each call."""
    api = [*data_endpoints(service), *account_endpoints(service), *directory_endpoints(service)]
    endpoints: list[Endpoint] = [(TOKEN_PATH, "POST", token_endpoint(service))]
    endpoints += [(path, method, counted(service, handler)) for path, method, handler in api]
    return route_table(endpoints)
