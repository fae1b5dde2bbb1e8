from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.remote_data_path import RemoteDataPath


T = TypeVar("T", bound="JobRequestInputs")


class JobRequestInputs(dict[str, "RemoteDataPath"]):
    """Input name to `{"data-id": "<data id>"}`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        job_request_inputs = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = RemoteDataPath.from_dict(prop_dict)

            job_request_inputs[prop_name] = additional_property
        return job_request_inputs

    @property
    def additional_properties(self) -> dict[str, RemoteDataPath]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, RemoteDataPath]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)


from ..models.remote_data_path import RemoteDataPath
