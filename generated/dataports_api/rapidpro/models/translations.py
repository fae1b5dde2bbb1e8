from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

T = TypeVar("T", bound="Translations")


class Translations(dict[str, "None | str"]):
    """Text translations keyed by ISO 639-3 language code, e.g. `{"eng": "Hello", "fra": "Bonjour"}`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        translations = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = cast("None | str", prop_dict)

            translations[prop_name] = additional_property
        return translations

    @property
    def additional_properties(self) -> dict[str, None | str]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, None | str]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)
