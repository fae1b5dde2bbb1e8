from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_entity import FieldEntity


T = TypeVar("T", bound="FieldDetail")


@_attrs_define
class FieldDetail:
    """Statistics of one field of a project's records: how often it occurs, its types and the entities found in it.

    Attributes:
        field (str): The field name (dotted when nested).
        count (int | Unset): Records holding the field.
        approx_cardinality (int | Unset): Approximate number of distinct values of the field.
        pct_missing (float | Unset):
        types (list[Any] | Unset): The value types seen in the field. The emulator sends `{type, count}` objects; the
            real service's
            item shape is not pinned down, so items are left untyped.
        entities (list[FieldEntity] | Unset): The entity labels found in the field.
    """

    field: str
    count: int | Unset = UNSET
    approx_cardinality: int | Unset = UNSET
    pct_missing: float | Unset = UNSET
    types: list[Any] | Unset = UNSET
    entities: list[FieldEntity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        count = self.count

        approx_cardinality = self.approx_cardinality

        pct_missing = self.pct_missing

        types: list[Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if approx_cardinality is not UNSET:
            field_dict["approx_cardinality"] = approx_cardinality
        if pct_missing is not UNSET:
            field_dict["pct_missing"] = pct_missing
        if types is not UNSET:
            field_dict["types"] = types
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        count = d.pop("count", UNSET)

        approx_cardinality = d.pop("approx_cardinality", UNSET)

        pct_missing = d.pop("pct_missing", UNSET)

        types = cast("list[Any]", d.pop("types", UNSET))

        _entities = d.pop("entities", UNSET)
        entities: list[FieldEntity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = FieldEntity.from_dict(entities_item_data)

                entities.append(entities_item)

        field_detail = cls(
            field=field,
            count=count,
            approx_cardinality=approx_cardinality,
            pct_missing=pct_missing,
            types=types,
            entities=entities,
        )

        field_detail.additional_properties = d
        return field_detail

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


from ..models.field_entity import FieldEntity
