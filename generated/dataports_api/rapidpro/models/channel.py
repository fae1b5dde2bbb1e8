from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.channel_device import ChannelDevice
if TYPE_CHECKING:
    from ..models.channel_device import ChannelDevice as _Device


#: The keys a Channel in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "address",
        "type",
        "country",
        "created_on",
    }
)
#: The keys a Channel declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "address",
        "type",
        "country",
        "created_on",
        "device",
        "last_seen",
    }
)


T = TypeVar("T", bound="Channel")


@_attrs_define(slots=False, unsafe_hash=False)
class Channel(ClassicObject):
    """A channel: a number or account the workspace sends and receives messages on. Listed by GET
    /api/v2/channels.json.

    Attributes:
        uuid (str):
        name (None | str):
        address (None | str): The channel's address, e.g. a phone number `+250783530001`.
        type_ (str):
        country (None | str):
        created_on (datetime.datetime):
        device (ChannelDevice | None | Unset):
        last_seen (datetime.datetime | None | Unset):
    """

    Device: ClassVar[type[_Device]]

    uuid: str
    name: None | str
    address: None | str
    type_: str
    country: None | str
    created_on: datetime.datetime
    device: ChannelDevice | None = None
    last_seen: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        type_ = self.type_

        country: None | str
        country = self.country

        created_on = self.created_on.isoformat()

        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, ChannelDevice):
            device = self.device.to_dict()
        else:
            device = self.device

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "address": address,
                "type": type_,
                "country": country,
                "created_on": created_on,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "name" in src_dict
            and "address" in src_dict
            and "type" in src_dict
            and "country" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        channel = object.__new__(cls)
        channel._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return channel

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
            if not (
                "uuid" in src_dict
                and "name" in src_dict
                and "address" in src_dict
                and "type" in src_dict
                and "country" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            channel = new(cls)
            channel._wire_ = src_dict
            append(channel)
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


from ..models.channel_device import ChannelDevice

Channel._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("address", "address", "value", None, None, None),
    ("type_", "type", "value", None, None, None),
    ("country", "country", "value", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("device", "device", "object", ChannelDevice, None, None),
    ("last_seen", "last_seen", "datetime", None, None, None),
)
Channel._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("address", "address"),
    ("type", "type_"),
    ("country", "country"),
    ("device", "device"),
    ("last_seen", "last_seen"),
    ("created_on", "created_on"),
)
Channel._keeps_extra_ = True
Channel.Device = ChannelDevice


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = cast("None | str", src_dict["name"])

    return name


def _read_address(src_dict: Mapping[str, Any]) -> Any:
    address = cast("None | str", src_dict["address"])

    return address


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict["type"]
    return type_


def _read_country(src_dict: Mapping[str, Any]) -> Any:
    country = cast("None | str", src_dict["country"])

    return country


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_device(src_dict: Mapping[str, Any]) -> Any:
    _device_data = src_dict.get("device", UNSET)
    if _device_data is None or isinstance(_device_data, Unset):
        device = _device_data
    else:
        try:
            if not isinstance(_device_data, dict):
                raise TypeError()
            device_type_0 = ChannelDevice.from_dict(_device_data)

            device = device_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            device = cast(ChannelDevice | None | Unset, _device_data)

    if device is UNSET:
        device = None
    return device


def _read_last_seen(src_dict: Mapping[str, Any]) -> Any:
    _last_seen_data = src_dict.get("last_seen", UNSET)
    if _last_seen_data is None or isinstance(_last_seen_data, Unset):
        last_seen = _last_seen_data
    else:
        try:
            if not isinstance(_last_seen_data, str):
                raise TypeError()
            last_seen_type_0 = aware_datetime(_last_seen_data)

            last_seen = last_seen_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            last_seen = cast(datetime.datetime | None | Unset, _last_seen_data)

    if last_seen is UNSET:
        last_seen = None
    return last_seen


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Channel,
    {
        "uuid": _read_uuid,
        "name": _read_name,
        "address": _read_address,
        "type_": _read_type_,
        "country": _read_country,
        "created_on": _read_created_on,
        "device": _read_device,
        "last_seen": _read_last_seen,
        "additional_properties": _read_additional_properties,
    },
)
