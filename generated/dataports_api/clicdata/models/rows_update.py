from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiple_rows import MultipleRows, check_multiple_rows

if TYPE_CHECKING:
    from ..models.cell import Cell


T = TypeVar("T", bound="RowsUpdate")


@_attrs_define
class RowsUpdate:
    """JSON body of PUT /data/{rec_id}/row: the cells to set in the rows that match `find`.

    Attributes:
        multiplerows (MultipleRows): `all`: act on every row that matches `find`; `first`: only on the first one.
        find (list[Cell]): Conditions a row must all meet (column equals value).
        data (list[Cell]): The values to set in the matching rows.
    """

    multiplerows: MultipleRows
    find: list[Cell]
    data: list[Cell]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiplerows: str = self.multiplerows

        find = []
        for find_item_data in self.find:
            find_item = find_item_data.to_dict()
            find.append(find_item)

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "multiplerows": multiplerows,
                "find": find,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        multiplerows = check_multiple_rows(d.pop("multiplerows"))

        find = []
        _find = d.pop("find")
        for find_item_data in _find:
            find_item = Cell.from_dict(find_item_data)

            find.append(find_item)

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Cell.from_dict(data_item_data)

            data.append(data_item)

        rows_update = cls(
            multiplerows=multiplerows,
            find=find,
            data=data,
        )

        rows_update.additional_properties = d
        return rows_update

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


from ..models.cell import Cell
