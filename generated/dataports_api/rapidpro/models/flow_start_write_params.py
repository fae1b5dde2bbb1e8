from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

T = TypeVar("T", bound="FlowStartWriteParams")


class FlowStartWriteParams(dict[str, "Any"]):
    """Extra parameters passed to the flow."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, Any]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)
