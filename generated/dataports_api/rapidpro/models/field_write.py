from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_write_type import FieldWriteType, check_field_write_type

T = TypeVar("T", bound="FieldWrite")


@_attrs_define
class FieldWrite:
    """The body of POST /api/v2/fields.json: a field's display name and value type (the key derives from the name).

    Attributes:
        name (str):
        type_ (FieldWriteType):
    """

    name: str
    type_: FieldWriteType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_field_write_type(d.pop("type"))

        field_write = cls(
            name=name,
            type_=type_,
        )

        field_write.additional_properties = d
        return field_write

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

    @property
    def type(self) -> FieldWriteType:
        """``type_`` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: FieldWriteType) -> None:
        self.type_ = value
