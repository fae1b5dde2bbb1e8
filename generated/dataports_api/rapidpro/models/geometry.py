from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, install_lazy_fields, missing_keys

#: The keys a Geometry in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "type",
        "coordinates",
    }
)
#: The keys a Geometry declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "coordinates",
    }
)


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
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("type" in src_dict and "coordinates" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        geometry = object.__new__(cls)
        geometry._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return geometry

    @classmethod
    def from_dicts(cls: type[T], src_dicts: list[Any]) -> list[T]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[T] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not ("type" in src_dict and "coordinates" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            geometry = new(cls)
            geometry._wire_ = src_dict
            append(geometry)
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


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict["type"]
    return type_


def _read_coordinates(src_dict: Mapping[str, Any]) -> Any:
    coordinates = cast("list[Any]", src_dict["coordinates"])

    return coordinates


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Geometry,
    {
        "type_": _read_type_,
        "coordinates": _read_coordinates,
        "additional_properties": _read_additional_properties,
    },
)
