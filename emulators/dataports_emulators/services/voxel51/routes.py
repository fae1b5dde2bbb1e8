"""Starlette routes of the Voxel51 emulator: every endpoint of the spec, with ``ApiError`` turned into the
platform's ``{"error": {"code", "message"}}`` answer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .analytic_routes import analytic_endpoints
from .common import ApiError
from .data_routes import data_endpoints
from .endpoints import Endpoint, Handler
from .job_routes import job_endpoints
from .state import Voxel51State

ErrorFactory = Callable[[int, str], Response]


def build_routes(state: Voxel51State, error: ErrorFactory) -> list[BaseRoute]:
    def guarded(handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            try:
                return await handler(request)
            except ApiError as exc:
                return error(exc.status, exc.message)

        return run

    endpoints: Sequence[Endpoint] = [*analytic_endpoints(state), *data_endpoints(state), *job_endpoints(state)]
    by_path: dict[str, dict[str, Handler]] = {}
    for path, method, handler in endpoints:
        by_path.setdefault(path, {})[method] = guarded(handler)
    return [_route(path, handlers) for path, handlers in by_path.items()]


def _route(path: str, handlers: dict[str, Handler]) -> Route:
    async def dispatch(request: Request) -> Response:
        return await handlers[request.method](request)

    return Route(path, dispatch, methods=list(handlers))
