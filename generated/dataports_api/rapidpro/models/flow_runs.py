from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject

T = TypeVar("T", bound="FlowRuns")


@_attrs_define(slots=False, unsafe_hash=False)
class FlowRuns(ClassicObject):
    """
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
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is UNSET:
            active = None

        waiting = d.pop("waiting", UNSET)
        if waiting is UNSET:
            waiting = None

        completed = d.pop("completed", UNSET)
        if completed is UNSET:
            completed = None

        interrupted = d.pop("interrupted", UNSET)
        if interrupted is UNSET:
            interrupted = None

        expired = d.pop("expired", UNSET)
        if expired is UNSET:
            expired = None

        failed = d.pop("failed", UNSET)
        if failed is UNSET:
            failed = None

        flow_runs = cls(
            active=active,
            waiting=waiting,
            completed=completed,
            interrupted=interrupted,
            expired=expired,
            failed=failed,
        )

        flow_runs.additional_properties = d
        return flow_runs

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
