"""The ASGI app in front of one service: faults, auth, rate limit, bounded body and spec validation, then the
service's routes, with every refusal answered in the service's own error shape."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Router
from starlette.types import Message, Receive, Scope, Send

from dataports_emulators.core.bodies import MAX_BODY_BYTES, BodyTooLarge, read_bounded, replay
from dataports_emulators.core.errors import FieldErrors, ServiceError, clip, clip_fields
from dataports_emulators.core.faults import FaultState
from dataports_emulators.core.scope import BODY_KEY, OPERATION_KEY, PRINCIPAL_KEY, route_path
from dataports_emulators.core.service import EmulatorService
from dataports_emulators.core.validation import SpecValidator, validate_request

logger = logging.getLogger("dataports_emulators")

#: Bodies the handlers read as a stream themselves (uploads may be larger than memory).
STREAMED_BODIES = ("multipart", "binary")


class DroppedConnection(Exception):
    """Raised after a partial response so the server closes the connection mid-answer (an injected fault)."""


class ServiceGateway:
    """Faults, auth, rate limit and validation in front of one service's routes."""

    def __init__(self, service: EmulatorService[Any], faults: FaultState) -> None:
        self.service = service
        self.faults = faults
        self.validator = SpecValidator(service.spec_file)
        self.router = Router(routes=list(service.routes()), default=self._not_found)

    async def _not_found(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.service.not_found_response()(scope, receive, send)

    def _error(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        return self.service.error_response(status, clip(message), clip_fields(fields))

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
            principal = service.authenticate(request)
            if principal is None:
                await service.auth_failed_response()(scope, receive, send)
                return
            wait = self.faults.over_rate_limit(principal)
            if wait is not None:
                await service.rate_limited_response(wait)(scope, receive, send)
                return
            scope[PRINCIPAL_KEY] = principal

        spec_path = path[len(service.api_prefix) :] if path.startswith(service.api_prefix) else path
        operation, path_known = self.validator.match(scope["method"], spec_path)
        if operation is None:
            if path_known:
                await self._error(405, f'Method "{scope["method"]}" not allowed.')(scope, receive, send)
            else:
                await service.not_found_response()(scope, receive, send)
            return
        body: bytes | None = None
        if operation.body_kind not in STREAMED_BODIES:
            try:
                body = await read_bounded(request.headers, receive, MAX_BODY_BYTES)
            except BodyTooLarge as exc:
                await self._error(413, str(exc))(scope, receive, send)
                return
            except ClientDisconnect:
                return
            receive = replay(body, receive)
        errors, decoded = validate_request(
            operation,
            scope.get("query_string", b"").decode("latin-1"),
            request.headers,
            body if operation.body_kind in ("json", "form") else None,
        )
        if errors:
            parameter_names = {p.name for p in operation.parameters}
            in_parameters = clip_fields({k: v for k, v in errors.items() if k in parameter_names}) or {}
            in_body = clip_fields({k: v for k, v in errors.items() if k not in parameter_names}) or {}
            await service.invalid_request_response(in_parameters, in_body)(scope, receive, send)
            return
        scope[BODY_KEY] = decoded
        scope[OPERATION_KEY] = operation.operation_id
        async with service.state_lock.shared():
            await self._route(scope, receive, _discard if drop_after else send)
        if drop_after:
            await _drop(send)

    async def _route(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The service's routes, with a ``ServiceError`` (or a crash) answered in the service's error shape as long
        as nothing of the response was sent yet."""
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.router(scope, receive, watched_send)
        except ServiceError as exc:
            if started:
                raise
            await self._error(exc.status, exc.message, exc.fields)(scope, receive, send)
        except DroppedConnection:
            raise
        except Exception:
            if started:
                raise
            logger.exception("%s %s failed in the %s emulator", scope["method"], scope["path"], self.service.name)
            await self._error(500, "The emulator failed to handle this request.")(scope, receive, send)

    def _injected(self, status: int) -> Response:
        service = self.service
        settings = self.faults.settings
        if status == service.rate_limit_status:
            return service.rate_limited_response(int(settings.retry_after or 1))
        response = service.error_response(status, "Injected fault.")
        if settings.retry_after is not None:
            response.headers["Retry-After"] = str(int(settings.retry_after))
        return response


async def _discard(message: Message) -> None:
    return None


async def _drop(send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
    raise DroppedConnection("injected dropped connection")
