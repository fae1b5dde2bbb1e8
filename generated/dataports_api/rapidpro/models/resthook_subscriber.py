from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime, install_lazy_fields, missing_keys

#: The keys a ResthookSubscriber in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "resthook",
        "target_url",
        "created_on",
    }
)
#: The keys a ResthookSubscriber declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "resthook",
        "target_url",
        "created_on",
    }
)


T = TypeVar("T", bound="ResthookSubscriber")


@_attrs_define(slots=False, unsafe_hash=False)
class ResthookSubscriber(ClassicObject):
    """A URL that a resthook's events are posted to. GET and POST /api/v2/resthook_subscribers.json.

    Attributes:
        id (int):
        resthook (str): Slug of the resthook subscribed to.
        target_url (str): The URL the resthook's events are posted to.
        created_on (datetime.datetime):
    """

    id: int
    resthook: str
    target_url: str
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resthook = self.resthook

        target_url = self.target_url

        created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resthook": resthook,
                "target_url": target_url,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("id" in src_dict and "resthook" in src_dict and "target_url" in src_dict and "created_on" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        resthook_subscriber = object.__new__(cls)
        resthook_subscriber._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return resthook_subscriber

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
            if not (
                "id" in src_dict and "resthook" in src_dict and "target_url" in src_dict and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            resthook_subscriber = new(cls)
            resthook_subscriber._wire_ = src_dict
            append(resthook_subscriber)
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


ResthookSubscriber._fields_ = (
    ("id", "id", "int", None, None, None),
    ("resthook", "resthook", "value", None, None, None),
    ("target_url", "target_url", "value", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
)
ResthookSubscriber._classic_ = (
    ("id", "id"),
    ("resthook", "resthook"),
    ("target_url", "target_url"),
    ("created_on", "created_on"),
)
ResthookSubscriber._keeps_extra_ = True


def _read_id(src_dict: Mapping[str, Any]) -> Any:
    id = src_dict["id"]
    return id


def _read_resthook(src_dict: Mapping[str, Any]) -> Any:
    resthook = src_dict["resthook"]
    return resthook


def _read_target_url(src_dict: Mapping[str, Any]) -> Any:
    target_url = src_dict["target_url"]
    return target_url


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    ResthookSubscriber,
    {
        "id": _read_id,
        "resthook": _read_resthook,
        "target_url": _read_target_url,
        "created_on": _read_created_on,
        "additional_properties": _read_additional_properties,
    },
)
