"""The RapidPro workspace: one collection per resource, the URN index, id counters, and the lookups every
resource module shares. A fresh workspace has what a real one ships with: a channel, a flow and a resthook.

The rules that change records live in one module per resource (``contacts``, ``messages``, ``flows``, ...).
"""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, now
from dataports_emulators.core.collection import Collection, Record

from .records import flow_record, invalid, missing, normalize_urn

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

PRELOADED_FLOW_UUID = "f5901b62-ba76-4003-9c62-72fdacc1b7b7"


class Workspace:
    """Everything one RapidPro workspace holds."""

    def __init__(self) -> None:
        self.collections: dict[str, Collection] = {name: Collection() for name in RESOURCES}
        #: Which contact owns each (normalised) URN: URNs are unique across contacts.
        self.urn_owner: dict[str, str] = {}
        self._next_subscriber_id = 1001
        self._next_channel_event_id = 1
        self._preload()

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
        self.collections["channels"].add(channel["uuid"], channel)
        flow = flow_record("Registration", flow_uuid=PRELOADED_FLOW_UUID)
        self.collections["flows"].add(flow["uuid"], flow)
        self.collections["resthooks"].add(
            "new-mother", {"resthook": "new-mother", "created_on": created, "modified_on": created}
        )

    @property
    def org(self) -> Record:
        """The workspace's organisation."""
        return ORG

    # --- ids -------------------------------------------------------------------------------------------------------
    def next_subscriber_id(self) -> int:
        """The id of the next resthook subscriber."""
        ident = self._next_subscriber_id
        self._next_subscriber_id += 1
        return ident

    def next_channel_event_id(self) -> int:
        """The id of the next channel event."""
        ident = self._next_channel_event_id
        self._next_channel_event_id += 1
        return ident

    # --- lookups ---------------------------------------------------------------------------------------------------
    def find(self, resource: str, key: Any, field: str) -> Record:
        """The record of ``resource`` under ``key``; a 400 on ``field`` when there is none."""
        record = self.collections[resource].get(key)
        if record is None:
            raise invalid(field, f"No such object: {key}")
        return record

    def find_group(self, value: str, field: str = "groups") -> Record:
        """A group by UUID or (case-insensitive) name; a 400 on ``field`` when there is none."""
        groups = self.collections["groups"]
        group = groups.get(value)
        if group is None:
            group = next((g for g in groups.values() if g["name"].lower() == str(value).lower()), None)
        if group is None:
            raise invalid(field, f"No such object: {value}")
        return group

    def find_contact(self, value: str, field: str = "contacts") -> Record:
        """A contact by UUID or URN; a 400 on ``field`` when there is none."""
        contacts = self.collections["contacts"]
        if ":" in value:
            owner = self.urn_owner.get(normalize_urn(value))
            if owner is not None:
                return contacts.get(owner) or {}
        else:
            contact = contacts.get(value)
            if contact is not None:
                return contact
        raise invalid(field, f"No such object: {value}")

    def contact_by_identifier(self, uuid: str | None, urn: str | None) -> Record:
        """The contact an identifying query parameter names; a 404 when there is none."""
        contacts = self.collections["contacts"]
        if uuid is not None:
            contact = contacts.get(uuid)
        else:
            owner = self.urn_owner.get(normalize_urn(urn or ""))
            contact = contacts.get(owner) if owner else None
        if contact is None:
            raise missing()
        return contact

    def recipients(self, body: dict[str, Any]) -> tuple[list[Record], list[Record], list[str]]:
        """The contacts, groups and URNs a broadcast or flow start addresses."""
        contacts = [self.find_contact(c) for c in body.get("contacts", [])]
        groups = [self.find_group(g) for g in body.get("groups", [])]
        urns = [normalize_urn(u) for u in body.get("urns", [])]
        return contacts, groups, urns

    def field_keys(self) -> list[str]:
        """The keys of every contact field."""
        return [f["key"] for f in self.collections["fields"].values()]
