from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject

T = TypeVar("T", bound="Attachment")


@_attrs_define(slots=False, unsafe_hash=False)
class Attachment(ClassicObject):
    """
    Attributes:
        content_type (str):
        url (str):
    """

    content_type: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        url = d.pop("url")

        attachment = cls(
            content_type=content_type,
            url=url,
        )

        attachment.additional_properties = d
        return attachment

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


Attachment._fields_ = (
    ("content_type", "content_type", "value", None, None, None),
    ("url", "url", "value", None, None, None),
)
Attachment._classic_ = (
    ("content_type", "content_type"),
    ("url", "url"),
)
Attachment._keeps_extra_ = True
