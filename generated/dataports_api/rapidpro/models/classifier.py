from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime, install_lazy_fields, missing_keys

#: The keys a Classifier in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "type",
        "intents",
        "created_on",
    }
)
#: The keys a Classifier declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "type",
        "intents",
        "created_on",
    }
)


T = TypeVar("T", bound="Classifier")


@_attrs_define(slots=False, unsafe_hash=False)
class Classifier(ClassicObject):
    """An NLU classifier (Wit.ai, LUIS or Bothub) and its intents. Listed by GET /api/v2/classifiers.json.

    Attributes:
        uuid (str):
        name (str):
        type_ (str): `wit`, `luis` or `bothub`.
        intents (list[str]): Names of the intents the classifier recognises.
        created_on (datetime.datetime):
    """

    uuid: str
    name: str
    type_: str
    intents: list[str]
    created_on: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        type_ = self.type_

        intents = self.intents

        created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "type": type_,
                "intents": intents,
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "name" in src_dict
            and "type" in src_dict
            and "intents" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        classifier = object.__new__(cls)
        classifier._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return classifier

    @classmethod
    def from_dicts(cls: type[T], src_dicts: list[Any]) -> list[T]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[T] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not (
                "uuid" in src_dict
                and "name" in src_dict
                and "type" in src_dict
                and "intents" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            classifier = new(cls)
            classifier._wire_ = src_dict
            append(classifier)
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

    @property
    def type(self) -> str:
        """``type_`` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value


Classifier._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("type_", "type", "value", None, None, None),
    ("intents", "intents", "list", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
)
Classifier._classic_ = (
    ("uuid", "uuid"),
    ("type", "type_"),
    ("name", "name"),
    ("intents", "intents"),
    ("created_on", "created_on"),
)
Classifier._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict["type"]
    return type_


def _read_intents(src_dict: Mapping[str, Any]) -> Any:
    intents = cast("list[str]", src_dict["intents"])

    return intents


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Classifier,
    {
        "uuid": _read_uuid,
        "name": _read_name,
        "type_": _read_type_,
        "intents": _read_intents,
        "created_on": _read_created_on,
        "additional_properties": _read_additional_properties,
    },
)
