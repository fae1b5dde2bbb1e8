from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.streamed_record_data import StreamedRecordData
    from ..models.streamed_record_metadata import StreamedRecordMetadata


T = TypeVar("T", bound="StreamedRecord")


@_attrs_define
class StreamedRecord:
    """
    Attributes:
        id (str): The record's `gretel_id`.
        data (StreamedRecordData):
        ingest_time (str): UTC ingest time without an offset, e.g. `2020-05-10T12:41:55.585538`.
        metadata (StreamedRecordMetadata | Unset):
    """

    id: str
    data: StreamedRecordData
    ingest_time: str
    metadata: StreamedRecordMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data.to_dict()

        ingest_time = self.ingest_time

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "data": data,
                "ingest_time": ingest_time,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        data = StreamedRecordData.from_dict(d.pop("data"))

        ingest_time = d.pop("ingest_time")

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamedRecordMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamedRecordMetadata.from_dict(_metadata)

        streamed_record = cls(
            id=id,
            data=data,
            ingest_time=ingest_time,
            metadata=metadata,
        )

        streamed_record.additional_properties = d
        return streamed_record

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


from ..models.streamed_record_data import StreamedRecordData
from ..models.streamed_record_metadata import StreamedRecordMetadata
