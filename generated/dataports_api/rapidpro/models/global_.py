from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime, install_lazy_fields, missing_keys

#: The keys a Global in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "key",
        "name",
        "value",
        "modified_on",
    }
)
#: The keys a Global declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
        "value",
        "modified_on",
    }
)


T = TypeVar("T", bound="Global")


@_attrs_define(slots=False, unsafe_hash=False)
class Global(ClassicObject):
    """A global: a named value shared by all the workspace's flows. GET and POST /api/v2/globals.json.

    Attributes:
        key (str):
        name (str):
        value (str):
        modified_on (datetime.datetime):
    """

    key: str
    name: str
    value: str
    modified_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        value = self.value

        modified_on = self.modified_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "value": value,
                "modified_on": modified_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("key" in src_dict and "name" in src_dict and "value" in src_dict and "modified_on" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        global_ = object.__new__(cls)
        global_._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return global_

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
            if not ("key" in src_dict and "name" in src_dict and "value" in src_dict and "modified_on" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            global_ = new(cls)
            global_._wire_ = src_dict
            append(global_)
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


Global._fields_ = (
    ("key", "key", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("value", "value", "value", None, None, None),
    ("modified_on", "modified_on", "datetime", None, None, None),
)
Global._classic_ = (
    ("key", "key"),
    ("name", "name"),
    ("value", "value"),
    ("modified_on", "modified_on"),
)
Global._keeps_extra_ = True


def _read_key(src_dict: Mapping[str, Any]) -> Any:
    key = src_dict["key"]
    return key


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_value(src_dict: Mapping[str, Any]) -> Any:
    value = src_dict["value"]
    return value


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    modified_on = aware_datetime(src_dict["modified_on"])

    return modified_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Global,
    {
        "key": _read_key,
        "name": _read_name,
        "value": _read_value,
        "modified_on": _read_modified_on,
        "additional_properties": _read_additional_properties,
    },
)
