from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.run_value import RunValue


T = TypeVar("T", bound="RunValues")


class RunValues(dict[str, "RunValue"]):
    """Flow results keyed by result key."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        run_values = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = RunValue.from_dict(prop_dict)

            run_values[prop_name] = additional_property
        return run_values

    @property
    def additional_properties(self) -> dict[str, RunValue]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, RunValue]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)


from ..models.run_value import RunValue
