"""Absolute download links back into the emulator, signed so they work without the bearer token."""

from __future__ import annotations

from starlette.requests import Request

from .state import Voxel51State


def signed_url(request: Request, state: Voxel51State, path: str) -> str:
    """``path`` is relative to the service mount (e.g. ``/v1/data/<id>/download``)."""
    mount = request.scope.get("root_path", "")
    return str(request.url.replace(path=f"{mount}{path}", query=state.sign(path), fragment=""))
