from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.contact_fields import ContactFields
    from ..models.object_ref import ObjectRef


#: The keys a Contact in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "language",
        "urns",
        "groups",
        "fields",
        "created_on",
        "modified_on",
    }
)
#: The keys a Contact declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "language",
        "urns",
        "groups",
        "fields",
        "created_on",
        "modified_on",
        "status",
        "flow",
        "blocked",
        "stopped",
        "last_seen_on",
    }
)


T = TypeVar("T", bound="Contact")


@_attrs_define(slots=False, unsafe_hash=False)
class Contact(ClassicObject):
    """A person the workspace can message, with their URNs, groups and field values. GET and POST
    /api/v2/contacts.json.

    Attributes:
        uuid (str):
        name (None | str):
        language (None | str): Preferred language as an ISO 639-3 code, e.g. `eng`.
        urns (list[str]): The contact's URNs (addresses on channels), e.g. `tel:+250788123123`.
        groups (list[ObjectRef]): The groups the contact belongs to.
        fields (ContactFields): Contact field values keyed by field key; values are strings, numbers or null.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        status (str | Unset): `active`, `blocked`, `stopped` or `archived`.
        flow (None | ObjectRef | Unset): The flow the contact is currently in, if any.
        blocked (bool | Unset): Older servers only (superseded by `status`).
        stopped (bool | Unset): Older servers only (superseded by `status`).
        last_seen_on (datetime.datetime | None | Unset): When the contact last communicated with the workspace; null if
            never.
    """

    uuid: str
    name: None | str
    language: None | str
    urns: list[str]
    groups: list[ObjectRef]
    fields: ContactFields
    created_on: datetime.datetime
    modified_on: datetime.datetime
    status: str | None = None
    flow: None | ObjectRef = None
    blocked: bool | Unset = UNSET
    stopped: bool | Unset = UNSET
    last_seen_on: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name: None | str
        name = self.name

        language: None | str
        language = self.language

        urns = self.urns

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        fields = self.fields.to_dict()

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        if self.status is None:
            status = UNSET
        else:
            status = self.status

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, ObjectRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        blocked = self.blocked

        stopped = self.stopped

        last_seen_on: None | str | Unset
        if isinstance(self.last_seen_on, Unset):
            last_seen_on = UNSET
        elif isinstance(self.last_seen_on, datetime.datetime):
            last_seen_on = self.last_seen_on.isoformat()
        else:
            last_seen_on = self.last_seen_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "language": language,
                "urns": urns,
                "groups": groups,
                "fields": fields,
                "created_on": created_on,
                "modified_on": modified_on,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if flow is not UNSET:
            field_dict["flow"] = flow
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if last_seen_on is not UNSET:
            field_dict["last_seen_on"] = last_seen_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "name" in src_dict
            and "language" in src_dict
            and "urns" in src_dict
            and "groups" in src_dict
            and "fields" in src_dict
            and "created_on" in src_dict
            and "modified_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        contact = object.__new__(cls)
        contact._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return contact

    @classmethod
    def from_dicts(cls, src_dicts: list[Any]) -> list[Self]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[Self] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not (
                "uuid" in src_dict
                and "name" in src_dict
                and "language" in src_dict
                and "urns" in src_dict
                and "groups" in src_dict
                and "fields" in src_dict
                and "created_on" in src_dict
                and "modified_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            contact = new(cls)
            contact._wire_ = src_dict
            append(contact)
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.contact_fields import ContactFields
from ..models.object_ref import ObjectRef

Contact._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("language", "language", "value", None, None, None),
    ("urns", "urns", "list", None, None, None),
    ("groups", "groups", "object_list", ObjectRef, None, None),
    ("fields", "fields", "object", ContactFields, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("modified_on", "modified_on", "datetime", None, None, None),
    ("status", "status", "value", None, None, None),
    ("flow", "flow", "object", ObjectRef, None, None),
    ("blocked", "blocked", "bool", None, None, UNSET),
    ("stopped", "stopped", "bool", None, None, UNSET),
    ("last_seen_on", "last_seen_on", "datetime", None, None, None),
)
Contact._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("status", "status"),
    ("language", "language"),
    ("urns", "urns"),
    ("groups", "groups"),
    ("flow", "flow"),
    ("fields", "fields"),
    ("created_on", "created_on"),
    ("modified_on", "modified_on"),
    ("last_seen_on", "last_seen_on"),
)
Contact._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = cast("None | str", src_dict["name"])

    return name


def _read_language(src_dict: Mapping[str, Any]) -> Any:
    language = cast("None | str", src_dict["language"])

    return language


def _read_urns(src_dict: Mapping[str, Any]) -> Any:
    urns = cast("list[str]", src_dict["urns"])

    return urns


def _read_groups(src_dict: Mapping[str, Any]) -> Any:
    groups = []
    _groups = src_dict["groups"]
    for groups_item_data in _groups:
        groups_item = ObjectRef.from_dict(groups_item_data)

        groups.append(groups_item)

    return groups


def _read_fields(src_dict: Mapping[str, Any]) -> Any:
    fields = ContactFields.from_dict(src_dict["fields"])

    return fields


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    modified_on = aware_datetime(src_dict["modified_on"])

    return modified_on


def _read_status(src_dict: Mapping[str, Any]) -> Any:
    status = src_dict.get("status", UNSET)
    if status is UNSET:
        status = None
    return status


def _read_flow(src_dict: Mapping[str, Any]) -> Any:
    _flow_data = src_dict.get("flow", UNSET)
    if _flow_data is None or isinstance(_flow_data, Unset):
        flow = _flow_data
    else:
        try:
            if not isinstance(_flow_data, dict):
                raise TypeError()
            flow_type_0 = ObjectRef.from_dict(_flow_data)

            flow = flow_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            flow = cast(None | ObjectRef | Unset, _flow_data)

    if flow is UNSET:
        flow = None
    return flow


def _read_blocked(src_dict: Mapping[str, Any]) -> Any:
    blocked = src_dict.get("blocked", UNSET)
    return blocked


def _read_stopped(src_dict: Mapping[str, Any]) -> Any:
    stopped = src_dict.get("stopped", UNSET)
    return stopped


def _read_last_seen_on(src_dict: Mapping[str, Any]) -> Any:
    _last_seen_on_data = src_dict.get("last_seen_on", UNSET)
    if _last_seen_on_data is None or isinstance(_last_seen_on_data, Unset):
        last_seen_on = _last_seen_on_data
    else:
        try:
            if not isinstance(_last_seen_on_data, str):
                raise TypeError()
            last_seen_on_type_0 = aware_datetime(_last_seen_on_data)

            last_seen_on = last_seen_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_seen_on = cast(datetime.datetime | None | Unset, _last_seen_on_data)

    if last_seen_on is UNSET:
        last_seen_on = None
    return last_seen_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Contact,
    {
        "uuid": _read_uuid,
        "name": _read_name,
        "language": _read_language,
        "urns": _read_urns,
        "groups": _read_groups,
        "fields": _read_fields,
        "created_on": _read_created_on,
        "modified_on": _read_modified_on,
        "status": _read_status,
        "flow": _read_flow,
        "blocked": _read_blocked,
        "stopped": _read_stopped,
        "last_seen_on": _read_last_seen_on,
        "additional_properties": _read_additional_properties,
    },
)
