"""Fast JSON responses (orjson), used by every emulated service."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from starlette.responses import Response


def _default(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def json_response(data: Any, status_code: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """``data`` as a JSON response (sets serialise as sorted lists, non-string keys as strings)."""
    body = orjson.dumps(data, default=_default, option=orjson.OPT_NON_STR_KEYS)
    return Response(body, status_code=status_code, headers=dict(headers or {}), media_type="application/json")


def empty_response(status_code: int = 204, headers: Mapping[str, str] | None = None) -> Response:
    """A response without a body."""
    return Response(b"", status_code=status_code, headers=dict(headers or {}))
