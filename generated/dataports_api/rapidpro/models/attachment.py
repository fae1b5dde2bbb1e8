from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, install_lazy_fields, missing_keys

#: The keys a Attachment in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "content_type",
        "url",
    }
)
#: The keys a Attachment declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "content_type",
        "url",
    }
)


T = TypeVar("T", bound="Attachment")


@_attrs_define(slots=False, unsafe_hash=False)
class Attachment(ClassicObject):
    """A media attachment of a message: its MIME type and URL.

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
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("content_type" in src_dict and "url" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        attachment = object.__new__(cls)
        attachment._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return attachment

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
            if not ("content_type" in src_dict and "url" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            attachment = new(cls)
            attachment._wire_ = src_dict
            append(attachment)
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


Attachment._fields_ = (
    ("content_type", "content_type", "value", None, None, None),
    ("url", "url", "value", None, None, None),
)
Attachment._classic_ = (
    ("content_type", "content_type"),
    ("url", "url"),
)
Attachment._keeps_extra_ = True


def _read_content_type(src_dict: Mapping[str, Any]) -> Any:
    content_type = src_dict["content_type"]
    return content_type


def _read_url(src_dict: Mapping[str, Any]) -> Any:
    url = src_dict["url"]
    return url


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Attachment,
    {
        "content_type": _read_content_type,
        "url": _read_url,
        "additional_properties": _read_additional_properties,
    },
)
