from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, install_lazy_fields, missing_keys

#: The keys a QuickReply in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "text",
    }
)
#: The keys a QuickReply declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "text",
        "extra",
    }
)


T = TypeVar("T", bound="QuickReply")


@_attrs_define(slots=False, unsafe_hash=False)
class QuickReply(ClassicObject):
    """A quick reply offered with an outgoing message: its text and optional extra text.

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
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("text" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        quick_reply = object.__new__(cls)
        quick_reply._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return quick_reply

    @classmethod
    def from_dicts(cls, src_dicts: list[Any]) -> list[Self]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[Self] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not ("text" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            quick_reply = new(cls)
            quick_reply._wire_ = src_dict
            append(quick_reply)
        return built

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


def _read_text(src_dict: Mapping[str, Any]) -> Any:
    text = src_dict["text"]
    return text


def _read_extra(src_dict: Mapping[str, Any]) -> Any:
    extra = cast("None | str | Unset", src_dict.get("extra", UNSET))

    if extra is UNSET:
        extra = None
    return extra


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    QuickReply,
    {
        "text": _read_text,
        "extra": _read_extra,
        "additional_properties": _read_additional_properties,
    },
)
