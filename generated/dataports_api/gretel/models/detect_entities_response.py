from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.detected_records import DetectedRecords


T = TypeVar("T", bound="DetectEntitiesResponse")


@_attrs_define
class DetectEntitiesResponse:
    """The answer of POST /records/detect_entities: the records with their entity metadata; none are stored.

    Attributes:
        data (DetectedRecords): The records sent to entity detection, each with its results (`data` of POST
            /records/detect_entities).
    """

    data: DetectedRecords
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = DetectedRecords.from_dict(d.pop("data"))

        detect_entities_response = cls(
            data=data,
        )

        detect_entities_response.additional_properties = d
        return detect_entities_response

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


from ..models.detected_records import DetectedRecords
