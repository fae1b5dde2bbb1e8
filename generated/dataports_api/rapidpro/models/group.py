from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject

T = TypeVar("T", bound="Group")


@_attrs_define(slots=False, unsafe_hash=False)
class Group(ClassicObject):
    """
    Attributes:
        uuid (str):
        name (str):
        query (None | str): The query of a smart group, else null.
        count (int):
        status (str | Unset): `initializing`, `evaluating` or `ready`.
        system (bool | Unset):
    """

    uuid: str
    name: str
    query: None | str
    count: int
    status: str | None = None
    system: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        query: None | str
        query = self.query

        count = self.count

        if self.status is None:
            status = UNSET
        else:
            status = self.status

        if self.system is None:
            system = UNSET
        else:
            system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "query": query,
                "count": count,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        query = cast("None | str", d.pop("query"))

        count = d.pop("count")

        status = d.pop("status", UNSET)
        if status is UNSET:
            status = None

        system = d.pop("system", UNSET)
        if system is UNSET:
            system = None

        group = cls(
            uuid=uuid,
            name=name,
            query=query,
            count=count,
            status=status,
            system=system,
        )

        group.additional_properties = d
        return group

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


Group._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("query", "query", "value", None, None, None),
    ("count", "count", "int", None, None, None),
    ("status", "status", "value", None, None, None),
    ("system", "system", "bool", None, None, None),
)
Group._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("query", "query"),
    ("status", "status"),
    ("system", "system"),
    ("count", "count"),
)
Group._keeps_extra_ = True
