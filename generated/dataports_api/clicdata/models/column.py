from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_type import ColumnType, check_column_type

T = TypeVar("T", bound="Column")


@_attrs_define
class Column:
    """One column of a new data set: its name and type.

    Attributes:
        name (str):
        data_type (ColumnType): A data set column's type. `percentage` values are numbers, `checkbox` values booleans,
            `dropdown`
            values one of the column's text options; `rec_id` is ClicData's integer row-id type.
    """

    name: str
    data_type: ColumnType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type: str = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        data_type = check_column_type(d.pop("data_type"))

        column = cls(
            name=name,
            data_type=data_type,
        )

        column.additional_properties = d
        return column

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
