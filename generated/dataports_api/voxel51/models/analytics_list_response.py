from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytic import Analytic


T = TypeVar("T", bound="AnalyticsListResponse")


@_attrs_define
class AnalyticsListResponse:
    """The answer of GET /v1/analytics/list: the analytics the caller can use, under `analytics`.

    Attributes:
        analytics (list[Analytic] | Unset):
    """

    analytics: list[Analytic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.analytics, Unset):
            analytics = []
            for analytics_item_data in self.analytics:
                analytics_item = analytics_item_data.to_dict()
                analytics.append(analytics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analytics is not UNSET:
            field_dict["analytics"] = analytics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _analytics = d.pop("analytics", UNSET)
        analytics: list[Analytic] | Unset = UNSET
        if _analytics is not UNSET:
            analytics = []
            for analytics_item_data in _analytics:
                analytics_item = Analytic.from_dict(analytics_item_data)

                analytics.append(analytics_item)

        analytics_list_response = cls(
            analytics=analytics,
        )

        analytics_list_response.additional_properties = d
        return analytics_list_response

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


from ..models.analytic import Analytic
