"""The batch endpoints' shared parts: one outcome per id, and the TTL change checked once for the whole batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from dataports_emulators.core.clock import now
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request, clip
from dataports_emulators.core.responses import json_response

from .values import new_expiration


def ttl_change(body: Any) -> Record:
    """The TTL part of a batch body, checked once for the whole batch (the classic client sends strings)."""
    change = {key: body.get(key) for key in ("days", "expiration_date") if body.get(key) not in (None, "")}
    if len(change) != 1:
        raise bad_request("Exactly one of `days` or `expiration_date` must be provided")
    # A malformed value fails the whole batch up front rather than every item alike.
    new_expiration(now(), change)
    return change


def batch_result(action: Callable[[str], Record | None], ids: list[str]) -> Response:
    """Run ``action`` for each id; one id's failure is reported in its entry, never for the whole request."""
    responses: dict[str, Record] = {}
    for item_id in ids:
        try:
            responses[item_id] = {"success": True, "response": action(item_id), "error": None}
        except ServiceError as exc:
            responses[item_id] = {"success": False, "response": None, "error": {"message": clip(exc.message)}}
    return json_response({"responses": responses})
