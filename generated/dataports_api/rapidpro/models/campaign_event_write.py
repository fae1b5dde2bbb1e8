from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_event_write_unit import CampaignEventWriteUnit, check_campaign_event_write_unit
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEventWrite")


@_attrs_define
class CampaignEventWrite:
    """The body of POST /api/v2/campaign_events.json: when the event fires and the message or flow it sends.

    Attributes:
        relative_to (str): Key of the date contact field the event is relative to.
        offset (int): How many `unit`s from the `relative_to` date the event fires; negative is before.
        unit (CampaignEventWriteUnit):
        delivery_hour (int):
        campaign (str | Unset): Campaign UUID (required on create, ignored on update).
        message (str | Unset): Text of a message event (give this or `flow`).
        flow (str | Unset): Flow UUID (give this or `message`).
    """

    relative_to: str
    offset: int
    unit: CampaignEventWriteUnit
    delivery_hour: int
    campaign: str | Unset = UNSET
    message: str | Unset = UNSET
    flow: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relative_to = self.relative_to

        offset = self.offset

        unit: str = self.unit

        delivery_hour = self.delivery_hour

        campaign = self.campaign

        message = self.message

        flow = self.flow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relative_to": relative_to,
                "offset": offset,
                "unit": unit,
                "delivery_hour": delivery_hour,
            }
        )
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if message is not UNSET:
            field_dict["message"] = message
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        relative_to = d.pop("relative_to")

        offset = d.pop("offset")

        unit = check_campaign_event_write_unit(d.pop("unit"))

        delivery_hour = d.pop("delivery_hour")

        campaign = d.pop("campaign", UNSET)

        message = d.pop("message", UNSET)

        flow = d.pop("flow", UNSET)

        campaign_event_write = cls(
            relative_to=relative_to,
            offset=offset,
            unit=unit,
            delivery_hour=delivery_hour,
            campaign=campaign,
            message=message,
            flow=flow,
        )

        campaign_event_write.additional_properties = d
        return campaign_event_write

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
