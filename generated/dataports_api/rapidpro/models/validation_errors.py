from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

T = TypeVar("T", bound="ValidationErrors")


class ValidationErrors(dict[str, "list[str]"]):
    """Field name → list of error messages. Errors not tied to one field are listed under `non_field_errors`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        validation_errors = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = cast("list[str]", prop_dict)

            validation_errors[prop_name] = additional_property
        return validation_errors

    @property
    def additional_properties(self) -> dict[str, list[str]]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, list[str]]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)
