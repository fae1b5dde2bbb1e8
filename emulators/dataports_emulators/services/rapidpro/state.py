"""RapidPro workspace state: the objects, and the rules that keep them consistent (group and label counts,
URN uniqueness, flow starts creating runs)."""

from __future__ import annotations

import itertools
import re
import uuid as uuid_module
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from dataports_emulators.core.collection import Collection, Record

RESOURCES = (
    "archives",
    "boundaries",
    "broadcasts",
    "campaigns",
    "campaign_events",
    "channels",
    "channel_events",
    "classifiers",
    "contacts",
    "deleted_contacts",
    "fields",
    "flows",
    "flow_starts",
    "globals",
    "groups",
    "labels",
    "messages",
    "resthooks",
    "resthook_events",
    "resthook_subscribers",
    "runs",
)

ORG: Record = {
    "uuid": "6a44ca78-a4c2-4862-a7d3-2932f9b3a7c3",
    "name": "dataports emulator",
    "country": "RW",
    "languages": ["eng", "fra"],
    "primary_language": "eng",
    "timezone": "Africa/Kigali",
    "date_style": "day_first",
    "credits": {"used": 0, "remaining": 1000000},
    "anon": False,
}


class Invalid(Exception):
    """A request the real server rejects with 400 and ``{field: [messages]}``."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.errors = {field: [message]}


class BadQuery(Exception):
    """A query parameter the real server rejects with 400 and a single ``{"detail": message}``."""


class Missing(Exception):
    """The object named by an identifying query parameter does not exist (404)."""


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def ref(record: Record) -> Record:
    return {"uuid": record["uuid"], "name": record["name"]}


def slug_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")[:36]


class Workspace:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.c: dict[str, Collection] = {name: Collection() for name in RESOURCES}
        self.urn_owner: dict[str, str] = {}
        self.subscriber_ids = itertools.count(1001)
        self.channel_event_ids = itertools.count(1)
        self._preload()

    # --- a fresh workspace has what a real one ships with: a channel, a flow, a resthook -------------------
    def _preload(self) -> None:
        created = iso(now())
        channel: Record = {
            "uuid": "9a8b001e-a913-486c-80f4-1356e23f582e",
            "name": "Emulated Android",
            "address": "+250788123123",
            "type": "A",
            "country": "RW",
            "device": {
                "name": "Nexus 5X",
                "power_level": 99,
                "power_status": "STATUS_DISCHARGING",
                "power_source": "BATTERY",
                "network_type": "WIFI",
            },
            "last_seen": created,
            "created_on": created,
        }
        self.c["channels"].add(channel["uuid"], channel)
        self.add_flow("Registration", flow_uuid="f5901b62-ba76-4003-9c62-72fdacc1b7b7")
        self.c["resthooks"].add("new-mother", {"resthook": "new-mother", "created_on": created, "modified_on": created})

    def add_flow(self, name: str, *, flow_uuid: str | None = None, flow_type: str = "message") -> Record:
        flow = {
            "uuid": flow_uuid or new_uuid(),
            "name": name,
            "type": flow_type,
            "archived": False,
            "labels": [],
            "expires": 10080,
            "runs": {"active": 0, "waiting": 0, "completed": 0, "interrupted": 0, "expired": 0, "failed": 0},
            "results": [{"key": "name", "name": "Name", "categories": ["All Responses"], "node_uuids": [new_uuid()]}],
            "parent_refs": [],
            "created_on": iso(now()),
            "modified_on": iso(now()),
        }
        self.c["flows"].add(flow["uuid"], flow)
        return flow

    @property
    def org(self) -> Record:
        return ORG

    def export(self, flows: list[Record], campaigns: list[Record]) -> Record:
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

    # --- lookups --------------------------------------------------------------------------------------------
    def find(self, resource: str, key: Any, field: str) -> Record:
        record = self.c[resource].get(key)
        if record is None:
            raise Invalid(field, f"No such object: {key}")
        return record

    def find_group(self, value: str, field: str = "groups") -> Record:
        group = self.c["groups"].get(value)
        if group is None:
            group = next((g for g in self.c["groups"].values() if g["name"].lower() == str(value).lower()), None)
        if group is None:
            raise Invalid(field, f"No such object: {value}")
        return group

    def find_contact(self, value: str, field: str = "contacts") -> Record:
        if ":" in value:
            owner = self.urn_owner.get(normalize_urn(value))
            if owner is not None:
                return self.c["contacts"].get(owner) or {}
        else:
            contact = self.c["contacts"].get(value)
            if contact is not None:
                return contact
        raise Invalid(field, f"No such object: {value}")

    def contact_by_identifier(self, uuid: str | None, urn: str | None) -> Record:
        if uuid is not None:
            contact = self.c["contacts"].get(uuid)
        else:
            owner = self.urn_owner.get(normalize_urn(urn or ""))
            contact = self.c["contacts"].get(owner) if owner else None
        if contact is None:
            raise Missing()
        return contact

    # --- contacts -----------------------------------------------------------------------------------------
    def write_contact(self, body: dict[str, Any], existing: Record | None) -> Record:
        given = body.get("urns")
        urns = [normalize_urn(u) for u in (given if given is not None else (existing["urns"] if existing else []))]
        for index, urn in enumerate(urns):
            if not re.match(r"^[a-z]+:.+", urn):
                raise Invalid("urns", f"Invalid URN: {urn}. Ensure phone numbers contain country codes.")
            owner = self.urn_owner.get(urn)
            if owner is not None and (existing is None or owner != existing["uuid"]):
                raise Invalid("urns", f"URN {index} is in use by another contact.")
        groups = [self.find_group(g) for g in body["groups"]] if "groups" in body else None
        if groups is not None and any(g.get("query") for g in groups):
            raise Invalid("groups", "Contact groups based on a query can't be modified manually.")
        fields = body.get("fields", {})
        for key in fields:
            if key not in self.c["fields"]:
                raise Invalid("fields", f"Invalid contact field key: {key}")
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
                "fields": {key: None for key in self._field_keys()},
                "flow": None,
                "created_on": moment,
                "modified_on": moment,
                "last_seen_on": None,
            }
            self.c["contacts"].add(contact["uuid"], contact)
        else:
            contact = existing
            for name in ("name", "language"):
                if name in body:
                    contact[name] = body[name]
            contact["modified_on"] = moment
            # The server lists contacts by modification time, newest first.
            self.c["contacts"].touch(contact["uuid"])
        for urn in contact["urns"]:
            self.urn_owner.pop(urn, None)
        contact["urns"] = urns
        for urn in urns:
            self.urn_owner[urn] = contact["uuid"]
        contact["fields"].update(fields)
        if groups is not None:
            self._set_groups(contact, groups)
        return contact

    def _field_keys(self) -> list[str]:
        return [f["key"] for f in self.c["fields"].values()]

    def _set_groups(self, contact: Record, groups: Iterable[Record]) -> None:
        wanted = {g["uuid"]: g for g in groups}
        current = {g["uuid"] for g in contact["groups"]}
        for gid in current - set(wanted):
            group = self.c["groups"].get(gid)
            if group is not None:
                group["count"] -= 1
        for gid in set(wanted) - current:
            wanted[gid]["count"] += 1
        contact["groups"] = [ref(g) for g in wanted.values()]

    def add_to_group(self, contact: Record, group: Record) -> None:
        if all(g["uuid"] != group["uuid"] for g in contact["groups"]):
            contact["groups"].append(ref(group))
            group["count"] += 1

    def remove_from_group(self, contact: Record, group: Record) -> None:
        before = len(contact["groups"])
        contact["groups"] = [g for g in contact["groups"] if g["uuid"] != group["uuid"]]
        if len(contact["groups"]) != before:
            group["count"] -= 1

    def delete_contact(self, contact: Record) -> None:
        self._set_groups(contact, [])
        for urn in contact["urns"]:
            self.urn_owner.pop(urn, None)
        self.c["contacts"].remove(contact["uuid"])
        moment = iso(now())
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
            "modified_on": moment,
            "last_seen_on": None,
        }
        self.c["deleted_contacts"].add(contact["uuid"], tombstone)

    def contact_action(self, body: dict[str, Any]) -> None:
        action = body["action"]
        contacts = [self.find_contact(str(c)) for c in body["contacts"]]
        group = None
        if action in ("add", "remove"):
            if not body.get("group"):
                raise Invalid("group", f'For action "{action}" you should also specify a group')
            group = self.find_group(body["group"], field="group")
            if group.get("query"):
                raise Invalid("group", "Contact group must not be query based: " + group["name"])
        elif body.get("group"):
            raise Invalid("group", f'For action "{action}" you should not specify a group')
        moment = iso(now())
        for contact in contacts:
            if action == "add" and group is not None:
                self.add_to_group(contact, group)
            elif action == "remove" and group is not None:
                self.remove_from_group(contact, group)
            elif action == "block":
                contact["status"] = "blocked"
                self._set_groups(contact, [])
            elif action == "unblock":
                contact["status"] = "active"
            elif action == "interrupt":
                contact["flow"] = None
            elif action == "archive_messages":
                for message in self.c["messages"].values():
                    if message["contact"]["uuid"] == contact["uuid"] and message["direction"] == "in":
                        message["visibility"] = "archived"
            elif action == "delete":
                self.delete_contact(contact)
                continue
            contact["modified_on"] = moment
            self.c["contacts"].touch(contact["uuid"])

    # --- groups, labels, fields, globals ------------------------------------------------------------------
    def write_named(self, resource: str, body: dict[str, Any], existing: Record | None) -> Record:
        name = body["name"].strip()
        for other in self.c[resource].values():
            if other["name"].lower() == name.lower() and (existing is None or other["uuid"] != existing["uuid"]):
                raise Invalid("name", "This field must be unique.")
        if existing is not None:
            existing["name"] = name
            self._rename_refs(resource, existing)
            return existing
        record: Record = {"uuid": new_uuid(), "name": name, "count": 0}
        if resource == "groups":
            record.update({"query": None, "status": "ready", "system": False})
        self.c[resource].add(record["uuid"], record)
        return record

    def _rename_refs(self, resource: str, record: Record) -> None:
        owners = {"groups": ("contacts", "groups"), "labels": ("messages", "labels")}[resource]
        for owner in self.c[owners[0]].values():
            for item in owner[owners[1]]:
                if item["uuid"] == record["uuid"]:
                    item["name"] = record["name"]

    def delete_group(self, group: Record) -> None:
        for contact in self.c["contacts"].values():
            contact["groups"] = [g for g in contact["groups"] if g["uuid"] != group["uuid"]]
        self.c["groups"].remove(group["uuid"])

    def delete_label(self, label: Record) -> None:
        for message in self.c["messages"].values():
            message["labels"] = [x for x in message["labels"] if x["uuid"] != label["uuid"]]
        self.c["labels"].remove(label["uuid"])

    def write_field(self, body: dict[str, Any], existing: Record | None) -> Record:
        if existing is not None:
            existing["name"] = body.get("name", existing["name"])
            if "type" in body and body["type"] != existing["type"]:
                existing["type"] = body["type"]
            return existing
        key = slug_key(body["name"])
        if not key or not key[0].isalpha():
            raise Invalid("name", "Can only contain letters, numbers and hypens.")
        if key in self.c["fields"] or key in {"name", "language", "urns", "groups", "uuid", "created_on"}:
            raise Invalid("name", "This field must be unique.")
        field = {"key": key, "name": body["name"], "type": body["type"], "pinned": False}
        self.c["fields"].add(key, field)
        for contact in self.c["contacts"].values():
            contact["fields"].setdefault(key, None)
        return field

    def write_global(self, body: dict[str, Any], existing: Record | None) -> Record:
        moment = iso(now())
        if existing is not None:
            existing["value"] = body["value"]
            existing["modified_on"] = moment
            return existing
        if not body.get("name"):
            raise Invalid("name", "This field is required.")
        key = slug_key(body["name"])
        if key in self.c["globals"]:
            raise Invalid("name", "This field must be unique.")
        record = {"key": key, "name": body["name"], "value": body["value"], "modified_on": moment}
        self.c["globals"].add(key, record)
        return record

    # --- messages --------------------------------------------------------------------------------------------
    def send_message(self, body: dict[str, Any]) -> Record:
        contact = self.find_contact(body["contact"], field="contact")
        if not body.get("text") and not body.get("attachments"):
            raise Invalid("non_field_errors", "Must provide either text or attachments.")
        return self._outgoing(contact, body.get("text") or "", body.get("attachments", []), body.get("quick_replies"))

    def _outgoing(self, contact: Record, text: str, attachments: list[Any], quick_replies: Any = None) -> Record:
        moment = iso(now())
        channel = next(iter(self.c["channels"].values()), None)
        message: Record = {
            "uuid": new_uuid(),
            "contact": ref(contact),
            "urn": contact["urns"][0] if contact["urns"] else None,
            "channel": ref(channel) if channel else None,
            "direction": "out",
            "type": "text",
            "status": "queued",
            "visibility": "visible",
            "text": text,
            "labels": [],
            "attachments": [_attachment(a) for a in attachments],
            "quick_replies": [{"text": q, "extra": None} if isinstance(q, str) else q for q in quick_replies or []],
            "flow": None,
            "created_on": moment,
            "sent_on": None,
            "modified_on": moment,
        }
        self.c["messages"].add(message["uuid"], message)
        return message

    def message_action(self, body: dict[str, Any]) -> None:
        action = body["action"]
        messages = []
        for ident in body["messages"]:
            message = self.c["messages"].get(str(ident))
            if message is None:
                raise Invalid("messages", f"No such object: {ident}")
            messages.append(message)
        label = None
        if action in ("label", "unlabel"):
            if body.get("label"):
                label = self.c["labels"].get(body["label"]) or next(
                    (x for x in self.c["labels"].values() if x["name"] == body["label"]), None
                )
                if label is None:
                    raise Invalid("label", f"No such object: {body['label']}")
            elif body.get("label_name"):
                label = next((x for x in self.c["labels"].values() if x["name"] == body["label_name"]), None)
                if label is None:
                    label = self.write_named("labels", {"name": body["label_name"]}, None)
            else:
                raise Invalid("non_field_errors", f'For action "{action}" you should also specify a label')
        for message in messages:
            if action == "label" and label is not None:
                if all(x["uuid"] != label["uuid"] for x in message["labels"]):
                    message["labels"].append(ref(label))
                    label["count"] += 1
            elif action == "unlabel" and label is not None:
                before = len(message["labels"])
                message["labels"] = [x for x in message["labels"] if x["uuid"] != label["uuid"]]
                label["count"] -= before - len(message["labels"])
            elif action == "archive":
                message["visibility"] = "archived"
            elif action == "restore":
                message["visibility"] = "visible"
            elif action == "delete":
                message["visibility"] = "deleted"
            message["modified_on"] = iso(now())

    # --- broadcasts, flow starts, campaigns, resthooks ----------------------------------------------------------
    def recipients(self, body: dict[str, Any]) -> tuple[list[Record], list[Record], list[str]]:
        contacts = [self.find_contact(c) for c in body.get("contacts", [])]
        groups = [self.find_group(g) for g in body.get("groups", [])]
        urns = [normalize_urn(u) for u in body.get("urns", [])]
        return contacts, groups, urns

    def broadcast(self, body: dict[str, Any]) -> Record:
        contacts, groups, urns = self.recipients(body)
        if not (contacts or groups or urns):
            raise Invalid("non_field_errors", "Must provide either urns, contacts or groups.")
        text = body.get("text")
        if isinstance(text, dict):
            text = text.get(next(iter(text)), "") if text else ""
        record: Record = {
            "uuid": new_uuid(),
            "status": "queued",
            "urns": urns,
            "contacts": [ref(c) for c in contacts],
            "groups": [ref(g) for g in groups],
            "text": text,
            "created_on": iso(now()),
        }
        self.c["broadcasts"].add(record["uuid"], record)
        for contact in contacts:
            self._outgoing(contact, text or "", body.get("attachments", []))
        return record

    def start_flow(self, body: dict[str, Any]) -> Record:
        flow = self.find(resource="flows", key=body["flow"], field="flow")
        contacts, groups, urns = self.recipients(body)
        if not (contacts or groups or urns):
            raise Invalid("non_field_errors", "Must specify at least one group, contact or URN")
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
        self.c["flow_starts"].add(start["uuid"], start)
        targets = {c["uuid"]: c for c in contacts}
        for group in groups:
            for contact in self.c["contacts"].values():
                if any(g["uuid"] == group["uuid"] for g in contact["groups"]):
                    targets[contact["uuid"]] = contact
        for contact in targets.values():
            self._add_run(flow, contact, start)
        return start

    def _add_run(self, flow: Record, contact: Record, start: Record | None) -> Record:
        moment = now()
        run: Record = {
            "uuid": new_uuid(),
            "flow": ref(flow),
            "contact": ref(contact),
            "start": {"uuid": start["uuid"]} if start else None,
            "responded": False,
            "path": [{"node": flow["results"][0]["node_uuids"][0], "time": iso(moment)}],
            "values": {},
            "created_on": iso(moment),
            "modified_on": iso(moment),
            "exited_on": None,
            "exit_type": None,
        }
        self.c["runs"].add(run["uuid"], run)
        flow["runs"]["active"] += 1
        contact["flow"] = ref(flow)
        return run

    def write_campaign(self, body: dict[str, Any], existing: Record | None) -> Record:
        group = self.find_group(body["group"], field="group")
        if existing is not None:
            existing.update({"name": body["name"], "group": ref(group)})
            return existing
        record: Record = {"uuid": new_uuid(), "name": body["name"], "archived": False, "group": ref(group)}
        record["created_on"] = iso(now())
        self.c["campaigns"].add(record["uuid"], record)
        return record

    def write_campaign_event(self, body: dict[str, Any], existing: Record | None) -> Record:
        campaign = self.find("campaigns", body["campaign"], "campaign") if "campaign" in body else None
        if campaign is None and existing is None:
            raise Invalid("campaign", "This field is required.")
        field = self.c["fields"].get(body["relative_to"])
        if field is None and body["relative_to"] not in ("created_on", "last_seen_on"):
            raise Invalid("relative_to", f"No such object: {body['relative_to']}")
        has_message, has_flow = bool(body.get("message")), bool(body.get("flow"))
        if has_message == has_flow:
            raise Invalid("non_field_errors", "Flow or a message text required.")
        flow = self.find("flows", body["flow"], "flow") if has_flow else None
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
        self.c["campaign_events"].add(record["uuid"], record)
        return record

    def subscribe(self, body: dict[str, Any]) -> Record:
        if body["resthook"] not in self.c["resthooks"]:
            raise Invalid("resthook", f"No resthook with slug: {body['resthook']}")
        record = {
            "id": next(self.subscriber_ids),
            "resthook": body["resthook"],
            "target_url": body["target_url"],
            "created_on": iso(now()),
        }
        self.c["resthook_subscribers"].add(record["id"], record)
        return record


def normalize_urn(urn: str) -> str:
    scheme, _, path = urn.partition(":")
    if scheme.lower() == "tel":
        path = re.sub(r"[^0-9+]", "", path)
    return f"{scheme.lower()}:{path}"


def _attachment(value: Any) -> Record:
    if isinstance(value, dict):
        return value
    content_type, _, url = str(value).partition(":")
    return {"content_type": content_type, "url": url}


def synthetic_moment(index: int, base: datetime) -> str:
    return iso(base + timedelta(milliseconds=index))
