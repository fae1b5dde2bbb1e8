from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_event_extra_type_0 import ChannelEventExtraType0
    from ..models.object_ref import ObjectRef


T = TypeVar("T", bound="ChannelEvent")


@_attrs_define
class ChannelEvent:
    """
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
        from ..models.channel_event_extra_type_0 import ChannelEventExtraType0

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
        from ..models.channel_event_extra_type_0 import ChannelEventExtraType0
        from ..models.object_ref import ObjectRef

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        contact = ObjectRef.from_dict(d.pop("contact"))

        channel = ObjectRef.from_dict(d.pop("channel"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        def _parse_extra(data: object) -> ChannelEventExtraType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_0 = ChannelEventExtraType0.from_dict(data)

                return extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelEventExtraType0 | None | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        def _parse_occurred_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_on_type_0 = datetime.datetime.fromisoformat(data)

                return occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurred_on = _parse_occurred_on(d.pop("occurred_on", UNSET))

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
