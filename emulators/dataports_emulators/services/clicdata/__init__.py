"""The ClicData (legacy, un-versioned) API emulator: OAuth client credentials and ClicData's Basic scheme, typed
data sets with paged rows, Data History and stateful refreshes, account usage and activity, dashboards and
schedules, and users and teams.

Credentials: client id ``dataports-demo`` with the emulator token as client secret at ``POST oauth20/token``
(tokens last ``token_ttl`` seconds, a setting), or ``Authorization: Basic base64("dataports-demo:" +
base64("demo@dataports.dev:<emulator token>"))``.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextvars
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.auth import basic_credentials, match_token, scheme_token
from dataports_emulators.core.errors import FieldErrors
from dataports_emulators.core.service import EmulatorContext
from dataports_emulators.core.settings import Setting

from . import seeding
from .routes import build_routes
from .service import ClicDataService
from .state import ClicDataState, demo_account
from .tokens import TokenStore
from .wire import CLIENT_ID, OWNER_EMAIL, TOKEN_PATH, api_error_response, basic_header, form_problems, token_error

#: Whether the request being handled is for the token endpoint, whose errors have the OAuth shape. Set for every
#: request by ``is_public`` (which the gateway calls first); each request runs in a context of its own.
_AT_TOKEN_ENDPOINT: contextvars.ContextVar[bool] = contextvars.ContextVar("clicdata_token_endpoint", default=False)


class ClicDataEmulator(ClicDataService):
    """ClicData's wire conventions: Bearer tokens from ``oauth20/token`` or ClicData's Basic credentials,
    ``{"success": false, "error": {...}}`` errors, OAuth errors at the token endpoint, 429 to slow down."""

    name: ClassVar[str] = "clicdata"
    spec_file: ClassVar[str] = "clicdata.yaml"
    api_prefix: ClassVar[str] = ""
    rate_limit_status: ClassVar[int] = 429
    setting_specs: ClassVar[Mapping[str, Setting]] = {
        "token_ttl": Setting(
            int, 3600, minimum=1, maximum=31_536_000, help="seconds an access token from oauth20/token stays valid"
        ),
        "page_size": Setting(int, 1000, minimum=1, maximum=100_000, help="rows per page when reading a data set"),
    }
    seed_kinds: ClassVar[Sequence[str]] = seeding.KINDS
    contract_seeds: ClassVar[Sequence[tuple[str, int, Mapping[str, Any]]]] = [
        ("data_sets", 2, {"rows": 30}),
        ("users", 2, {}),
        ("teams", 2, {}),
    ]

    def __init__(self, context: EmulatorContext) -> None:
        self.tokens = TokenStore()
        super().__init__(context)

    # --- credentials --------------------------------------------------------------------------------------------
    @classmethod
    def client_headers(cls, token: str) -> Mapping[str, str]:
        return {"Authorization": basic_header(CLIENT_ID, OWNER_EMAIL, token)}

    def token_from_request(self, request: Request) -> str | None:
        return scheme_token(request.headers.get("authorization"), "bearer")

    def authenticate(self, request: Request) -> str | None:
        """The email of the user the request acts as: the owner for access tokens, else the Basic login."""
        header = request.headers.get("authorization")
        bearer = scheme_token(header, "bearer")
        if bearer is not None:
            return self.tokens.principal(bearer)
        credentials = basic_credentials(header)
        if credentials is None or credentials[0] != CLIENT_ID:
            return None
        try:
            login = base64.b64decode(credentials[1], validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        email, separator, password = login.partition(":")
        if not separator:
            return None
        if email.strip().lower() == OWNER_EMAIL and match_token(password, self.context.tokens) is not None:
            return OWNER_EMAIL
        return self.state.directory.password_matches(email, password)

    def is_public(self, path: str) -> bool:
        public = path == TOKEN_PATH
        _AT_TOKEN_ENDPOINT.set(public)
        return public

    # --- error shapes -------------------------------------------------------------------------------------------
    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        return api_error_response(status, message, fields)

    def invalid_request_response(self, parameters: FieldErrors, body: FieldErrors) -> Response:
        if _AT_TOKEN_ENDPOINT.get():
            return token_error(400, "invalid_request", form_problems({**parameters, **body}))
        return self.error_response(400, "Invalid request.", {**parameters, **body})

    def auth_failed_response(self) -> Response:
        return self.error_response(
            401,
            "Missing, invalid or expired credentials: send 'Authorization: Bearer <access_token>' from "
            "oauth20/token, or ClicData's Basic credentials.",
        )

    def not_found_response(self) -> Response:
        return self.error_response(404, "Not found.")

    # --- behaviour ----------------------------------------------------------------------------------------------
    def routes(self) -> Sequence[BaseRoute]:
        return build_routes(self)

    def new_state(self) -> ClicDataState:
        return demo_account()

    def seed_state(self, state: ClicDataState, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        return seeding.seed(state, kind, count, params)

    def on_start(self, base_url: str, token: str, args: argparse.Namespace | None) -> Sequence[str]:
        return [
            f"clicdata: client_id {CLIENT_ID}, client_secret = the token; or Basic with {OWNER_EMAIL} and the token"
        ]


EMULATOR = ClicDataEmulator

__all__ = ["EMULATOR", "ClicDataEmulator"]
