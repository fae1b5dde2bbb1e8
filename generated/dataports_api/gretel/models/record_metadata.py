from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_entities import RecordEntities
    from ..models.record_metadata_fields import RecordMetadataFields


T = TypeVar("T", bound="RecordMetadata")


@_attrs_define
class RecordMetadata:
    """What Gretel attached to a record on ingest.

    Attributes:
        gretel_id (str | Unset): The record's id (32 hex digits).
        fields (RecordMetadataFields | Unset): Field name (dotted when nested) → that field's entity detection results.
        entities (RecordEntities | Unset): A record's entity summary: for each entity label found, the fields holding
            it.
        received_at (str | Unset):
    """

    gretel_id: str | Unset = UNSET
    fields: RecordMetadataFields | Unset = UNSET
    entities: RecordEntities | Unset = UNSET
    received_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gretel_id = self.gretel_id

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        received_at = self.received_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gretel_id is not UNSET:
            field_dict["gretel_id"] = gretel_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if entities is not UNSET:
            field_dict["entities"] = entities
        if received_at is not UNSET:
            field_dict["received_at"] = received_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gretel_id = d.pop("gretel_id", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: RecordMetadataFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = RecordMetadataFields.from_dict(_fields)

        _entities = d.pop("entities", UNSET)
        entities: RecordEntities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = RecordEntities.from_dict(_entities)

        received_at = d.pop("received_at", UNSET)

        record_metadata = cls(
            gretel_id=gretel_id,
            fields=fields,
            entities=entities,
            received_at=received_at,
        )

        record_metadata.additional_properties = d
        return record_metadata

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


from ..models.record_entities import RecordEntities
from ..models.record_metadata_fields import RecordMetadataFields
