from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntitySummary")


@_attrs_define
class EntitySummary:
    """One entity label in the project. The classic client only counts these items, so beyond the label the
    shape is the emulator's (`label`, `count`, `approx_cardinality`, `fields`) and nothing is required.

    Attributes:
        label (str | Unset):
        count (int | Unset):
        approx_cardinality (int | Unset):
        fields (list[str] | Unset):
    """

    label: str | Unset = UNSET
    count: int | Unset = UNSET
    approx_cardinality: int | Unset = UNSET
    fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        count = self.count

        approx_cardinality = self.approx_cardinality

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if count is not UNSET:
            field_dict["count"] = count
        if approx_cardinality is not UNSET:
            field_dict["approx_cardinality"] = approx_cardinality
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        count = d.pop("count", UNSET)

        approx_cardinality = d.pop("approx_cardinality", UNSET)

        fields = cast("list[str]", d.pop("fields", UNSET))

        entity_summary = cls(
            label=label,
            count=count,
            approx_cardinality=approx_cardinality,
            fields=fields,
        )

        entity_summary.additional_properties = d
        return entity_summary

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
