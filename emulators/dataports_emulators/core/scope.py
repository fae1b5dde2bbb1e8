"""What the gateway leaves in the ASGI scope for the handlers behind it."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.types import Scope

BODY_KEY = "dataports.body"
OPERATION_KEY = "dataports.operation"
PRINCIPAL_KEY = "dataports.principal"


def decoded_body(request: Request) -> Any:
    """The JSON or form body the gateway already decoded and validated for this request."""
    return request.scope.get(BODY_KEY)


def principal(request: Request) -> str:
    """Who the gateway authenticated this request as (the service's ``authenticate``); empty on public paths."""
    found: str = request.scope.get(PRINCIPAL_KEY, "")
    return found


def route_path(scope: Scope) -> str:
    """The request path relative to the service's mount point."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path
