from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNREADABLE, UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

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
        if not src_dict.keys() >= _REQUIRED_KEYS:
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        run_value = object.__new__(cls)
        run_value._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return run_value

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


def _read_fields(src_dict: Mapping[str, Any], errors_: dict[str, Exception] | None = None) -> dict[str, Any]:
    """Every field of a RunValue read from its JSON, by attribute name; a field whose value cannot be read
    is left out (and its error put in ``errors_`` when given). See types.LazyField. Locals end in ``_``: they
    cannot collide with a property's name."""
    values_: dict[str, Any] = {}
    try:
        value = cast("None | str", src_dict["value"])

        values_["value"] = value
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["value"] = error_
    try:
        node = src_dict["node"]
        values_["node"] = node
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["node"] = error_
    try:
        time = aware_datetime(src_dict["time"])

        values_["time"] = time
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["time"] = error_
    try:
        name = cast("None | str | Unset", src_dict.get("name", UNSET))

        if name is UNSET:
            name = None
        values_["name"] = name
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["name"] = error_
    try:
        category = cast("None | str | Unset", src_dict.get("category", UNSET))

        if category is UNSET:
            category = None
        values_["category"] = category
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["category"] = error_
    try:
        input_ = cast("None | str | Unset", src_dict.get("input", UNSET))

        values_["input_"] = input_
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["input_"] = error_
    try:
        values_["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["additional_properties"] = error_
    return values_


install_lazy_fields(
    RunValue,
    _read_fields,
    (
        "value",
        "node",
        "time",
        "name",
        "category",
        "input_",
        "additional_properties",
    ),
)
