from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime

T = TypeVar("T", bound="Global")


@_attrs_define(slots=False, unsafe_hash=False)
class Global(ClassicObject):
    """
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
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        value = d.pop("value")

        modified_on = aware_datetime(d.pop("modified_on"))

        global_ = cls(
            key=key,
            name=name,
            value=value,
            modified_on=modified_on,
        )

        global_.additional_properties = d
        return global_

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
