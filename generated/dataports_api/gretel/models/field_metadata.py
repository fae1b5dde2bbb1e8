from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ner_result import NerResult


T = TypeVar("T", bound="FieldMetadata")


@_attrs_define
class FieldMetadata:
    """The detection results for one field of a record, under `metadata.fields`.

    Attributes:
        ner (NerResult | Unset): Entity detection (NER) results for one field of a record: the entities found in its
            value.
    """

    ner: NerResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ner, Unset):
            ner = self.ner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ner is not UNSET:
            field_dict["ner"] = ner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _ner = d.pop("ner", UNSET)
        ner: NerResult | Unset
        if isinstance(_ner, Unset):
            ner = UNSET
        else:
            ner = NerResult.from_dict(_ner)

        field_metadata = cls(
            ner=ner,
        )

        field_metadata.additional_properties = d
        return field_metadata

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


from ..models.ner_result import NerResult
