from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TtlUpdateForm")


@_attrs_define
class TtlUpdateForm:
    """Exactly one of `days` or `expiration_date` must be given.

    Attributes:
        days (float | Unset): Number of days by which to extend the lifespan (negative to shorten it). The classic
            client sends
            `str(days)`, e.g. `5` or `2.5`.
        expiration_date (str | Unset): New expiration date as an ISO 8601 datetime.
    """

    days: float | Unset = UNSET
    expiration_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days = d.pop("days", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        ttl_update_form = cls(
            days=days,
            expiration_date=expiration_date,
        )

        ttl_update_form.additional_properties = d
        return ttl_update_form

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
