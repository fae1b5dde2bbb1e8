from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, install_lazy_fields, missing_keys

#: The keys a Field in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "key",
        "name",
        "type",
    }
)
#: The keys a Field declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
        "type",
        "label",
        "value_type",
    }
)


T = TypeVar("T", bound="Field")


@_attrs_define(slots=False, unsafe_hash=False)
class Field(ClassicObject):
    """A contact field: a named, typed value a contact can hold under its `key`. GET and POST /api/v2/fields.json.

    Attributes:
        key (str): The field's unique key, under which contacts' `fields` hold its value.
        name (str): The display name (`label` on older servers).
        type_ (str): `text`, `number`, `datetime`, `state`, `district` or `ward`.
        label (str | Unset): Older servers' name for `name`.
        value_type (str | Unset): Older servers' name for `type`.
    """

    key: str
    name: str
    type_: str
    label: str | Unset = UNSET
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        type_ = self.type_

        label = self.label

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "type": type_,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if value_type is not UNSET:
            field_dict["value_type"] = value_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("key" in src_dict and "name" in src_dict and "type" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        field = object.__new__(cls)
        field._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return field

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
            if not ("key" in src_dict and "name" in src_dict and "type" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            field = new(cls)
            field._wire_ = src_dict
            append(field)
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


Field._fields_ = (
    ("key", "key", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("type_", "type", "value", None, None, None),
    ("label", "label", "value", None, None, UNSET),
    ("value_type", "value_type", "value", None, None, UNSET),
)
Field._classic_ = (
    ("key", "key"),
    ("name", "name"),
    ("type", "type_"),
)
Field._keeps_extra_ = True


def _read_key(src_dict: Mapping[str, Any]) -> Any:
    key = src_dict["key"]
    return key


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict["type"]
    return type_


def _read_label(src_dict: Mapping[str, Any]) -> Any:
    label = src_dict.get("label", UNSET)
    return label


def _read_value_type(src_dict: Mapping[str, Any]) -> Any:
    value_type = src_dict.get("value_type", UNSET)
    return value_type


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Field,
    {
        "key": _read_key,
        "name": _read_name,
        "type_": _read_type_,
        "label": _read_label,
        "value_type": _read_value_type,
        "additional_properties": _read_additional_properties,
    },
)
