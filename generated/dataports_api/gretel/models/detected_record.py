from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record import Record
    from ..models.record_metadata import RecordMetadata


T = TypeVar("T", bound="DetectedRecord")


@_attrs_define
class DetectedRecord:
    """One input record with its detection results. `metadata.fields.<field>.ner.labels` lists the entities;
    other keys (the emulator sends the input record as `data`) may accompany it.

    Attributes:
        data (Record | Unset): A free-form JSON record.
        metadata (RecordMetadata | Unset): What Gretel attached to a record on ingest.
    """

    data: Record | Unset = UNSET
    metadata: RecordMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: Record | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Record.from_dict(_data)

        _metadata = d.pop("metadata", UNSET)
        metadata: RecordMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RecordMetadata.from_dict(_metadata)

        detected_record = cls(
            data=data,
            metadata=metadata,
        )

        detected_record.additional_properties = d
        return detected_record

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


from ..models.record import Record
from ..models.record_metadata import RecordMetadata
