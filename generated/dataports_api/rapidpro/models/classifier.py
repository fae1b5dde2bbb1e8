from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime

T = TypeVar("T", bound="Classifier")


@_attrs_define(slots=False, unsafe_hash=False)
class Classifier(ClassicObject):
    """
    Attributes:
        uuid (str):
        name (str):
        type_ (str): `wit`, `luis` or `bothub`.
        intents (list[str]):
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
        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        type_ = d.pop("type")

        intents = cast(list[str], d.pop("intents"))

        created_on = aware_datetime(d.pop("created_on"))

        classifier = cls(
            uuid=uuid,
            name=name,
            type_=type_,
            intents=intents,
            created_on=created_on,
        )

        classifier.additional_properties = d
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
