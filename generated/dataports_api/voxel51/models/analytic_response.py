from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytic import Analytic


T = TypeVar("T", bound="AnalyticResponse")


@_attrs_define
class AnalyticResponse:
    """One analytic's metadata under `analytic`: the answer of GET /v1/analytics/{analytic_id} and of uploads.

    Attributes:
        analytic (Analytic | Unset): Analytic metadata. Query results contain only the requested fields.
    """

    analytic: Analytic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analytic, Unset):
            analytic = self.analytic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analytic is not UNSET:
            field_dict["analytic"] = analytic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _analytic = d.pop("analytic", UNSET)
        analytic: Analytic | Unset
        if isinstance(_analytic, Unset):
            analytic = UNSET
        else:
            analytic = Analytic.from_dict(_analytic)

        analytic_response = cls(
            analytic=analytic,
        )

        analytic_response.additional_properties = d
        return analytic_response

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
