"""Bulk synthetic objects for the control API's ``seed`` (benchmarks and read-only endpoints' tests)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from dataports_emulators.core.clock import iso, new_uuid
from dataports_emulators.core.demo import DEMO_KIND, DemoPlan

from . import demo
from .contacts import write_contact
from .flows import add_flow, add_run
from .groups_and_labels import write_named
from .records import ref
from .state import Workspace

BASE = datetime(2024, 1, 1, tzinfo=UTC)

Maker = Callable[[Workspace, int, Mapping[str, Any]], "dict[str, Any] | None"]


def seed(workspace: Workspace, kind: str, count: int, params: Mapping[str, Any]) -> dict[str, Any]:
    """Create ``count`` synthetic objects of ``kind`` (one of ``KINDS``) in ``workspace``; ``demo`` fills a fresh
    workspace with the demo (``demo.py``; the core has pinned the clock and ignores ``count``)."""
    if kind == DEMO_KIND:
        return demo.build(workspace, DemoPlan("rapidpro", params))
    return MAKERS[kind](workspace, count, params) or {}


def _contacts(ws: Workspace, count: int, params: Mapping[str, Any]) -> dict[str, Any]:
    group = None
    if params.get("group"):
        name = str(params["group"])
        group = next((g for g in ws.collections["groups"].values() if g["name"] == name), None)
        group = group or write_named(ws, "groups", {"name": name}, None)
    groups = [ref(group)] if group else []
    keys = [f["key"] for f in ws.collections["fields"].values()]
    start = len(ws.collections["contacts"]) + len(ws.collections["deleted_contacts"])
    add = ws.collections["contacts"].add
    owners = ws.urn_owner
    for i in range(start, start + count):
        moment = iso(BASE + timedelta(seconds=i))
        uuid = new_uuid()
        urn = f"tel:+25078{i:07d}"
        add(
            uuid,
            {
                "uuid": uuid,
                "name": f"Contact {i:06d}",
                "status": "active",
                "language": "eng",
                "urns": [urn],
                "groups": list(groups),
                "notes": [],
                "fields": dict.fromkeys(keys),
                "flow": None,
                "created_on": moment,
                "modified_on": moment,
                "last_seen_on": moment,
            },
        )
        owners[urn] = uuid
    if group:
        group["count"] += count
    return {"group": group["uuid"] if group else None}


def _messages(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    contacts = list(ws.collections["contacts"].values())[:50] or [write_contact(ws, {"name": "Seed", "urns": []}, None)]
    channel = next(iter(ws.collections["channels"].values()))
    for i in range(count):
        contact = contacts[i % len(contacts)]
        incoming = i % 2 == 0
        moment = iso(BASE + timedelta(seconds=i))
        uuid = new_uuid()
        ws.collections["messages"].add(
            uuid,
            {
                "uuid": uuid,
                "contact": ref(contact),
                "urn": contact["urns"][0] if contact["urns"] else None,
                "channel": ref(channel),
                "direction": "in" if incoming else "out",
                "type": "text",
                "status": "handled" if incoming else "delivered",
                "visibility": "visible",
                "text": f"Message {i}",
                "labels": [],
                "attachments": [],
                "quick_replies": [],
                "flow": None,
                "created_on": moment,
                "sent_on": None if incoming else moment,
                "modified_on": moment,
            },
        )


def _runs(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    flow = next(iter(ws.collections["flows"].values()))
    contacts = list(ws.collections["contacts"].values())[:50] or [write_contact(ws, {"name": "Seed", "urns": []}, None)]
    for i in range(count):
        run = add_run(ws, flow, contacts[i % len(contacts)], None)
        run["responded"] = i % 3 == 0


def _named(resource: str) -> Maker:
    def make(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
        start = len(ws.collections[resource])
        for i in range(start, start + count):
            write_named(ws, resource, {"name": f"{resource[:-1].title()} {i}"}, None)

    return make


def _flows(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        add_flow(ws, f"Flow {len(ws.collections['flows']) + i}", flow_type="voice" if i % 5 == 4 else "message")


def _archives(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        day = (BASE - timedelta(days=i + 1)).date().isoformat()
        kind = "message" if i % 2 == 0 else "run"
        digest = hashlib.md5(f"{kind}{day}".encode()).hexdigest()
        ws.collections["archives"].add(
            f"{kind}-{day}",
            {
                "type": kind,
                "start_date": day,
                "period": "daily",
                "record_count": 10 * (i + 1),
                "size": 1024 * (i + 1),
                "hash": digest,
                "download_url": f"https://archives.example.invalid/{kind}/{day}.jsonl.gz",
            },
        )


def _boundaries(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    parent = None
    for i in range(count):
        osm = f"R{1000 + len(ws.collections['boundaries'])}"
        boundary = {
            "osm_id": osm,
            "name": f"Region {osm}",
            "level": 0 if parent is None else 1,
            "parent": parent,
            "aliases": [f"Alias {i}"],
            "geometry": {
                "type": "MultiPolygon",
                "coordinates": [[[[30.0 + i, -2.0], [30.1 + i, -2.1], [30.0 + i, -2.0]]]],
            },
        }
        ws.collections["boundaries"].add(osm, boundary)
        parent = parent or {"osm_id": osm, "name": boundary["name"]}


def _classifiers(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        uuid = new_uuid()
        ws.collections["classifiers"].add(
            uuid,
            {
                "uuid": uuid,
                "name": f"Classifier {i}",
                "type": "wit",
                "intents": ["book_flight"],
                "created_on": iso(BASE),
            },
        )


def _channel_events(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    channel = next(iter(ws.collections["channels"].values()))
    contacts = list(ws.collections["contacts"].values())[:10] or [write_contact(ws, {"name": "Seed", "urns": []}, None)]
    for i in range(count):
        ident = ws.next_channel_event_id()
        moment = iso(BASE + timedelta(seconds=i))
        ws.collections["channel_events"].add(
            ident,
            {
                "id": ident,
                "type": "mo_miss",
                "contact": ref(contacts[i % len(contacts)]),
                "channel": ref(channel),
                "extra": {},
                "occurred_on": moment,
                "created_on": moment,
            },
        )


def _resthook_events(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        ws.collections["resthook_events"].add(
            f"event-{len(ws.collections['resthook_events'])}",
            {"resthook": "new-mother", "data": {"index": i}, "created_on": iso(BASE + timedelta(seconds=i))},
        )


MAKERS: dict[str, Maker] = {
    "contacts": _contacts,
    "messages": _messages,
    "runs": _runs,
    "groups": _named("groups"),
    "labels": _named("labels"),
    "flows": _flows,
    "archives": _archives,
    "boundaries": _boundaries,
    "classifiers": _classifiers,
    "channel_events": _channel_events,
    "resthook_events": _resthook_events,
}
#: What ``POST /_emulator/seed`` can create in RapidPro.
KINDS = tuple(sorted([*MAKERS, DEMO_KIND]))
