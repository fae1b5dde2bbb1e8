from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.object_ref import ObjectRef
    from ..models.translations import Translations


#: The keys a Broadcast in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "urns",
        "contacts",
        "groups",
        "text",
        "created_on",
    }
)
#: The keys a Broadcast declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "urns",
        "contacts",
        "groups",
        "text",
        "created_on",
        "id",
        "status",
    }
)


T = TypeVar("T", bound="Broadcast")


@_attrs_define(slots=False, unsafe_hash=False)
class Broadcast(ClassicObject):
    """A message sent at once to URNs, contacts and groups. Read with GET /api/v2/broadcasts.json, sent by POST.

    Attributes:
        uuid (str):
        urns (list[str]): The URNs the broadcast was sent to, e.g. `tel:+250788123123`.
        contacts (list[ObjectRef]): The contacts the broadcast was sent to.
        groups (list[ObjectRef]): The groups whose contacts the broadcast was sent to.
        text (None | str | Translations): The message text, or its translations on servers with multi-language
            broadcasts.
        created_on (datetime.datetime):
        id (int | Unset): Legacy integer id (servers before v2.19).
        status (str | Unset): `queued`, `sent`, `completed` or `failed` (server-dependent).
    """

    uuid: str
    urns: list[str]
    contacts: list[ObjectRef]
    groups: list[ObjectRef]
    text: None | str | Translations
    created_on: datetime.datetime
    id: int | Unset = UNSET
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        urns = self.urns

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        text: dict[str, Any] | None | str
        if isinstance(self.text, Translations):
            text = self.text.to_dict()
        else:
            text = self.text

        created_on = self.created_on.isoformat()

        id = self.id

        if self.status is None:
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "urns": urns,
                "contacts": contacts,
                "groups": groups,
                "text": text,
                "created_on": created_on,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "urns" in src_dict
            and "contacts" in src_dict
            and "groups" in src_dict
            and "text" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        broadcast = object.__new__(cls)
        broadcast._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return broadcast

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
                and "urns" in src_dict
                and "contacts" in src_dict
                and "groups" in src_dict
                and "text" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            broadcast = new(cls)
            broadcast._wire_ = src_dict
            append(broadcast)
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


from ..models.object_ref import ObjectRef
from ..models.translations import Translations

Broadcast._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("urns", "urns", "list", None, None, None),
    ("contacts", "contacts", "object_list", ObjectRef, None, None),
    ("groups", "groups", "object_list", ObjectRef, None, None),
    ("text", "text", "value", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("id", "id", "int", None, None, UNSET),
    ("status", "status", "value", None, None, None),
)
Broadcast._classic_ = (
    ("uuid", "uuid"),
    ("status", "status"),
    ("urns", "urns"),
    ("contacts", "contacts"),
    ("groups", "groups"),
    ("text", "text"),
    ("created_on", "created_on"),
)
Broadcast._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_urns(src_dict: Mapping[str, Any]) -> Any:
    urns = cast("list[str]", src_dict["urns"])

    return urns


def _read_contacts(src_dict: Mapping[str, Any]) -> Any:
    contacts = []
    _contacts = src_dict["contacts"]
    for contacts_item_data in _contacts:
        contacts_item = ObjectRef.from_dict(contacts_item_data)

        contacts.append(contacts_item)

    return contacts


def _read_groups(src_dict: Mapping[str, Any]) -> Any:
    groups = []
    _groups = src_dict["groups"]
    for groups_item_data in _groups:
        groups_item = ObjectRef.from_dict(groups_item_data)

        groups.append(groups_item)

    return groups


def _read_text(src_dict: Mapping[str, Any]) -> Any:
    _text_data = src_dict["text"]
    if _text_data is None:
        text = _text_data
    else:
        try:
            if not isinstance(_text_data, dict):
                raise TypeError()
            text_type_1 = Translations.from_dict(_text_data)

            text = text_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            text = cast(None | str | Translations, _text_data)

    return text


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_id(src_dict: Mapping[str, Any]) -> Any:
    id = src_dict.get("id", UNSET)
    return id


def _read_status(src_dict: Mapping[str, Any]) -> Any:
    status = src_dict.get("status", UNSET)
    if status is UNSET:
        status = None
    return status


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Broadcast,
    {
        "uuid": _read_uuid,
        "urns": _read_urns,
        "contacts": _read_contacts,
        "groups": _read_groups,
        "text": _read_text,
        "created_on": _read_created_on,
        "id": _read_id,
        "status": _read_status,
        "additional_properties": _read_additional_properties,
    },
)
