from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastWrite")


@_attrs_define
class BroadcastWrite:
    """The body of POST /api/v2/broadcasts.json: the text to send and its recipients (URNs, contacts, groups).

    Attributes:
        text (str):
        urns (list[str] | Unset): URNs to send to, e.g. `tel:+250788123123`.
        contacts (list[str] | Unset): Contact UUIDs.
        groups (list[str] | Unset): Group UUIDs.
        channel (str | Unset): Channel UUID to send from.
    """

    text: str
    urns: list[str] | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        urns: list[str] | Unset = UNSET
        if not isinstance(self.urns, Unset):
            urns = self.urns

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if urns is not UNSET:
            field_dict["urns"] = urns
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if groups is not UNSET:
            field_dict["groups"] = groups
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        urns = cast("list[str]", d.pop("urns", UNSET))

        contacts = cast("list[str]", d.pop("contacts", UNSET))

        groups = cast("list[str]", d.pop("groups", UNSET))

        channel = d.pop("channel", UNSET)

        broadcast_write = cls(
            text=text,
            urns=urns,
            contacts=contacts,
            groups=groups,
            channel=channel,
        )

        broadcast_write.additional_properties = d
        return broadcast_write

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
