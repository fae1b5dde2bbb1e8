"""Contact fields and globals: records keyed by a slug of their name."""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, now
from dataports_emulators.core.collection import Record

from .records import invalid, slug_key
from .state import Workspace

#: Keys a contact field may not take: they are attributes of every contact.
_RESERVED_FIELD_KEYS = frozenset({"name", "language", "urns", "groups", "uuid", "created_on"})


def write_field(ws: Workspace, body: dict[str, Any], existing: Record | None) -> Record:
    """Create a contact field (every contact gets it, empty), or rename or retype ``existing``."""
    if existing is not None:
        existing["name"] = body.get("name", existing["name"])
        if "type" in body and body["type"] != existing["type"]:
            existing["type"] = body["type"]
        return existing
    key = slug_key(body["name"])
    if not key or not key[0].isalpha():
        raise invalid("name", "Can only contain letters, numbers and hypens.")
    if key in ws.collections["fields"] or key in _RESERVED_FIELD_KEYS:
        raise invalid("name", "This field must be unique.")
    field = {"key": key, "name": body["name"], "type": body["type"], "pinned": False}
    ws.collections["fields"].add(key, field)
    for contact in ws.collections["contacts"].values():
        contact["fields"].setdefault(key, None)
    return field


def write_global(ws: Workspace, body: dict[str, Any], existing: Record | None) -> Record:
    """Create a global, or change the value of ``existing``."""
    moment = iso(now())
    if existing is not None:
        existing["value"] = body["value"]
        existing["modified_on"] = moment
        return existing
    if not body.get("name"):
        raise invalid("name", "This field is required.")
    key = slug_key(body["name"])
    if key in ws.collections["globals"]:
        raise invalid("name", "This field must be unique.")
    record = {"key": key, "name": body["name"], "value": body["value"], "modified_on": moment}
    ws.collections["globals"].add(key, record)
    return record
