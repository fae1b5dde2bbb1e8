"""Contacts: writes that keep URNs unique and group counts right, deletion into tombstones, and bulk actions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from dataports_emulators.core.clock import iso, new_uuid, now
from dataports_emulators.core.collection import Record

from .records import invalid, normalize_urn, ref
from .state import Workspace


def write_contact(ws: Workspace, body: dict[str, Any], existing: Record | None) -> Record:
    """Create a contact, or update ``existing``, from a write body."""
    given = body.get("urns")
    urns = [normalize_urn(u) for u in (given if given is not None else (existing["urns"] if existing else []))]
    for index, urn in enumerate(urns):
        if not re.match(r"^[a-z]+:.+", urn):
            raise invalid("urns", f"Invalid URN: {urn}. Ensure phone numbers contain country codes.")
        owner = ws.urn_owner.get(urn)
        if owner is not None and (existing is None or owner != existing["uuid"]):
            raise invalid("urns", f"URN {index} is in use by another contact.")
    groups = [ws.find_group(g) for g in body["groups"]] if "groups" in body else None
    if groups is not None and any(g.get("query") for g in groups):
        raise invalid("groups", "Contact groups based on a query can't be modified manually.")
    fields = body.get("fields", {})
    for key in fields:
        if key not in ws.collections["fields"]:
            raise invalid("fields", f"Invalid contact field key: {key}")
    moment = iso(now())
    if existing is None:
        contact: Record = {
            "uuid": new_uuid(),
            "name": body.get("name"),
            "status": "active",
            "language": body.get("language"),
            "urns": [],
            "groups": [],
            "notes": [],
            "fields": dict.fromkeys(ws.field_keys()),
            "flow": None,
            "created_on": moment,
            "modified_on": moment,
            "last_seen_on": None,
        }
        ws.collections["contacts"].add(contact["uuid"], contact)
    else:
        contact = existing
        for name in ("name", "language"):
            if name in body:
                contact[name] = body[name]
        contact["modified_on"] = moment
        # The server lists contacts by modification time, newest first.
        ws.collections["contacts"].touch(contact["uuid"])
    for urn in contact["urns"]:
        ws.urn_owner.pop(urn, None)
    contact["urns"] = urns
    for urn in urns:
        ws.urn_owner[urn] = contact["uuid"]
    contact["fields"].update(fields)
    if groups is not None:
        set_groups(ws, contact, groups)
    return contact


def set_groups(ws: Workspace, contact: Record, groups: Iterable[Record]) -> None:
    """Make ``groups`` the contact's groups, adjusting every affected group's count."""
    wanted = {g["uuid"]: g for g in groups}
    current = {g["uuid"] for g in contact["groups"]}
    for gid in current - set(wanted):
        group = ws.collections["groups"].get(gid)
        if group is not None:
            group["count"] -= 1
    for gid in set(wanted) - current:
        wanted[gid]["count"] += 1
    contact["groups"] = [ref(g) for g in wanted.values()]


def add_to_group(contact: Record, group: Record) -> None:
    """Add the contact to ``group`` (no change if already in it)."""
    if all(g["uuid"] != group["uuid"] for g in contact["groups"]):
        contact["groups"].append(ref(group))
        group["count"] += 1


def remove_from_group(contact: Record, group: Record) -> None:
    """Remove the contact from ``group`` (no change if not in it)."""
    before = len(contact["groups"])
    contact["groups"] = [g for g in contact["groups"] if g["uuid"] != group["uuid"]]
    if len(contact["groups"]) != before:
        group["count"] -= 1


def delete_contact(ws: Workspace, contact: Record) -> None:
    """Delete the contact, leaving the tombstone ``contacts.json?deleted=1`` lists."""
    set_groups(ws, contact, [])
    for urn in contact["urns"]:
        ws.urn_owner.pop(urn, None)
    ws.collections["contacts"].remove(contact["uuid"])
    tombstone = {
        "uuid": contact["uuid"],
        "name": None,
        "status": None,
        "language": None,
        "urns": [],
        "groups": [],
        "notes": [],
        "fields": {},
        "flow": None,
        "created_on": contact["created_on"],
        "modified_on": iso(now()),
        "last_seen_on": None,
    }
    ws.collections["deleted_contacts"].add(contact["uuid"], tombstone)


def contact_action(ws: Workspace, body: dict[str, Any]) -> None:
    """One bulk action (add, remove, block, unblock, interrupt, archive_messages, delete) on several contacts."""
    action = body["action"]
    contacts = [ws.find_contact(str(c)) for c in body["contacts"]]
    group = None
    if action in ("add", "remove"):
        if not body.get("group"):
            raise invalid("group", f'For action "{action}" you should also specify a group')
        group = ws.find_group(body["group"], field="group")
        if group.get("query"):
            raise invalid("group", "Contact group must not be query based: " + group["name"])
    elif body.get("group"):
        raise invalid("group", f'For action "{action}" you should not specify a group')
    moment = iso(now())
    for contact in contacts:
        if action == "add" and group is not None:
            add_to_group(contact, group)
        elif action == "remove" and group is not None:
            remove_from_group(contact, group)
        elif action == "block":
            contact["status"] = "blocked"
            set_groups(ws, contact, [])
        elif action == "unblock":
            contact["status"] = "active"
        elif action == "interrupt":
            contact["flow"] = None
        elif action == "archive_messages":
            for message in ws.collections["messages"].values():
                if message["contact"]["uuid"] == contact["uuid"] and message["direction"] == "in":
                    message["visibility"] = "archived"
        elif action == "delete":
            delete_contact(ws, contact)
            continue
        contact["modified_on"] = moment
        ws.collections["contacts"].touch(contact["uuid"])
