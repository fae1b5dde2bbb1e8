"""The RapidPro API v2 emulator: DRF-style auth, errors, throttling and cursor pagination over a stateful workspace.

A client written for the real server (rapidpro-python's ``TembaClient`` included) works against it unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.auth import scheme_token
from dataports_emulators.core.errors import FieldErrors
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import EmulatorService

from . import seeding
from .routes import build_routes
from .state import Workspace


class RapidProEmulator(EmulatorService[Workspace]):
    """RapidPro's wire conventions: ``Authorization: Token``, DRF error bodies, 429 with ``Retry-After``."""

    name: ClassVar[str] = "rapidpro"
    spec_file: ClassVar[str] = "rapidpro.yaml"
    api_prefix: ClassVar[str] = "/api/v2"
    rate_limit_status: ClassVar[int] = 429
    seed_kinds: ClassVar[Sequence[str]] = seeding.KINDS
    contract_seeds: ClassVar[Sequence[tuple[str, int, Mapping[str, Any]]]] = [("contacts", 5, {})]

    @classmethod
    def client_headers(cls, token: str) -> Mapping[str, str]:
        return {"Authorization": f"Token {token}"}

    def token_from_request(self, request: Request) -> str | None:
        return scheme_token(request.headers.get("authorization"), "token")

    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        body: Any = {key: list(messages) for key, messages in fields.items()} if fields else {"detail": message}
        return json_response(body, status)

    def invalid_request_response(self, parameters: FieldErrors, body: FieldErrors) -> Response:
        # The server reports a bad body field by field, but a bad query parameter as one {"detail": ...} message.
        if body:
            return self.error_response(400, "Invalid request.", body)
        message = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in parameters.items())
        return self.error_response(400, message)

    def auth_failed_response(self) -> Response:
        # DRF answers a missing or bad token with 403, and rapidpro-python maps only 403 to TembaTokenError.
        return self.error_response(403, "Invalid token")

    def rate_limited_response(self, retry_after: int) -> Response:
        response = self.error_response(429, f"Request was throttled. Expected available in {retry_after} seconds.")
        response.headers["Retry-After"] = str(retry_after)
        return response

    def routes(self) -> Sequence[BaseRoute]:
        return build_routes(self)

    def new_state(self) -> Workspace:
        return Workspace()

    def seed_state(self, state: Workspace, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        return seeding.seed(state, kind, count, params)


EMULATOR = RapidProEmulator
