from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_statuses import PlatformStatuses


T = TypeVar("T", bound="PlatformStatusResponse")


@_attrs_define
class PlatformStatusResponse:
    """The answer of GET /v1/status/all: the status of each platform service, under `statuses`.

    Attributes:
        statuses (PlatformStatuses | Unset): Status of each service, keyed by service name (at least `platform` and
            `jobs`).
    """

    statuses: PlatformStatuses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = self.statuses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _statuses = d.pop("statuses", UNSET)
        statuses: PlatformStatuses | Unset
        if isinstance(_statuses, Unset):
            statuses = UNSET
        else:
            statuses = PlatformStatuses.from_dict(_statuses)

        platform_status_response = cls(
            statuses=statuses,
        )

        platform_status_response.additional_properties = d
        return platform_status_response

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


from ..models.platform_statuses import PlatformStatuses
