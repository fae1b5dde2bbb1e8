from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_actions_request_action import MessageActionsRequestAction, check_message_actions_request_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageActionsRequest")


@_attrs_define
class MessageActionsRequest:
    """The body of POST /api/v2/message_actions.json: one action (label, archive, delete...) for up to 100 messages.

    Attributes:
        messages (list[int | str]): Message UUIDs (or legacy integer ids).
        action (MessageActionsRequestAction):
        label (str | Unset): Label UUID or name, for `label` and `unlabel`.
        label_name (str | Unset): Name of a label to use, created if it does not exist.
    """

    messages: list[int | str]
    action: MessageActionsRequestAction
    label: str | Unset = UNSET
    label_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item: int | str
            messages_item = messages_item_data
            messages.append(messages_item)

        action: str = self.action

        label = self.label

        label_name = self.label_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "action": action,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if label_name is not UNSET:
            field_dict["label_name"] = label_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = cast("int | str", messages_item_data)

            messages.append(messages_item)

        action = check_message_actions_request_action(d.pop("action"))

        label = d.pop("label", UNSET)

        label_name = d.pop("label_name", UNSET)

        message_actions_request = cls(
            messages=messages,
            action=action,
            label=label,
            label_name=label_name,
        )

        message_actions_request.additional_properties = d
        return message_actions_request

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
