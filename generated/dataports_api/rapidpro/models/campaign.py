from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime

if TYPE_CHECKING:
    from ..models.object_ref import ObjectRef


T = TypeVar("T", bound="Campaign")


@_attrs_define(slots=False, unsafe_hash=False)
class Campaign(ClassicObject):
    """
    Attributes:
        uuid (str):
        name (str):
        archived (bool):
        group (ObjectRef): Reference to another object by UUID and name.
        created_on (datetime.datetime):
    """

    uuid: str
    name: str
    archived: bool
    group: ObjectRef
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        archived = self.archived

        group = self.group.to_dict()

        created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "archived": archived,
                "group": group,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        archived = d.pop("archived")

        group = ObjectRef.from_dict(d.pop("group"))

        created_on = aware_datetime(d.pop("created_on"))

        campaign = cls(
            uuid=uuid,
            name=name,
            archived=archived,
            group=group,
            created_on=created_on,
        )

        campaign.additional_properties = d
        return campaign

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


from ..models.object_ref import ObjectRef

Campaign._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("archived", "archived", "bool", None, None, None),
    ("group", "group", "object", ObjectRef, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
)
Campaign._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("archived", "archived"),
    ("group", "group"),
    ("created_on", "created_on"),
)
Campaign._keeps_extra_ = True
