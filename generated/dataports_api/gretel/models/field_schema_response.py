from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_list import FieldList


T = TypeVar("T", bound="FieldSchemaResponse")


@_attrs_define
class FieldSchemaResponse:
    """`data.fields` plus two counters at the top level of the body (not inside `data`).

    Attributes:
        data (FieldList): The fields of a project (`data` of GET /fields/schema/{project_name}).
        total_field_count (int | Unset): Distinct fields in the project (top-level key).
        project_record_count (int | Unset): Records in the project (top-level key).
    """

    data: FieldList
    total_field_count: int | Unset = UNSET
    project_record_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        total_field_count = self.total_field_count

        project_record_count = self.project_record_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total_field_count is not UNSET:
            field_dict["total_field_count"] = total_field_count
        if project_record_count is not UNSET:
            field_dict["project_record_count"] = project_record_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = FieldList.from_dict(d.pop("data"))

        total_field_count = d.pop("total_field_count", UNSET)

        project_record_count = d.pop("project_record_count", UNSET)

        field_schema_response = cls(
            data=data,
            total_field_count=total_field_count,
            project_record_count=project_record_count,
        )

        field_schema_response.additional_properties = d
        return field_schema_response

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


from ..models.field_list import FieldList
