from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset

T = TypeVar("T", bound="QuickReply")


@_attrs_define(slots=False, unsafe_hash=False)
class QuickReply(ClassicObject):
    """
    Attributes:
        text (str):
        extra (None | str | Unset):
    """

    text: str
    extra: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        extra: None | str | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        extra = cast("None | str | Unset", d.pop("extra", UNSET))

        if extra is UNSET:
            extra = None

        quick_reply = cls(
            text=text,
            extra=extra,
        )

        quick_reply.additional_properties = d
        return quick_reply

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


QuickReply._fields_ = (
    ("text", "text", "value", None, None, None),
    ("extra", "extra", "value", None, None, None),
)
QuickReply._classic_ = (
    ("text", "text"),
    ("extra", "extra"),
)
QuickReply._keeps_extra_ = True
