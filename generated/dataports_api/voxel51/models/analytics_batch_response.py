from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_batch_response_responses import AnalyticsBatchResponseResponses


T = TypeVar("T", bound="AnalyticsBatchResponse")


@_attrs_define
class AnalyticsBatchResponse:
    """The answer of POST /v1/analytics/batch: one outcome per requested ID, under `responses`.

    Attributes:
        responses (AnalyticsBatchResponseResponses | Unset): One result per requested analytic ID.
    """

    responses: AnalyticsBatchResponseResponses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = self.responses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if responses is not UNSET:
            field_dict["responses"] = responses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _responses = d.pop("responses", UNSET)
        responses: AnalyticsBatchResponseResponses | Unset
        if isinstance(_responses, Unset):
            responses = UNSET
        else:
            responses = AnalyticsBatchResponseResponses.from_dict(_responses)

        analytics_batch_response = cls(
            responses=responses,
        )

        analytics_batch_response.additional_properties = d
        return analytics_batch_response

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


from ..models.analytics_batch_response_responses import AnalyticsBatchResponseResponses
