from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendSuccess")


@_attrs_define
class SendSuccess:
    """A record that was stored: its index in the request and its new `gretel_id`.

    Attributes:
        idx (int): Index of the record in the request body.
        gretel_id (str): The stored record's 32-hex id.
    """

    idx: int
    gretel_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idx = self.idx

        gretel_id = self.gretel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idx": idx,
                "gretel_id": gretel_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        idx = d.pop("idx")

        gretel_id = d.pop("gretel_id")

        send_success = cls(
            idx=idx,
            gretel_id=gretel_id,
        )

        send_success.additional_properties = d
        return send_success

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
