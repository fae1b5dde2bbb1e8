from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.field_ref import FieldRef
    from ..models.object_ref import ObjectRef
    from ..models.translations import Translations


#: The keys a CampaignEvent in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "campaign",
        "relative_to",
        "offset",
        "unit",
        "delivery_hour",
        "created_on",
    }
)
#: The keys a CampaignEvent declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "campaign",
        "relative_to",
        "offset",
        "unit",
        "delivery_hour",
        "created_on",
        "flow",
        "message",
    }
)


T = TypeVar("T", bound="CampaignEvent")


@_attrs_define(slots=False, unsafe_hash=False)
class CampaignEvent(ClassicObject):
    """A message or flow a campaign sends at an offset from a date field. GET and POST /api/v2/campaign_events.json.

    Attributes:
        uuid (str):
        campaign (ObjectRef): Reference to another object by UUID and name.
        relative_to (FieldRef): Reference to a contact field by key and name.
        offset (int): How many `unit`s from the `relative_to` date the event fires; negative is before.
        unit (str): `minutes`, `hours`, `days`, `weeks` or `months`.
        delivery_hour (int): Hour of day (0-23) to deliver at, or -1 for the event's exact time.
        created_on (datetime.datetime):
        flow (None | ObjectRef | Unset): The flow a flow event starts; null for a message event.
        message (None | str | Translations | Unset): The message sent by a message event, as translations (older servers
            send a plain string).
    """

    uuid: str
    campaign: ObjectRef
    relative_to: FieldRef
    offset: int
    unit: str
    delivery_hour: int
    created_on: datetime.datetime
    flow: None | ObjectRef = None
    message: None | str | Translations = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        campaign = self.campaign.to_dict()

        relative_to = self.relative_to.to_dict()

        offset = self.offset

        unit = self.unit

        delivery_hour = self.delivery_hour

        created_on = self.created_on.isoformat()

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, ObjectRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        message: dict[str, Any] | None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, Translations):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "campaign": campaign,
                "relative_to": relative_to,
                "offset": offset,
                "unit": unit,
                "delivery_hour": delivery_hour,
                "created_on": created_on,
            }
        )
        if flow is not UNSET:
            field_dict["flow"] = flow
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "campaign" in src_dict
            and "relative_to" in src_dict
            and "offset" in src_dict
            and "unit" in src_dict
            and "delivery_hour" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        campaign_event = object.__new__(cls)
        campaign_event._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return campaign_event

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
            if not (
                "uuid" in src_dict
                and "campaign" in src_dict
                and "relative_to" in src_dict
                and "offset" in src_dict
                and "unit" in src_dict
                and "delivery_hour" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            campaign_event = new(cls)
            campaign_event._wire_ = src_dict
            append(campaign_event)
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


from ..models.field_ref import FieldRef
from ..models.object_ref import ObjectRef
from ..models.translations import Translations

CampaignEvent._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("campaign", "campaign", "object", ObjectRef, None, None),
    ("relative_to", "relative_to", "object", FieldRef, None, None),
    ("offset", "offset", "int", None, None, None),
    ("unit", "unit", "value", None, None, None),
    ("delivery_hour", "delivery_hour", "int", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("flow", "flow", "object", ObjectRef, None, None),
    ("message", "message", "value", None, None, None),
)
CampaignEvent._classic_ = (
    ("uuid", "uuid"),
    ("campaign", "campaign"),
    ("relative_to", "relative_to"),
    ("offset", "offset"),
    ("unit", "unit"),
    ("delivery_hour", "delivery_hour"),
    ("flow", "flow"),
    ("message", "message"),
    ("created_on", "created_on"),
)
CampaignEvent._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_campaign(src_dict: Mapping[str, Any]) -> Any:
    campaign = ObjectRef.from_dict(src_dict["campaign"])

    return campaign


def _read_relative_to(src_dict: Mapping[str, Any]) -> Any:
    relative_to = FieldRef.from_dict(src_dict["relative_to"])

    return relative_to


def _read_offset(src_dict: Mapping[str, Any]) -> Any:
    offset = src_dict["offset"]
    return offset


def _read_unit(src_dict: Mapping[str, Any]) -> Any:
    unit = src_dict["unit"]
    return unit


def _read_delivery_hour(src_dict: Mapping[str, Any]) -> Any:
    delivery_hour = src_dict["delivery_hour"]
    return delivery_hour


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_flow(src_dict: Mapping[str, Any]) -> Any:
    _flow_data = src_dict.get("flow", UNSET)
    if _flow_data is None or isinstance(_flow_data, Unset):
        flow = _flow_data
    else:
        try:
            if not isinstance(_flow_data, dict):
                raise TypeError()
            flow_type_0 = ObjectRef.from_dict(_flow_data)

            flow = flow_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            flow = cast(None | ObjectRef | Unset, _flow_data)

    if flow is UNSET:
        flow = None
    return flow


def _read_message(src_dict: Mapping[str, Any]) -> Any:
    _message_data = src_dict.get("message", UNSET)
    if _message_data is None or isinstance(_message_data, Unset):
        message = _message_data
    else:
        try:
            if not isinstance(_message_data, dict):
                raise TypeError()
            message_type_0 = Translations.from_dict(_message_data)

            message = message_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            message = cast(None | str | Translations | Unset, _message_data)

    if message is UNSET:
        message = None
    return message


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    CampaignEvent,
    {
        "uuid": _read_uuid,
        "campaign": _read_campaign,
        "relative_to": _read_relative_to,
        "offset": _read_offset,
        "unit": _read_unit,
        "delivery_hour": _read_delivery_hour,
        "created_on": _read_created_on,
        "flow": _read_flow,
        "message": _read_message,
        "additional_properties": _read_additional_properties,
    },
)
