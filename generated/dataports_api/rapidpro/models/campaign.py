from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.object_ref import ObjectRef


#: The keys a Campaign in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "archived",
        "group",
        "created_on",
    }
)
#: The keys a Campaign declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "archived",
        "group",
        "created_on",
    }
)


T = TypeVar("T", bound="Campaign")


@_attrs_define(slots=False, unsafe_hash=False)
class Campaign(ClassicObject):
    """A campaign: events scheduled for a group's contacts from a date field. GET and POST /api/v2/campaigns.json.

    Attributes:
        uuid (str):
        name (str):
        archived (bool):
        group (ObjectRef): Reference to another object by UUID and name.
        created_on (datetime.datetime):
    """

    uuid: str
    name: str
    archived: bool
    group: ObjectRef
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        archived = self.archived

        group = self.group.to_dict()

        created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "archived": archived,
                "group": group,
                "created_on": created_on,
            }
        )

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
            and "archived" in src_dict
            and "group" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        campaign = object.__new__(cls)
        campaign._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return campaign

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
                and "archived" in src_dict
                and "group" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            campaign = new(cls)
            campaign._wire_ = src_dict
            append(campaign)
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

Campaign._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("archived", "archived", "bool", None, None, None),
    ("group", "group", "object", ObjectRef, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
)
Campaign._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("archived", "archived"),
    ("group", "group"),
    ("created_on", "created_on"),
)
Campaign._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_archived(src_dict: Mapping[str, Any]) -> Any:
    archived = src_dict["archived"]
    return archived


def _read_group(src_dict: Mapping[str, Any]) -> Any:
    group = ObjectRef.from_dict(src_dict["group"])

    return group


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Campaign,
    {
        "uuid": _read_uuid,
        "name": _read_name,
        "archived": _read_archived,
        "group": _read_group,
        "created_on": _read_created_on,
        "additional_properties": _read_additional_properties,
    },
)
