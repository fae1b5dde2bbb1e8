"""Messages and broadcasts: outgoing messages to contacts, and bulk labelling, archiving and deleting."""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, new_uuid, now
from dataports_emulators.core.collection import Record

from .groups_and_labels import write_named
from .records import NON_FIELD, attachment, invalid, ref
from .state import Workspace


def send_message(ws: Workspace, body: dict[str, Any]) -> Record:
    """Send one message to one contact."""
    contact = ws.find_contact(body["contact"], field="contact")
    if not body.get("text") and not body.get("attachments"):
        raise invalid(NON_FIELD, "Must provide either text or attachments.")
    return outgoing(ws, contact, body.get("text") or "", body.get("attachments", []), body.get("quick_replies"))


def outgoing(ws: Workspace, contact: Record, text: str, attachments: list[Any], quick_replies: Any = None) -> Record:
    """A queued outgoing message to ``contact`` through the workspace's channel."""
    moment = iso(now())
    channel = next(iter(ws.collections["channels"].values()), None)
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
        "attachments": [attachment(a) for a in attachments],
        "quick_replies": [{"text": q, "extra": None} if isinstance(q, str) else q for q in quick_replies or []],
        "flow": None,
        "created_on": moment,
        "sent_on": None,
        "modified_on": moment,
    }
    ws.collections["messages"].add(message["uuid"], message)
    return message


def broadcast(ws: Workspace, body: dict[str, Any]) -> Record:
    """A broadcast to contacts, groups and URNs (each addressed contact gets a message)."""
    contacts, groups, urns = ws.recipients(body)
    if not (contacts or groups or urns):
        raise invalid(NON_FIELD, "Must provide either urns, contacts or groups.")
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
    ws.collections["broadcasts"].add(record["uuid"], record)
    for contact in contacts:
        outgoing(ws, contact, text or "", body.get("attachments", []))
    return record


def _label_of(ws: Workspace, action: str, body: dict[str, Any]) -> Record:
    labels = ws.collections["labels"]
    if body.get("label"):
        label = labels.get(body["label"]) or next((x for x in labels.values() if x["name"] == body["label"]), None)
        if label is None:
            raise invalid("label", f"No such object: {body['label']}")
        return label
    if body.get("label_name"):
        label = next((x for x in labels.values() if x["name"] == body["label_name"]), None)
        return label or write_named(ws, "labels", {"name": body["label_name"]}, None)
    raise invalid(NON_FIELD, f'For action "{action}" you should also specify a label')


def message_action(ws: Workspace, body: dict[str, Any]) -> None:
    """One bulk action (label, unlabel, archive, restore, delete) on several messages."""
    action = body["action"]
    messages = []
    for ident in body["messages"]:
        message = ws.collections["messages"].get(str(ident))
        if message is None:
            raise invalid("messages", f"No such object: {ident}")
        messages.append(message)
    label = _label_of(ws, action, body) if action in ("label", "unlabel") else None
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
