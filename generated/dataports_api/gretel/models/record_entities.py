from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_entities_fields_by_entity import RecordEntitiesFieldsByEntity


T = TypeVar("T", bound="RecordEntities")


@_attrs_define
class RecordEntities:
    """A record's entity summary: for each entity label found, the fields holding it.

    Attributes:
        fields_by_entity (RecordEntitiesFieldsByEntity | Unset): Entity label → names of the fields holding it.
    """

    fields_by_entity: RecordEntitiesFieldsByEntity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields_by_entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields_by_entity, Unset):
            fields_by_entity = self.fields_by_entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields_by_entity is not UNSET:
            field_dict["fields_by_entity"] = fields_by_entity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _fields_by_entity = d.pop("fields_by_entity", UNSET)
        fields_by_entity: RecordEntitiesFieldsByEntity | Unset
        if isinstance(_fields_by_entity, Unset):
            fields_by_entity = UNSET
        else:
            fields_by_entity = RecordEntitiesFieldsByEntity.from_dict(_fields_by_entity)

        record_entities = cls(
            fields_by_entity=fields_by_entity,
        )

        record_entities.additional_properties = d
        return record_entities

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


from ..models.record_entities_fields_by_entity import RecordEntitiesFieldsByEntity
