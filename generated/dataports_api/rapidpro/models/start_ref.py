from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, install_lazy_fields, missing_keys

#: The keys a StartRef in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
    }
)
#: The keys a StartRef declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
    }
)


T = TypeVar("T", bound="StartRef")


@_attrs_define(slots=False, unsafe_hash=False)
class StartRef(ClassicObject):
    """Reference by UUID to the flow start that created a run.

    Attributes:
        uuid (str):
    """

    uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("uuid" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        start_ref = object.__new__(cls)
        start_ref._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return start_ref

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
            if not ("uuid" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            start_ref = new(cls)
            start_ref._wire_ = src_dict
            append(start_ref)
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


StartRef._fields_ = (("uuid", "uuid", "value", None, None, None),)
StartRef._classic_ = (("uuid", "uuid"),)
StartRef._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    StartRef,
    {
        "uuid": _read_uuid,
        "additional_properties": _read_additional_properties,
    },
)
