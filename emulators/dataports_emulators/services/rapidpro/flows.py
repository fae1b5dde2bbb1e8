"""Flows, flow starts and runs, and the definitions export."""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, new_uuid, now
from dataports_emulators.core.collection import Record

from .records import NON_FIELD, flow_record, invalid, ref
from .state import Workspace


def add_flow(ws: Workspace, name: str, *, flow_type: str = "message") -> Record:
    """A new flow named ``name``."""
    flow = flow_record(name, flow_type=flow_type)
    ws.collections["flows"].add(flow["uuid"], flow)
    return flow


def start_flow(ws: Workspace, body: dict[str, Any]) -> Record:
    """Start a flow for contacts, groups and URNs: one run per addressed contact (group members included)."""
    flow = ws.find(resource="flows", key=body["flow"], field="flow")
    contacts, groups, urns = ws.recipients(body)
    if not (contacts or groups or urns):
        raise invalid(NON_FIELD, "Must specify at least one group, contact or URN")
    moment = iso(now())
    start: Record = {
        "uuid": new_uuid(),
        "flow": ref(flow),
        "status": "completed",
        "groups": [ref(g) for g in groups],
        "contacts": [ref(c) for c in contacts],
        "restart_participants": bool(body.get("restart_participants", True)),
        "exclude_active": bool(body.get("exclude_active", False)),
        "extra": body.get("params"),
        "params": body.get("params"),
        "created_on": moment,
        "modified_on": moment,
    }
    ws.collections["flow_starts"].add(start["uuid"], start)
    targets = {c["uuid"]: c for c in contacts}
    for group in groups:
        for contact in ws.collections["contacts"].values():
            if any(g["uuid"] == group["uuid"] for g in contact["groups"]):
                targets[contact["uuid"]] = contact
    for contact in targets.values():
        add_run(ws, flow, contact, start)
    return start


def add_run(ws: Workspace, flow: Record, contact: Record, start: Record | None) -> Record:
    """An active run of ``flow`` for ``contact``, which is now in that flow."""
    moment = iso(now())
    run: Record = {
        "uuid": new_uuid(),
        "flow": ref(flow),
        "contact": ref(contact),
        "start": {"uuid": start["uuid"]} if start else None,
        "responded": False,
        "path": [{"node": flow["results"][0]["node_uuids"][0], "time": moment}],
        "values": {},
        "created_on": moment,
        "modified_on": moment,
        "exited_on": None,
        "exit_type": None,
    }
    ws.collections["runs"].add(run["uuid"], run)
    flow["runs"]["active"] += 1
    contact["flow"] = ref(flow)
    return run


def export(flows: list[Record], campaigns: list[Record]) -> Record:
    """The definitions document of the given flows and campaigns (flows in the modern engine's shape)."""
    return {
        "version": "13",
        "site": "https://rapidpro.io",
        "flows": [
            {
                "uuid": f["uuid"],
                "name": f["name"],
                "spec_version": "13.1.0",
                "language": "eng",
                "type": f["type"],
                "expire_after_minutes": f["expires"],
                "nodes": [],
            }
            for f in flows
        ],
        "campaigns": [{"uuid": c["uuid"], "name": c["name"], "group": c["group"], "events": []} for c in campaigns],
        "triggers": [],
        "fields": [],
        "groups": [],
    }
