from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.row import Row


T = TypeVar("T", bound="RowPage")


@_attrs_define
class RowPage:
    """One page of a data set's rows: the rows under `data`, and whether the next `page` holds more.

    Attributes:
        data (list[Row]): The rows of this page, each mapping column names to values.
        has_more_data (bool): Whether the next page (`page` + 1) holds more rows.
    """

    data: list[Row]
    has_more_data: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more_data = self.has_more_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more_data": has_more_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Row.from_dict(data_item_data)

            data.append(data_item)

        has_more_data = d.pop("has_more_data")

        row_page = cls(
            data=data,
            has_more_data=has_more_data,
        )

        row_page.additional_properties = d
        return row_page

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


from ..models.row import Row
