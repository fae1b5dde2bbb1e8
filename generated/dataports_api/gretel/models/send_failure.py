from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendFailure")


@_attrs_define
class SendFailure:
    """A record that was refused: its index in the request and the reason.

    Attributes:
        idx (int): Index of the record in the request body.
        message (str): e.g. `Individual records must be JSON objects`.
        sender_fault (bool | Unset): True when the record itself was at fault (resending it unchanged will fail again).
    """

    idx: int
    message: str
    sender_fault: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idx = self.idx

        message = self.message

        sender_fault = self.sender_fault

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idx": idx,
                "message": message,
            }
        )
        if sender_fault is not UNSET:
            field_dict["sender_fault"] = sender_fault

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        idx = d.pop("idx")

        message = d.pop("message")

        sender_fault = d.pop("sender_fault", UNSET)

        send_failure = cls(
            idx=idx,
            message=message,
            sender_fault=sender_fault,
        )

        send_failure.additional_properties = d
        return send_failure

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
