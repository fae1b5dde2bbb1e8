"""The Datagrok public REST API emulator (``/public/v1`` under the ``/api`` root): tables kept as CSV with their
column types, files on disk per connection with content ETags and multipart directory sync, dashboards and shares,
groups with consistent members, memberships and requests, users, connections and callable functions.

Both official clients (the classic flat ``DatagrokClient`` and the resource client of ``datagrok-api`` 0.1.0) work
against it unchanged with the base URL ``<emulator>/datagrok/api`` and the key ``"Bearer <token>"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.auth import scheme_token
from dataports_emulators.core.errors import FieldErrors
from dataports_emulators.core.service import EmulatorService

from . import seeding
from .routes import build_routes
from .state import DatagrokState
from .wire import api_error_response


class DatagrokEmulator(EmulatorService[DatagrokState]):
    """Datagrok's wire conventions: ``Authorization: Bearer <key>``, ``ApiError`` bodies flagged by ``api-error``."""

    name: ClassVar[str] = "datagrok"
    spec_file: ClassVar[str] = "datagrok.yaml"
    api_prefix: ClassVar[str] = "/api"
    rate_limit_status: ClassVar[int] = 429
    seed_kinds: ClassVar[Sequence[str]] = seeding.KINDS
    contract_seeds: ClassVar[Sequence[tuple[str, int, Mapping[str, Any]]]] = [
        ("tables", 2, {"rows": 5}),
        ("files", 6, {"folder": "contract", "size": 64}),
        ("groups", 2, {}),
    ]

    @classmethod
    def client_headers(cls, token: str) -> Mapping[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def token_from_request(self, request: Request) -> str | None:
        return scheme_token(request.headers.get("authorization"), "bearer")

    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        if fields:
            message = f"{message} " + "; ".join(f"{name}: {' '.join(texts)}" for name, texts in fields.items())
        return api_error_response(status, message)

    def auth_failed_response(self) -> Response:
        return api_error_response(401, "Unauthorized: send 'Authorization: Bearer <API key>'")

    def not_found_response(self) -> Response:
        return api_error_response(404, "Not found")

    def routes(self) -> Sequence[BaseRoute]:
        return build_routes(self)

    def new_state(self) -> DatagrokState:
        return DatagrokState()

    def close_state(self, state: DatagrokState) -> None:
        state.close()

    def seed_state(self, state: DatagrokState, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        return seeding.seed(state, kind, count, params)


EMULATOR = DatagrokEmulator

__all__ = ["EMULATOR", "DatagrokEmulator"]
