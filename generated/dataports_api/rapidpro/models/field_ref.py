from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject

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
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        field_ref = cls(
            key=key,
            name=name,
        )

        field_ref.additional_properties = d
        return field_ref

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
