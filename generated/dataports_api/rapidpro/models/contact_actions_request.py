from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_actions_request_action import ContactActionsRequestAction, check_contact_actions_request_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactActionsRequest")


@_attrs_define
class ContactActionsRequest:
    """The body of POST /api/v2/contact_actions.json: one action (e.g. add to a group, block) for up to 100 contacts.

    Attributes:
        contacts (list[str]): Contact UUIDs or URNs.
        action (ContactActionsRequestAction):
        group (str | Unset): Group UUID or name; required by `add` and `remove`.
    """

    contacts: list[str]
    action: ContactActionsRequestAction
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = self.contacts

        action: str = self.action

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "action": action,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contacts = cast("list[str]", d.pop("contacts"))

        action = check_contact_actions_request_action(d.pop("action"))

        group = d.pop("group", UNSET)

        contact_actions_request = cls(
            contacts=contacts,
            action=action,
            group=group,
        )

        contact_actions_request.additional_properties = d
        return contact_actions_request

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
