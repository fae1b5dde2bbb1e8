from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.field_metadata import FieldMetadata


T = TypeVar("T", bound="RecordMetadataFields")


class RecordMetadataFields(dict[str, "FieldMetadata"]):
    """Field name (dotted when nested) → that field's entity detection results."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        record_metadata_fields = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = FieldMetadata.from_dict(prop_dict)

            record_metadata_fields[prop_name] = additional_property
        return record_metadata_fields

    @property
    def additional_properties(self) -> dict[str, FieldMetadata]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, FieldMetadata]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)


from ..models.field_metadata import FieldMetadata
