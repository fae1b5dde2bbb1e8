"""The ASGI app in front of one service: faults, auth, rate limit and spec validation before the service's routes."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import Request
from starlette.routing import Router
from starlette.types import Message, Receive, Scope, Send

from dataports_emulators.core.faults import FaultState
from dataports_emulators.core.service import EmulatorService
from dataports_emulators.core.validation import SpecValidator, validate_request

BODY_KEY = "dataports.body"
OPERATION_KEY = "dataports.operation"


class DroppedConnection(Exception):
    """Raised after a partial response so the server closes the connection mid-answer (an injected fault)."""


def decoded_body(request: Request) -> Any:
    """The JSON or form body the gateway already decoded and validated for this request."""
    return request.scope.get(BODY_KEY)


def route_path(scope: Scope) -> str:
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path


class ServiceGateway:
    def __init__(self, service: EmulatorService, faults: FaultState) -> None:
        self.service = service
        self.faults = faults
        self.validator = SpecValidator(service.spec_file)
        self.router = Router(routes=list(service.routes()), default=self._not_found)

    async def _not_found(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.service.not_found_response()(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.router(scope, receive, send)
            return
        service = self.service
        path = route_path(scope)
        drop_after = False
        if self.faults.active:
            decision = self.faults.decide(path)
            if decision.latency:
                await asyncio.sleep(decision.latency)
            if decision.drop_before:
                await _drop(send)
            if decision.status is not None:
                await self._injected(decision.status)(scope, receive, send)
                return
            drop_after = decision.drop_after

        request = Request(scope, receive)
        if not service.is_public(path):
            token = service.token_from_request(request)
            if token is None or token not in service.context.tokens:
                await service.auth_failed_response()(scope, receive, send)
                return
            wait = self.faults.over_rate_limit(token)
            if wait is not None:
                await service.rate_limited_response(wait)(scope, receive, send)
                return

        spec_path = path[len(service.api_prefix) :] if path.startswith(service.api_prefix) else path
        operation, path_known = self.validator.match(scope["method"], spec_path)
        if operation is None:
            if path_known:
                await service.error_response(405, f'Method "{scope["method"]}" not allowed.')(scope, receive, send)
            else:
                await service.not_found_response()(scope, receive, send)
            return
        if operation.body_kind in ("json", "form"):
            body = await request.body()
            receive = _replay(body)
        else:
            body = None
        errors, decoded = validate_request(
            operation, scope.get("query_string", b"").decode("latin-1"), request.headers, body
        )
        if errors:
            parameter_names = {p.name for p in operation.parameters}
            in_parameters = {k: v for k, v in errors.items() if k in parameter_names}
            in_body = {k: v for k, v in errors.items() if k not in parameter_names}
            await service.invalid_request_response(in_parameters, in_body)(scope, receive, send)
            return
        scope[BODY_KEY] = decoded
        scope[OPERATION_KEY] = operation.operation_id
        if drop_after:
            await self.router(scope, receive, _discard)
            await _drop(send)
        else:
            await self.router(scope, receive, send)

    def _injected(self, status: int) -> Any:
        service = self.service
        settings = self.faults.settings
        if status == service.rate_limit_status:
            return service.rate_limited_response(int(settings.retry_after or 1))
        response = service.error_response(status, "Injected fault.")
        if settings.retry_after is not None:
            response.headers["Retry-After"] = str(int(settings.retry_after))
        return response


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _discard(message: Message) -> None:
    return None


async def _drop(send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
    raise DroppedConnection("injected dropped connection")
