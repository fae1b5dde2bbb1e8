from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime

T = TypeVar("T", bound="RunStep")


@_attrs_define(slots=False, unsafe_hash=False)
class RunStep(ClassicObject):
    """
    Attributes:
        node (str):
        time (datetime.datetime):
    """

    node: str
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node": node,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        node = d.pop("node")

        time = aware_datetime(d.pop("time"))

        run_step = cls(
            node=node,
            time=time,
        )

        run_step.additional_properties = d
        return run_step

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


RunStep._fields_ = (
    ("node", "node", "value", None, None, None),
    ("time", "time", "datetime", None, None, None),
)
RunStep._classic_ = (
    ("node", "node"),
    ("time", "time"),
)
RunStep._keeps_extra_ = True
