from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_batch_action import DataBatchAction, check_data_batch_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataBatchRequest")


@_attrs_define
class DataBatchRequest:
    """JSON body of POST /v1/data/batch: an action and the data IDs to apply it to.

    Attributes:
        action (DataBatchAction): The action of a data batch request: `details`, `ttl` or `delete`.
        ids (list[str]):
        days (str | Unset): For `ttl`: days by which to extend the lifespan, negative to shorten it. The classic client
            sends
            `str(days)` (a string) inside the JSON body.
        expiration_date (str | Unset): For `ttl`, the new expiration date as an ISO 8601 datetime.
    """

    action: DataBatchAction
    ids: list[str]
    days: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        ids = self.ids

        days = self.days

        expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ids": ids,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = check_data_batch_action(d.pop("action"))

        ids = cast("list[str]", d.pop("ids"))

        days = d.pop("days", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        data_batch_request = cls(
            action=action,
            ids=ids,
            days=days,
            expiration_date=expiration_date,
        )

        data_batch_request.additional_properties = d
        return data_batch_request

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
