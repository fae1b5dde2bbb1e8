from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

T = TypeVar("T", bound="ContactWriteFields")


class ContactWriteFields(dict[str, "float | None | str"]):
    """Field key → value (string, number or null); only the given keys change."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        contact_write_fields = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = cast("float | None | str", prop_dict)

            contact_write_fields[prop_name] = additional_property
        return contact_write_fields

    @property
    def additional_properties(self) -> dict[str, float | None | str]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, float | None | str]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)
