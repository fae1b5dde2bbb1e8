from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityLabel")


@_attrs_define
class EntityLabel:
    """One entity found in a field's value.

    Attributes:
        start (int | Unset): Offset of the match in the value.
        end (int | Unset):
        score (float | Unset):
        text (str | Unset):
        label (str | Unset): Entity label, e.g. `email_address`, `person_name`, `ip_address`, `location_city`.
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    score: float | Unset = UNSET
    text: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        score = self.score

        text = self.text

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if score is not UNSET:
            field_dict["score"] = score
        if text is not UNSET:
            field_dict["text"] = text
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        score = d.pop("score", UNSET)

        text = d.pop("text", UNSET)

        label = d.pop("label", UNSET)

        entity_label = cls(
            start=start,
            end=end,
            score=score,
            text=text,
            label=label,
        )

        entity_label.additional_properties = d
        return entity_label

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
