"""Request bodies read within bounds: a size limit enforced while reading, and a nesting limit when decoding JSON.

Both protect the emulator from holding, storing or failing to serve what a client sent: a body over the size limit
is refused before it is read (from its Content-Length) or as soon as it passes the limit (chunked bodies); JSON
nested deeper than the limit is refused before anything can store it, because such values cannot be served back
(orjson refuses to encode more than 255 levels, and schema validation recurses once per level).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from starlette.requests import ClientDisconnect
from starlette.types import Message, Receive

#: Largest JSON, form or other in-memory request body (streamed multipart uploads have no such limit).
MAX_BODY_BYTES = 10 * 1024 * 1024
#: Deepest nesting of arrays and objects a JSON value may have (``[]`` is 1 level, ``[[]]`` is 2).
MAX_JSON_DEPTH = 64


class BodyTooLarge(Exception):
    """The body is larger than the limit; it was not (completely) read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"The request body is larger than {limit} bytes.")
        self.limit = limit


class InvalidJson(ValueError):
    """The bytes are not JSON (``too_deep`` false), or are JSON nested too deeply to accept."""

    def __init__(self, message: str, *, too_deep: bool = False) -> None:
        super().__init__(message)
        self.too_deep = too_deep


async def read_bounded(headers: Mapping[str, str], receive: Receive, limit: int = MAX_BODY_BYTES) -> bytes:
    """The whole body, or ``BodyTooLarge`` as soon as it is known to exceed ``limit`` bytes.

    Raises ``ClientDisconnect`` when the client goes away before the body is complete.
    """
    declared = headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands ``body`` over again, for the handlers behind a reader that consumed it; after that
    it waits on the connection as ``receive`` does (a streaming response listens for the client going away)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed


def loads_bounded(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Decode JSON, refusing values nested deeper than ``max_depth`` levels (``InvalidJson`` either way)."""
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise InvalidJson("the body is not valid JSON") from None
    # Nesting needs an opening bracket per level, so a body with few of them cannot be too deep.
    openers = raw.count(b"[") + raw.count(b"{") if isinstance(raw, bytes) else raw.count("[") + raw.count("{")
    if openers > max_depth and depth_exceeds(value, max_depth):
        raise InvalidJson(f"JSON nested more than {max_depth} levels deep", too_deep=True)
    return value


def depth_exceeds(value: Any, max_depth: int) -> bool:
    """Whether ``value`` nests arrays and objects more than ``max_depth`` levels deep (iteratively: no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if depth > max_depth:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
