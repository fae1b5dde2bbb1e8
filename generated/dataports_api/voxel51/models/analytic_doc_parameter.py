from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticDocParameter")


@_attrs_define
class AnalyticDocParameter:
    """One parameter of an analytic, as documented: name, description, ETA type, whether required, default.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        type_ (str | Unset): The ETA type of the parameter, e.g. `eta.core.types.Number`.
        required (bool | Unset):
        default (Any | Unset): Default value used when the parameter is not set (any JSON value).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    required: bool | Unset = UNSET
    default: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_ = self.type_

        required = self.required

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        required = d.pop("required", UNSET)

        default = d.pop("default", UNSET)

        analytic_doc_parameter = cls(
            name=name,
            description=description,
            type_=type_,
            required=required,
            default=default,
        )

        analytic_doc_parameter.additional_properties = d
        return analytic_doc_parameter

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

    @property
    def type(self) -> str | Unset:
        """``type_`` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str | Unset) -> None:
        self.type_ = value
