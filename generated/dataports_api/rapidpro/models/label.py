from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WIRE, ClassicObject, install_lazy_fields, missing_keys

#: The keys a Label in a response must have.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "count",
    }
)
#: The keys a Label declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "count",
    }
)


T = TypeVar("T", bound="Label")


@_attrs_define(slots=False, unsafe_hash=False)
class Label(ClassicObject):
    """
    Attributes:
        uuid (str):
        name (str):
        count (int):
    """

    uuid: str
    name: str
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response: values that need no converting are kept as they are, the others (datetimes,
        nested objects) are read from ``src_dict`` when first accessed. A missing required key raises ``KeyError``."""
        if not src_dict.keys() >= _REQUIRED_KEYS:
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        label = object.__new__(cls)
        label.__dict__.update(
            {
                "uuid": src_dict["uuid"],
                "name": src_dict["name"],
                "count": src_dict["count"],
                WIRE: src_dict,
            }
        )
        return label

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


Label._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("count", "count", "int", None, None, None),
)
Label._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("count", "count"),
)
Label._keeps_extra_ = True


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Label,
    {
        "additional_properties": _read_additional_properties,
    },
)
