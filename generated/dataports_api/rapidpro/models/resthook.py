from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime

T = TypeVar("T", bound="Resthook")


@_attrs_define(slots=False, unsafe_hash=False)
class Resthook(ClassicObject):
    """
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
        d = dict(src_dict)
        resthook = d.pop("resthook")

        created_on = aware_datetime(d.pop("created_on"))

        modified_on = aware_datetime(d.pop("modified_on"))

        resthook = cls(
            resthook=resthook,
            created_on=created_on,
            modified_on=modified_on,
        )

        resthook.additional_properties = d
        return resthook

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
