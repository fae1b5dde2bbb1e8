"""A signal that fires once a request's bytes have left this machine (via httpcore's ``trace`` extension).

The paginator's prefetch thread uses it so the caller parses page N only after the request for page N+1 is on the
wire: otherwise the GIL, held by parsing, keeps the prefetch thread from sending and the two never overlap.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Any

import httpx

_on_request_sent: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "dataports_on_request_sent", default=None
)
_SENT_EVENTS = ("http11.send_request_body.complete", "http2.send_request_body.complete")


def notify_when_sent(callback: Callable[[], None] | None) -> contextvars.Token[Callable[[], None] | None]:
    """Call ``callback`` after each request sent from this context (thread or task); returns a reset token."""
    return _on_request_sent.set(callback)


def attach(request: httpx.Request) -> None:
    """Hook the current context's callback, if any, into ``request`` (called by the transport)."""
    callback = _on_request_sent.get()
    if callback is None:
        return
    previous = request.extensions.get("trace")

    def trace(event: str, info: dict[str, Any]) -> None:
        if previous is not None:
            previous(event, info)
        if event in _SENT_EVENTS:
            callback()

    request.extensions = {**request.extensions, "trace": trace}
