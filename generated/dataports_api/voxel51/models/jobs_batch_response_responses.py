from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

if TYPE_CHECKING:
    from ..models.jobs_batch_item import JobsBatchItem


T = TypeVar("T", bound="JobsBatchResponseResponses")


class JobsBatchResponseResponses(dict[str, "JobsBatchItem"]):
    """One result per requested job ID."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        jobs_batch_response_responses = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = JobsBatchItem.from_dict(prop_dict)

            jobs_batch_response_responses[prop_name] = additional_property
        return jobs_batch_response_responses

    @property
    def additional_properties(self) -> dict[str, JobsBatchItem]:
        """The entries themselves (the name the generated models give free keys)."""
        return self

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, JobsBatchItem]) -> None:
        self.clear()
        self.update(value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self)


from ..models.jobs_batch_item import JobsBatchItem
