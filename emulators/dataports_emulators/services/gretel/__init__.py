"""The Gretel Cloud (classic API) emulator: raw-key auth, ``{"data": ...}`` envelopes, ``{message, context}``
errors and 403 as the rate-limit signal, over stateful projects and records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.errors import FieldErrors
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import EmulatorService
from dataports_emulators.core.settings import Setting

from . import seeding
from .routes import build_routes
from .state import Workspace


class GretelEmulator(EmulatorService[Workspace]):
    """Gretel's wire conventions: the raw key in ``Authorization``, ``{message, context}`` errors, 403 to slow down."""

    name: ClassVar[str] = "gretel"
    spec_file: ClassVar[str] = "gretel.yaml"
    api_prefix: ClassVar[str] = ""
    rate_limit_status: ClassVar[int] = 403
    setting_specs: ClassVar[Mapping[str, Setting]] = {
        "async_seconds": Setting(
            float, 0.05, minimum=0, maximum=3600, help="seconds until a project delete or flush takes effect"
        ),
    }
    seed_kinds: ClassVar[Sequence[str]] = seeding.KINDS
    contract_seeds: ClassVar[Sequence[tuple[str, int, Mapping[str, Any]]]] = [("records", 20, {"project": "demo"})]

    @classmethod
    def client_headers(cls, token: str) -> Mapping[str, str]:
        return {"Authorization": token}

    def token_from_request(self, request: Request) -> str | None:
        key = request.headers.get("authorization", "").strip()
        return key or None

    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        context = {key: list(messages) for key, messages in (fields or {}).items()}
        return json_response({"message": message, "context": context}, status)

    def auth_failed_response(self) -> Response:
        return json_response({"message": "Unauthorized"}, 401)

    def rate_limited_response(self, retry_after: int) -> Response:
        # The real service sends no Retry-After; clients back off exponentially.
        return self.error_response(403, "Rate limiting in place for API call.")

    def invalid_request_response(self, parameters: FieldErrors, body: FieldErrors) -> Response:
        problems = {**parameters, **body}
        return self.error_response(400, "Invalid request: " + ", ".join(sorted(problems)), problems)

    def routes(self) -> Sequence[BaseRoute]:
        return build_routes(self)

    def new_state(self) -> Workspace:
        return Workspace()

    def seed_state(self, state: Workspace, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        # Seeded objects belong to the first token, the key a test or demo most likely uses.
        return seeding.seed(state, kind, count, params, owner=min(self.context.tokens))


EMULATOR = GretelEmulator
