from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, install_lazy_fields, missing_keys

#: The keys a FieldRef in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "key",
        "name",
    }
)
#: The keys a FieldRef declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
    }
)


T = TypeVar("T", bound="FieldRef")


@_attrs_define(slots=False, unsafe_hash=False)
class FieldRef(ClassicObject):
    """Reference to a contact field by key and name.

    Attributes:
        key (str):
        name (str):
    """

    key: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("key" in src_dict and "name" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        field_ref = object.__new__(cls)
        field_ref._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return field_ref

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
            if not ("key" in src_dict and "name" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            field_ref = new(cls)
            field_ref._wire_ = src_dict
            append(field_ref)
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


FieldRef._fields_ = (
    ("key", "key", "value", None, None, None),
    ("name", "name", "value", None, None, None),
)
FieldRef._classic_ = (
    ("key", "key"),
    ("name", "name"),
)
FieldRef._keeps_extra_ = True


def _read_key(src_dict: Mapping[str, Any]) -> Any:
    key = src_dict["key"]
    return key


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    FieldRef,
    {
        "key": _read_key,
        "name": _read_name,
        "additional_properties": _read_additional_properties,
    },
)
