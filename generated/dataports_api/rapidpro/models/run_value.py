from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

#: The keys a RunValue in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "value",
        "node",
        "time",
    }
)
#: The keys a RunValue declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "value",
        "node",
        "time",
        "name",
        "category",
        "input",
    }
)


T = TypeVar("T", bound="RunValue")


@_attrs_define(slots=False, unsafe_hash=False)
class RunValue(ClassicObject):
    """One result saved by a run: its value and category, and the node and time at which it was saved.

    Attributes:
        value (None | str):
        node (str):
        time (datetime.datetime):
        name (None | str | Unset): The result's name.
        category (None | str | Unset):
        input_ (None | str | Unset): The input the value was derived from.
    """

    value: None | str
    node: str
    time: datetime.datetime
    name: None | str = None
    category: None | str = None
    input_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str
        value = self.value

        node = self.node

        time = self.time.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        input_: None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "node": node,
                "time": time,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("value" in src_dict and "node" in src_dict and "time" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        run_value = object.__new__(cls)
        run_value._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return run_value

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
            if not ("value" in src_dict and "node" in src_dict and "time" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            run_value = new(cls)
            run_value._wire_ = src_dict
            append(run_value)
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
    def input(self) -> None | str | Unset:
        """``input_`` under its wire name."""
        return self.input_

    @input.setter
    def input(self, value: None | str | Unset) -> None:
        self.input_ = value


RunValue._fields_ = (
    ("value", "value", "value", None, None, None),
    ("node", "node", "value", None, None, None),
    ("time", "time", "datetime", None, None, None),
    ("name", "name", "value", None, None, None),
    ("category", "category", "value", None, None, None),
    ("input_", "input", "value", None, None, UNSET),
)
RunValue._classic_ = (
    ("name", "name"),
    ("value", "value"),
    ("category", "category"),
    ("node", "node"),
    ("time", "time"),
)
RunValue._keeps_extra_ = True


def _read_value(src_dict: Mapping[str, Any]) -> Any:
    value = cast("None | str", src_dict["value"])

    return value


def _read_node(src_dict: Mapping[str, Any]) -> Any:
    node = src_dict["node"]
    return node


def _read_time(src_dict: Mapping[str, Any]) -> Any:
    time = aware_datetime(src_dict["time"])

    return time


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = cast("None | str | Unset", src_dict.get("name", UNSET))

    if name is UNSET:
        name = None
    return name


def _read_category(src_dict: Mapping[str, Any]) -> Any:
    category = cast("None | str | Unset", src_dict.get("category", UNSET))

    if category is UNSET:
        category = None
    return category


def _read_input_(src_dict: Mapping[str, Any]) -> Any:
    input_ = cast("None | str | Unset", src_dict.get("input", UNSET))

    return input_


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    RunValue,
    {
        "value": _read_value,
        "node": _read_node,
        "time": _read_time,
        "name": _read_name,
        "category": _read_category,
        "input_": _read_input_,
        "additional_properties": _read_additional_properties,
    },
)
