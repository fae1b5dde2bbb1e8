from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_batch_action import AnalyticsBatchAction, check_analytics_batch_action

T = TypeVar("T", bound="AnalyticsBatchRequest")


@_attrs_define
class AnalyticsBatchRequest:
    """JSON body of POST /v1/analytics/batch: an action and the analytic IDs to apply it to.

    Attributes:
        action (AnalyticsBatchAction): The action of an analytics batch request (only `details`).
        ids (list[str]):
    """

    action: AnalyticsBatchAction
    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_analytics_batch_action(d.pop("action"))

        ids = cast("list[str]", d.pop("ids"))

        analytics_batch_request = cls(
            action=action,
            ids=ids,
        )

        analytics_batch_request.additional_properties = d
        return analytics_batch_request

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
