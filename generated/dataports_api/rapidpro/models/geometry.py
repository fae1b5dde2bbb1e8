from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject

T = TypeVar("T", bound="Geometry")


@_attrs_define(slots=False, unsafe_hash=False)
class Geometry(ClassicObject):
    """GeoJSON geometry (`MultiPolygon`), simplified.

    Attributes:
        type_ (str):
        coordinates (list[Any]):
    """

    type_: str
    coordinates: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = self.coordinates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "coordinates": coordinates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        coordinates = cast(list[Any], d.pop("coordinates"))

        geometry = cls(
            type_=type_,
            coordinates=coordinates,
        )

        geometry.additional_properties = d
        return geometry

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
    def type(self) -> str:
        """``type_`` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value


Geometry._fields_ = (
    ("type_", "type", "value", None, None, None),
    ("coordinates", "coordinates", "list", None, None, None),
)
Geometry._classic_ = (
    ("type", "type_"),
    ("coordinates", "coordinates"),
)
Geometry._keeps_extra_ = True
