"""Groups and labels: uniquely named sets with member counts, whose renames reach the references to them."""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import new_uuid
from dataports_emulators.core.collection import Record

from .records import invalid
from .state import Workspace

#: Where references to each kind of set live: (collection, list field of each record).
_MEMBERS = {"groups": ("contacts", "groups"), "labels": ("messages", "labels")}


def write_named(ws: Workspace, resource: str, body: dict[str, Any], existing: Record | None) -> Record:
    """Create a group or label (``resource``), or rename ``existing``; names are unique, ignoring case."""
    name = body["name"].strip()
    for other in ws.collections[resource].values():
        if other["name"].lower() == name.lower() and (existing is None or other["uuid"] != existing["uuid"]):
            raise invalid("name", "This field must be unique.")
    if existing is not None:
        existing["name"] = name
        _rename_refs(ws, resource, existing)
        return existing
    record: Record = {"uuid": new_uuid(), "name": name, "count": 0}
    if resource == "groups":
        record.update({"query": None, "status": "ready", "system": False})
    ws.collections[resource].add(record["uuid"], record)
    return record


def _rename_refs(ws: Workspace, resource: str, record: Record) -> None:
    owners, field = _MEMBERS[resource]
    for owner in ws.collections[owners].values():
        for item in owner[field]:
            if item["uuid"] == record["uuid"]:
                item["name"] = record["name"]


def delete_named(ws: Workspace, resource: str, record: Record) -> None:
    """Delete a group or label, and every reference to it."""
    owners, field = _MEMBERS[resource]
    for owner in ws.collections[owners].values():
        owner[field] = [item for item in owner[field] if item["uuid"] != record["uuid"]]
    ws.collections[resource].remove(record["uuid"])
