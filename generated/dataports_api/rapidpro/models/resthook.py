from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime, install_lazy_fields, missing_keys

#: The keys a Resthook in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "resthook",
        "created_on",
        "modified_on",
    }
)
#: The keys a Resthook declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "resthook",
        "created_on",
        "modified_on",
    }
)


T = TypeVar("T", bound="Resthook")


@_attrs_define(slots=False, unsafe_hash=False)
class Resthook(ClassicObject):
    """A resthook: a named hook that flows fire and external URLs subscribe to. Listed by GET /api/v2/resthooks.json.

    Attributes:
        resthook (str): The resthook's slug.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
    """

    resthook: str
    created_on: datetime.datetime
    modified_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resthook = self.resthook

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resthook": resthook,
                "created_on": created_on,
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
        if not ("resthook" in src_dict and "created_on" in src_dict and "modified_on" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        resthook = object.__new__(cls)
        resthook._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return resthook

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
            if not ("resthook" in src_dict and "created_on" in src_dict and "modified_on" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            resthook = new(cls)
            resthook._wire_ = src_dict
            append(resthook)
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


Resthook._fields_ = (
    ("resthook", "resthook", "value", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("modified_on", "modified_on", "datetime", None, None, None),
)
Resthook._classic_ = (
    ("resthook", "resthook"),
    ("created_on", "created_on"),
    ("modified_on", "modified_on"),
)
Resthook._keeps_extra_ = True


def _read_resthook(src_dict: Mapping[str, Any]) -> Any:
    resthook = src_dict["resthook"]
    return resthook


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    modified_on = aware_datetime(src_dict["modified_on"])

    return modified_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Resthook,
    {
        "resthook": _read_resthook,
        "created_on": _read_created_on,
        "modified_on": _read_modified_on,
        "additional_properties": _read_additional_properties,
    },
)
