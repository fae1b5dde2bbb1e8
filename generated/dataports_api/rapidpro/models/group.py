from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, install_lazy_fields, missing_keys

#: The keys a Group in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "query",
        "count",
    }
)
#: The keys a Group declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "query",
        "count",
        "status",
        "system",
    }
)


T = TypeVar("T", bound="Group")


@_attrs_define(slots=False, unsafe_hash=False)
class Group(ClassicObject):
    """A contact group, fixed or smart (defined by a query), with its size. GET and POST /api/v2/groups.json.

    Attributes:
        uuid (str):
        name (str):
        query (None | str): The query of a smart group, else null.
        count (int): Number of contacts in the group.
        status (str | Unset): `initializing`, `evaluating` or `ready`.
        system (bool | Unset): Whether this is a built-in system group, which cannot be modified.
    """

    uuid: str
    name: str
    query: None | str
    count: int
    status: str | None = None
    system: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        query: None | str
        query = self.query

        count = self.count

        if self.status is None:
            status = UNSET
        else:
            status = self.status

        if self.system is None:
            system = UNSET
        else:
            system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "query": query,
                "count": count,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("uuid" in src_dict and "name" in src_dict and "query" in src_dict and "count" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        group = object.__new__(cls)
        group._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return group

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
            if not ("uuid" in src_dict and "name" in src_dict and "query" in src_dict and "count" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            group = new(cls)
            group._wire_ = src_dict
            append(group)
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


Group._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("query", "query", "value", None, None, None),
    ("count", "count", "int", None, None, None),
    ("status", "status", "value", None, None, None),
    ("system", "system", "bool", None, None, None),
)
Group._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("query", "query"),
    ("status", "status"),
    ("system", "system"),
    ("count", "count"),
)
Group._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_query(src_dict: Mapping[str, Any]) -> Any:
    query = cast("None | str", src_dict["query"])

    return query


def _read_count(src_dict: Mapping[str, Any]) -> Any:
    count = src_dict["count"]
    return count


def _read_status(src_dict: Mapping[str, Any]) -> Any:
    status = src_dict.get("status", UNSET)
    if status is UNSET:
        status = None
    return status


def _read_system(src_dict: Mapping[str, Any]) -> Any:
    system = src_dict.get("system", UNSET)
    if system is UNSET:
        system = None
    return system


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Group,
    {
        "uuid": _read_uuid,
        "name": _read_name,
        "query": _read_query,
        "count": _read_count,
        "status": _read_status,
        "system": _read_system,
        "additional_properties": _read_additional_properties,
    },
)
