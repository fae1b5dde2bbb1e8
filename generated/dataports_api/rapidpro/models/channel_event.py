from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, aware_datetime

if TYPE_CHECKING:
    from ..models.channel_event_extra_type_0 import ChannelEventExtraType0
    from ..models.object_ref import ObjectRef


T = TypeVar("T", bound="ChannelEvent")


@_attrs_define
class ChannelEvent:
    """A non-message channel event (a call, a new conversation, a stop...). Listed by GET /api/v2/channel_events.json.

    Attributes:
        id (int):
        type_ (str): e.g. `call-in`, `call-out-missed`, `new_conversation`, `referral`, `stop_contact`.
        contact (ObjectRef): Reference to another object by UUID and name.
        channel (ObjectRef): Reference to another object by UUID and name.
        created_on (datetime.datetime):
        extra (ChannelEventExtraType0 | None | Unset):
        occurred_on (datetime.datetime | None | Unset):
    """

    id: int
    type_: str
    contact: ObjectRef
    channel: ObjectRef
    created_on: datetime.datetime
    extra: ChannelEventExtraType0 | None | Unset = UNSET
    occurred_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        contact = self.contact.to_dict()

        channel = self.channel.to_dict()

        created_on = self.created_on.isoformat()

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, ChannelEventExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        occurred_on: None | str | Unset
        if isinstance(self.occurred_on, Unset):
            occurred_on = UNSET
        elif isinstance(self.occurred_on, datetime.datetime):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "contact": contact,
                "channel": channel,
                "created_on": created_on,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        contact = ObjectRef.from_dict(d.pop("contact"))

        channel = ObjectRef.from_dict(d.pop("channel"))

        created_on = aware_datetime(d.pop("created_on"))

        _extra_data = d.pop("extra", UNSET)
        if _extra_data is None or isinstance(_extra_data, Unset):
            extra = _extra_data
        else:
            try:
                if not isinstance(_extra_data, dict):
                    raise TypeError()
                extra_type_0 = ChannelEventExtraType0.from_dict(_extra_data)

                extra = extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                extra = cast(ChannelEventExtraType0 | None | Unset, _extra_data)

        _occurred_on_data = d.pop("occurred_on", UNSET)
        if _occurred_on_data is None or isinstance(_occurred_on_data, Unset):
            occurred_on = _occurred_on_data
        else:
            try:
                if not isinstance(_occurred_on_data, str):
                    raise TypeError()
                occurred_on_type_0 = aware_datetime(_occurred_on_data)

                occurred_on = occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                occurred_on = cast(datetime.datetime | None | Unset, _occurred_on_data)

        channel_event = cls(
            id=id,
            type_=type_,
            contact=contact,
            channel=channel,
            created_on=created_on,
            extra=extra,
            occurred_on=occurred_on,
        )

        channel_event.additional_properties = d
        return channel_event

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


from ..models.channel_event_extra_type_0 import ChannelEventExtraType0
from ..models.object_ref import ObjectRef
