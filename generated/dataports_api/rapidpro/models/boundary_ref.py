from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, install_lazy_fields, missing_keys

#: The keys a BoundaryRef in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "osm_id",
        "name",
    }
)
#: The keys a BoundaryRef declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "osm_id",
        "name",
    }
)


T = TypeVar("T", bound="BoundaryRef")


@_attrs_define(slots=False, unsafe_hash=False)
class BoundaryRef(ClassicObject):
    """Reference to an administrative boundary by OpenStreetMap id and name, e.g. a boundary's `parent`.

    Attributes:
        osm_id (str):
        name (str):
    """

    osm_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        osm_id = self.osm_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "osm_id": osm_id,
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
        if not ("osm_id" in src_dict and "name" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        boundary_ref = object.__new__(cls)
        boundary_ref._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return boundary_ref

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
            if not ("osm_id" in src_dict and "name" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            boundary_ref = new(cls)
            boundary_ref._wire_ = src_dict
            append(boundary_ref)
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


BoundaryRef._fields_ = (
    ("osm_id", "osm_id", "value", None, None, None),
    ("name", "name", "value", None, None, None),
)
BoundaryRef._classic_ = (
    ("osm_id", "osm_id"),
    ("name", "name"),
)
BoundaryRef._keeps_extra_ = True


def _read_osm_id(src_dict: Mapping[str, Any]) -> Any:
    osm_id = src_dict["osm_id"]
    return osm_id


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    BoundaryRef,
    {
        "osm_id": _read_osm_id,
        "name": _read_name,
        "additional_properties": _read_additional_properties,
    },
)
