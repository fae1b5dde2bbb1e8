from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record import Record
    from ..models.record_metadata import RecordMetadata


T = TypeVar("T", bound="StreamedRecord")


@_attrs_define
class StreamedRecord:
    """One record of a project's stream: its id, the record as sent, its metadata and its ingest time.

    Attributes:
        id (str): The record's `gretel_id`; used as the `oldest`/`newest` cursor.
        data (Record): A free-form JSON record.
        ingest_time (str): UTC ingest time without an offset, e.g. `2020-05-10T12:41:55.585538`.
        metadata (None | RecordMetadata | Unset): Present with `with_meta=yes`.
    """

    id: str
    data: Record
    ingest_time: str
    metadata: None | RecordMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data.to_dict()

        ingest_time = self.ingest_time

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RecordMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        data = Record.from_dict(d.pop("data"))

        ingest_time = d.pop("ingest_time")

        _metadata_data = d.pop("metadata", UNSET)
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            try:
                if not isinstance(_metadata_data, dict):
                    raise TypeError()
                metadata_type_0 = RecordMetadata.from_dict(_metadata_data)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = cast(None | RecordMetadata | Unset, _metadata_data)

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


from ..models.record import Record
from ..models.record_metadata import RecordMetadata
