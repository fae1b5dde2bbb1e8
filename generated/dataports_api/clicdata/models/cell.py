from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Cell")


@_attrs_define
class Cell:
    """One column's value in a row write, or one equality condition in `find`.

    Attributes:
        column (str): The column's name.
        value (bool | float | None | str): One value, typed by its column: `text`, `dropdown`, `datetime` and `date` as
            strings (ISO 8601,
            `2020-07-02T13:45:00` and `2020-07-02`; the other formats the service may accept are not captured);
            `number`, `percentage` and `rec_id` as numbers; `checkbox` as a boolean; a missing value as `null`
            (never `NaN`, which is not JSON).
    """

    column: str
    value: bool | float | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        value: bool | float | None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column": column,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        column = d.pop("column")

        value = cast("bool | float | None | str", d.pop("value"))

        cell = cls(
            column=column,
            value=value,
        )

        cell.additional_properties = d
        return cell

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
