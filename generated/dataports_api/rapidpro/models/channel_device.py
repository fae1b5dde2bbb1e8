from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset

T = TypeVar("T", bound="ChannelDevice")


@_attrs_define(slots=False, unsafe_hash=False)
class ChannelDevice(ClassicObject):
    """
    Attributes:
        name (None | str | Unset):
        power_level (int | None | Unset):
        power_status (None | str | Unset):
        power_source (None | str | Unset):
        network_type (None | str | Unset):
    """

    name: None | str = None
    power_level: int | None = None
    power_status: None | str = None
    power_source: None | str = None
    network_type: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        power_level: int | None | Unset
        if isinstance(self.power_level, Unset):
            power_level = UNSET
        else:
            power_level = self.power_level

        power_status: None | str | Unset
        if isinstance(self.power_status, Unset):
            power_status = UNSET
        else:
            power_status = self.power_status

        power_source: None | str | Unset
        if isinstance(self.power_source, Unset):
            power_source = UNSET
        else:
            power_source = self.power_source

        network_type: None | str | Unset
        if isinstance(self.network_type, Unset):
            network_type = UNSET
        else:
            network_type = self.network_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if power_level is not UNSET:
            field_dict["power_level"] = power_level
        if power_status is not UNSET:
            field_dict["power_status"] = power_status
        if power_source is not UNSET:
            field_dict["power_source"] = power_source
        if network_type is not UNSET:
            field_dict["network_type"] = network_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast("None | str | Unset", d.pop("name", UNSET))

        if name is UNSET:
            name = None

        power_level = cast("int | None | Unset", d.pop("power_level", UNSET))

        if power_level is UNSET:
            power_level = None

        power_status = cast("None | str | Unset", d.pop("power_status", UNSET))

        if power_status is UNSET:
            power_status = None

        power_source = cast("None | str | Unset", d.pop("power_source", UNSET))

        if power_source is UNSET:
            power_source = None

        network_type = cast("None | str | Unset", d.pop("network_type", UNSET))

        if network_type is UNSET:
            network_type = None

        channel_device = cls(
            name=name,
            power_level=power_level,
            power_status=power_status,
            power_source=power_source,
            network_type=network_type,
        )

        channel_device.additional_properties = d
        return channel_device

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


ChannelDevice._fields_ = (
    ("name", "name", "value", None, None, None),
    ("power_level", "power_level", "int", None, None, None),
    ("power_status", "power_status", "value", None, None, None),
    ("power_source", "power_source", "value", None, None, None),
    ("network_type", "network_type", "value", None, None, None),
)
ChannelDevice._classic_ = (
    ("name", "name"),
    ("power_level", "power_level"),
    ("power_status", "power_status"),
    ("power_source", "power_source"),
    ("network_type", "network_type"),
)
ChannelDevice._keeps_extra_ = True
