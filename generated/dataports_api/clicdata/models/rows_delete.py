from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiple_rows import MultipleRows, check_multiple_rows

if TYPE_CHECKING:
    from ..models.cell import Cell


T = TypeVar("T", bound="RowsDelete")


@_attrs_define
class RowsDelete:
    """JSON body of DELETE /data/{rec_id}/row: which rows to delete, those that match `find`.

    Attributes:
        multiplerows (MultipleRows): `all`: act on every row that matches `find`; `first`: only on the first one.
        find (list[Cell]): Conditions a row must all meet (column equals value). At least one is required, so a delete
            never
            means "every row" by accident.
    """

    multiplerows: MultipleRows
    find: list[Cell]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiplerows: str = self.multiplerows

        find = []
        for find_item_data in self.find:
            find_item = find_item_data.to_dict()
            find.append(find_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "multiplerows": multiplerows,
                "find": find,
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

        rows_delete = cls(
            multiplerows=multiplerows,
            find=find,
        )

        rows_delete.additional_properties = d
        return rows_delete

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
