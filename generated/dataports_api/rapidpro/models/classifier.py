from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNREADABLE, ClassicObject, aware_datetime, install_lazy_fields, missing_keys

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
        if not src_dict.keys() >= _REQUIRED_KEYS:
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        classifier = object.__new__(cls)
        classifier._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return classifier

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


def _read_fields(src_dict: Mapping[str, Any], errors_: dict[str, Exception] | None = None) -> dict[str, Any]:
    """Every field of a Classifier read from its JSON, by attribute name; a field whose value cannot be read
    is left out (and its error put in ``errors_`` when given). See types.LazyField. Locals end in ``_``: they
    cannot collide with a property's name."""
    values_: dict[str, Any] = {}
    try:
        uuid = src_dict["uuid"]
        values_["uuid"] = uuid
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["uuid"] = error_
    try:
        name = src_dict["name"]
        values_["name"] = name
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["name"] = error_
    try:
        type_ = src_dict["type"]
        values_["type_"] = type_
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["type_"] = error_
    try:
        intents = cast("list[str]", src_dict["intents"])

        values_["intents"] = intents
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["intents"] = error_
    try:
        created_on = aware_datetime(src_dict["created_on"])

        values_["created_on"] = created_on
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["created_on"] = error_
    try:
        values_["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["additional_properties"] = error_
    return values_


install_lazy_fields(
    Classifier,
    _read_fields,
    (
        "uuid",
        "name",
        "type_",
        "intents",
        "created_on",
        "additional_properties",
    ),
)
