"""Bulk synthetic objects for the control API's ``seed`` (benchmarks and read-only endpoints' tests)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from dataports_emulators.core.service import SeedError

from .state import Workspace, iso, new_uuid, ref

BASE = datetime(2024, 1, 1, tzinfo=UTC)


def seed(workspace: Workspace, kind: str, count: int, params: Mapping[str, Any]) -> dict[str, Any]:
    makers = {
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
    if kind not in makers:
        raise SeedError(f"unknown kind {kind!r} for rapidpro; seedable kinds: {sorted(makers)}")
    return makers[kind](workspace, count, params) or {}


def _contacts(ws: Workspace, count: int, params: Mapping[str, Any]) -> dict[str, Any]:
    group = None
    if params.get("group"):
        name = str(params["group"])
        group = next((g for g in ws.c["groups"].values() if g["name"] == name), None)
        group = group or ws.write_named("groups", {"name": name}, None)
    groups = [ref(group)] if group else []
    keys = [f["key"] for f in ws.c["fields"].values()]
    start = len(ws.c["contacts"]) + len(ws.c["deleted_contacts"])
    add = ws.c["contacts"].add
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
    contacts = list(ws.c["contacts"].values())[:50] or [ws.write_contact({"name": "Seed", "urns": []}, None)]
    channel = next(iter(ws.c["channels"].values()))
    for i in range(count):
        contact = contacts[i % len(contacts)]
        incoming = i % 2 == 0
        moment = iso(BASE + timedelta(seconds=i))
        uuid = new_uuid()
        ws.c["messages"].add(
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
    flow = next(iter(ws.c["flows"].values()))
    contacts = list(ws.c["contacts"].values())[:50] or [ws.write_contact({"name": "Seed", "urns": []}, None)]
    for i in range(count):
        run = ws._add_run(flow, contacts[i % len(contacts)], None)
        run["responded"] = i % 3 == 0


def _named(resource: str) -> Any:
    def make(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
        start = len(ws.c[resource])
        for i in range(start, start + count):
            ws.write_named(resource, {"name": f"{resource[:-1].title()} {i}"}, None)

    return make


def _flows(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        ws.add_flow(f"Flow {len(ws.c['flows']) + i}", flow_type="voice" if i % 5 == 4 else "message")


def _archives(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        day = (BASE - timedelta(days=i + 1)).date().isoformat()
        kind = "message" if i % 2 == 0 else "run"
        digest = hashlib.md5(f"{kind}{day}".encode()).hexdigest()
        ws.c["archives"].add(
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
        osm = f"R{1000 + len(ws.c['boundaries'])}"
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
        ws.c["boundaries"].add(osm, boundary)
        parent = parent or {"osm_id": osm, "name": boundary["name"]}


def _classifiers(ws: Workspace, count: int, params: Mapping[str, Any]) -> None:
    for i in range(count):
        uuid = new_uuid()
        ws.c["classifiers"].add(
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
    channel = next(iter(ws.c["channels"].values()))
    contacts = list(ws.c["contacts"].values())[:10] or [ws.write_contact({"name": "Seed", "urns": []}, None)]
    for i in range(count):
        ident = next(ws.channel_event_ids)
        moment = iso(BASE + timedelta(seconds=i))
        ws.c["channel_events"].add(
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
        ws.c["resthook_events"].add(
            f"event-{len(ws.c['resthook_events'])}",
            {"resthook": "new-mother", "data": {"index": i}, "created_on": iso(BASE + timedelta(seconds=i))},
        )
