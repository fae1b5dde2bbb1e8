"""Campaigns and their events."""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, new_uuid, now
from dataports_emulators.core.collection import Record

from .records import NON_FIELD, invalid, ref
from .state import Workspace

#: Contact attributes an event may be relative to besides contact fields.
_BUILT_IN_DATES = ("created_on", "last_seen_on")


def write_campaign(ws: Workspace, body: dict[str, Any], existing: Record | None) -> Record:
    """Create a campaign for a group, or rename or regroup ``existing``."""
    group = ws.find_group(body["group"], field="group")
    if existing is not None:
        existing.update({"name": body["name"], "group": ref(group)})
        return existing
    record: Record = {"uuid": new_uuid(), "name": body["name"], "archived": False, "group": ref(group)}
    record["created_on"] = iso(now())
    ws.collections["campaigns"].add(record["uuid"], record)
    return record


def write_campaign_event(ws: Workspace, body: dict[str, Any], existing: Record | None) -> Record:
    """Create an event (a message or a flow, at an offset from a contact date), or change ``existing``."""
    campaign = ws.find("campaigns", body["campaign"], "campaign") if "campaign" in body else None
    if campaign is None and existing is None:
        raise invalid("campaign", "This field is required.")
    field = ws.collections["fields"].get(body["relative_to"])
    if field is None and body["relative_to"] not in _BUILT_IN_DATES:
        raise invalid("relative_to", f"No such object: {body['relative_to']}")
    has_message, has_flow = bool(body.get("message")), bool(body.get("flow"))
    if has_message == has_flow:
        raise invalid(NON_FIELD, "Flow or a message text required.")
    flow = ws.find("flows", body["flow"], "flow") if has_flow else None
    relative = {"key": field["key"], "name": field["name"]} if field else {"key": body["relative_to"], "name": ""}
    message = body.get("message")
    values = {
        "relative_to": relative,
        "offset": body["offset"],
        "unit": body["unit"],
        "delivery_hour": body["delivery_hour"],
        "message": {"eng": message} if isinstance(message, str) else message,
        "flow": ref(flow) if flow else None,
    }
    if existing is not None:
        existing.update(values)
        if campaign is not None:
            existing["campaign"] = ref(campaign)
        return existing
    assert campaign is not None
    record: Record = {"uuid": new_uuid(), "campaign": ref(campaign), **values, "created_on": iso(now())}
    ws.collections["campaign_events"].add(record["uuid"], record)
    return record
