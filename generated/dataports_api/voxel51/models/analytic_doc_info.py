from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticDocInfo")


@_attrs_define
class AnalyticDocInfo:
    """The `info` section of an analytic's documentation: name, version, description, CPU and GPU support.

    Attributes:
        name (str | Unset):
        version (str | Unset):
        description (str | Unset):
        supports_cpu (bool | Unset):
        supports_gpu (bool | Unset):
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    supports_cpu: bool | Unset = UNSET
    supports_gpu: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        description = self.description

        supports_cpu = self.supports_cpu

        supports_gpu = self.supports_gpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if supports_cpu is not UNSET:
            field_dict["supports_cpu"] = supports_cpu
        if supports_gpu is not UNSET:
            field_dict["supports_gpu"] = supports_gpu

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        description = d.pop("description", UNSET)

        supports_cpu = d.pop("supports_cpu", UNSET)

        supports_gpu = d.pop("supports_gpu", UNSET)

        analytic_doc_info = cls(
            name=name,
            version=version,
            description=description,
            supports_cpu=supports_cpu,
            supports_gpu=supports_gpu,
        )

        analytic_doc_info.additional_properties = d
        return analytic_doc_info

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
