"""Resthook subscribers."""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, now
from dataports_emulators.core.collection import Record

from .records import invalid
from .state import Workspace


def subscribe(ws: Workspace, body: dict[str, Any]) -> Record:
    """Subscribe a target URL to an existing resthook."""
    if body["resthook"] not in ws.collections["resthooks"]:
        raise invalid("resthook", f"No resthook with slug: {body['resthook']}")
    record = {
        "id": ws.next_subscriber_id(),
        "resthook": body["resthook"],
        "target_url": body["target_url"],
        "created_on": iso(now()),
    }
    ws.collections["resthook_subscribers"].add(record["id"], record)
    return record
