"""The Gretel Cloud (classic API) emulator: raw-key auth, ``{"data": ...}`` envelopes, ``{message, context}``
errors and 403 as the rate-limit signal, over stateful projects and records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import EmulatorContext, EmulatorService, FieldErrors, SeedError

from .routes import build_routes, sample_records
from .state import Workspace


class GretelEmulator(EmulatorService):
    name: ClassVar[str] = "gretel"
    spec_file: ClassVar[str] = "gretel.yaml"
    api_prefix: ClassVar[str] = ""
    rate_limit_status: ClassVar[int] = 403

    def __init__(self, context: EmulatorContext) -> None:
        super().__init__(context)
        self.workspace = Workspace()
        #: Seconds until a delete or flush takes effect.
        self.async_delay = float(context.settings.get("gretel_async_seconds", 0.05))

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

    def reset(self) -> None:
        self.workspace.reset()

    def seed(self, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        owner = next(iter(self.context.tokens))
        if kind == "projects":
            made = [self.workspace.create(owner, {}).name for _ in range(count)]
            return {"projects": made}
        if kind == "records":
            name = str(params.get("project") or "")
            project = self.workspace.by_name(name) or self.workspace.create(owner, {"name": name} if name else {})
            source = sample_records("customer-support", min(count, 500))
            for start in range(0, count, 50):
                batch = [dict(source[i % len(source)], n=i) for i in range(start, min(start + 50, count))]
                project.ingest(batch, str(params.get("detection_mode", "none")))
            return {"project": project.name, "records": len(project.records)}
        raise SeedError(f"unknown kind {kind!r} for gretel; seedable kinds: ['projects', 'records']")


EMULATOR = GretelEmulator
