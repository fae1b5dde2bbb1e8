from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, install_lazy_fields

#: The keys a FlowRuns in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset({})
#: The keys a FlowRuns declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "active",
        "waiting",
        "completed",
        "interrupted",
        "expired",
        "failed",
    }
)


T = TypeVar("T", bound="FlowRuns")


@_attrs_define(slots=False, unsafe_hash=False)
class FlowRuns(ClassicObject):
    """Counts of a flow's runs by state.

    Attributes:
        active (int | Unset):
        waiting (int | Unset):
        completed (int | Unset):
        interrupted (int | Unset):
        expired (int | Unset):
        failed (int | Unset):
    """

    active: int | None = None
    waiting: int | None = None
    completed: int | None = None
    interrupted: int | None = None
    expired: int | None = None
    failed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.active is None:
            active = UNSET
        else:
            active = self.active

        if self.waiting is None:
            waiting = UNSET
        else:
            waiting = self.waiting

        if self.completed is None:
            completed = UNSET
        else:
            completed = self.completed

        if self.interrupted is None:
            interrupted = UNSET
        else:
            interrupted = self.interrupted

        if self.expired is None:
            expired = UNSET
        else:
            expired = self.expired

        if self.failed is None:
            failed = UNSET
        else:
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if completed is not UNSET:
            field_dict["completed"] = completed
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if expired is not UNSET:
            field_dict["expired"] = expired
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        flow_runs = object.__new__(cls)
        flow_runs._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return flow_runs

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
            flow_runs = new(cls)
            flow_runs._wire_ = src_dict
            append(flow_runs)
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


FlowRuns._fields_ = (
    ("active", "active", "int", None, None, None),
    ("waiting", "waiting", "int", None, None, None),
    ("completed", "completed", "int", None, None, None),
    ("interrupted", "interrupted", "int", None, None, None),
    ("expired", "expired", "int", None, None, None),
    ("failed", "failed", "int", None, None, None),
)
FlowRuns._classic_ = (
    ("active", "active"),
    ("waiting", "waiting"),
    ("completed", "completed"),
    ("interrupted", "interrupted"),
    ("expired", "expired"),
    ("failed", "failed"),
)
FlowRuns._keeps_extra_ = True


def _read_active(src_dict: Mapping[str, Any]) -> Any:
    active = src_dict.get("active", UNSET)
    if active is UNSET:
        active = None
    return active


def _read_waiting(src_dict: Mapping[str, Any]) -> Any:
    waiting = src_dict.get("waiting", UNSET)
    if waiting is UNSET:
        waiting = None
    return waiting


def _read_completed(src_dict: Mapping[str, Any]) -> Any:
    completed = src_dict.get("completed", UNSET)
    if completed is UNSET:
        completed = None
    return completed


def _read_interrupted(src_dict: Mapping[str, Any]) -> Any:
    interrupted = src_dict.get("interrupted", UNSET)
    if interrupted is UNSET:
        interrupted = None
    return interrupted


def _read_expired(src_dict: Mapping[str, Any]) -> Any:
    expired = src_dict.get("expired", UNSET)
    if expired is UNSET:
        expired = None
    return expired


def _read_failed(src_dict: Mapping[str, Any]) -> Any:
    failed = src_dict.get("failed", UNSET)
    if failed is UNSET:
        failed = None
    return failed


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    FlowRuns,
    {
        "active": _read_active,
        "waiting": _read_waiting,
        "completed": _read_completed,
        "interrupted": _read_interrupted,
        "expired": _read_expired,
        "failed": _read_failed,
        "additional_properties": _read_additional_properties,
    },
)
