from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_status import ServiceStatus


T = TypeVar("T", bound="PlatformStatuses")


@_attrs_define
class PlatformStatuses:
    """Status of each service, keyed by service name (at least `platform` and `jobs`).

    Attributes:
        platform (ServiceStatus | Unset): The status of one platform service: whether it is operational, and a message.
        jobs (ServiceStatus | Unset): The status of one platform service: whether it is operational, and a message.
    """

    platform: ServiceStatus | Unset = UNSET
    jobs: ServiceStatus | Unset = UNSET
    additional_properties: dict[str, ServiceStatus] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if platform is not UNSET:
            field_dict["platform"] = platform
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _platform = d.pop("platform", UNSET)
        platform: ServiceStatus | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = ServiceStatus.from_dict(_platform)

        _jobs = d.pop("jobs", UNSET)
        jobs: ServiceStatus | Unset
        if isinstance(_jobs, Unset):
            jobs = UNSET
        else:
            jobs = ServiceStatus.from_dict(_jobs)

        platform_statuses = cls(
            platform=platform,
            jobs=jobs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ServiceStatus.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        platform_statuses.additional_properties = additional_properties
        return platform_statuses

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ServiceStatus:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ServiceStatus) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.service_status import ServiceStatus
