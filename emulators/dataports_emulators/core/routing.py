"""The route table every service builds: ``(path, method, handler)`` endpoints, one Starlette route per path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

Handler = Callable[[Request], Awaitable[Response]]
#: ``(path relative to the service mount, HTTP method, handler)``.
Endpoint = tuple[str, str, Handler]


def route_table(endpoints: Iterable[Endpoint]) -> list[BaseRoute]:
    """One route per path, dispatching on the method, in the order the paths first appear.

    Order matters where a literal path and a templated one could both match (``/jobs/list`` before ``/jobs/{id}``).
    """
    by_path: dict[str, dict[str, Handler]] = {}
    for path, method, handler in endpoints:
        by_path.setdefault(path, {})[method] = handler
    return [_route(path, handlers) for path, handlers in by_path.items()]


def _route(path: str, handlers: dict[str, Handler]) -> Route:
    async def dispatch(request: Request) -> Response:
        return await handlers[request.method](request)

    return Route(path, dispatch, methods=list(handlers))
