from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

T = TypeVar("T", bound="Row")


class Row(dict[str, "bool | float | None | str"]):
    """One row read from a data set, column name → value."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        row = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = cast("bool | float | None | str", prop_dict)

            row[prop_name] = additional_property
        return row

    @property
    def additional_properties(self) -> dict[str, bool | float | None | str]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, bool | float | None | str]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)
