from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, install_lazy_fields

#: The keys a ChannelDevice in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset({})
#: The keys a ChannelDevice declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "power_level",
        "power_status",
        "power_source",
        "network_type",
    }
)


T = TypeVar("T", bound="ChannelDevice")


@_attrs_define(slots=False, unsafe_hash=False)
class ChannelDevice(ClassicObject):
    """The phone behind an Android channel: its name, battery level, power status and source, and network type.

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
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        channel_device = object.__new__(cls)
        channel_device._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return channel_device

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
            channel_device = new(cls)
            channel_device._wire_ = src_dict
            append(channel_device)
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


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = cast("None | str | Unset", src_dict.get("name", UNSET))

    if name is UNSET:
        name = None
    return name


def _read_power_level(src_dict: Mapping[str, Any]) -> Any:
    power_level = cast("int | None | Unset", src_dict.get("power_level", UNSET))

    if power_level is UNSET:
        power_level = None
    return power_level


def _read_power_status(src_dict: Mapping[str, Any]) -> Any:
    power_status = cast("None | str | Unset", src_dict.get("power_status", UNSET))

    if power_status is UNSET:
        power_status = None
    return power_status


def _read_power_source(src_dict: Mapping[str, Any]) -> Any:
    power_source = cast("None | str | Unset", src_dict.get("power_source", UNSET))

    if power_source is UNSET:
        power_source = None
    return power_source


def _read_network_type(src_dict: Mapping[str, Any]) -> Any:
    network_type = cast("None | str | Unset", src_dict.get("network_type", UNSET))

    if network_type is UNSET:
        network_type = None
    return network_type


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    ChannelDevice,
    {
        "name": _read_name,
        "power_level": _read_power_level,
        "power_status": _read_power_status,
        "power_source": _read_power_source,
        "network_type": _read_network_type,
        "additional_properties": _read_additional_properties,
    },
)
