from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, aware_datetime, install_lazy_fields, missing_keys

#: The keys a RunStep in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "node",
        "time",
    }
)
#: The keys a RunStep declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "node",
        "time",
    }
)


T = TypeVar("T", bound="RunStep")


@_attrs_define(slots=False, unsafe_hash=False)
class RunStep(ClassicObject):
    """One step of a run's path: the node the contact reached, and when.

    Attributes:
        node (str):
        time (datetime.datetime):
    """

    node: str
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node": node,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("node" in src_dict and "time" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        run_step = object.__new__(cls)
        run_step._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return run_step

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
            if not ("node" in src_dict and "time" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            run_step = new(cls)
            run_step._wire_ = src_dict
            append(run_step)
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


RunStep._fields_ = (
    ("node", "node", "value", None, None, None),
    ("time", "time", "datetime", None, None, None),
)
RunStep._classic_ = (
    ("node", "node"),
    ("time", "time"),
)
RunStep._keeps_extra_ = True


def _read_node(src_dict: Mapping[str, Any]) -> Any:
    node = src_dict["node"]
    return node


def _read_time(src_dict: Mapping[str, Any]) -> Any:
    time = aware_datetime(src_dict["time"])

    return time


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    RunStep,
    {
        "node": _read_node,
        "time": _read_time,
        "additional_properties": _read_additional_properties,
    },
)
