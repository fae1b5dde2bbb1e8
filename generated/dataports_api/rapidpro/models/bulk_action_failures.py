from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkActionFailures")


@_attrs_define
class BulkActionFailures:
    """Returned (with status 200) when some of the requested messages no longer exist.

    Attributes:
        failures (list[int | str]): The requested message identifiers that could not be found.
    """

    failures: list[int | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failures = []
        for failures_item_data in self.failures:
            failures_item: int | str
            failures_item = failures_item_data
            failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failures": failures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failures = []
        _failures = d.pop("failures")
        for failures_item_data in _failures:
            failures_item = cast("int | str", failures_item_data)

            failures.append(failures_item)

        bulk_action_failures = cls(
            failures=failures,
        )

        bulk_action_failures.additional_properties = d
        return bulk_action_failures

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
