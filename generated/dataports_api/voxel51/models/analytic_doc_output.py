from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticDocOutput")


@_attrs_define
class AnalyticDocOutput:
    """One output of an analytic, as documented: its name, description, ETA type and output filename.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        type_ (str | Unset): The ETA type of the output, e.g. `types.VideoLabels`.
        filename (str | Unset): The filename of the output, e.g. `labels.json`.
        post_as_data (bool | Unset): Whether the output is also posted as new data.
        schema (Any | Unset): Optional JSON schema of the output (any JSON value, usually null).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    filename: str | Unset = UNSET
    post_as_data: bool | Unset = UNSET
    schema: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_ = self.type_

        filename = self.filename

        post_as_data = self.post_as_data

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if post_as_data is not UNSET:
            field_dict["post_as_data"] = post_as_data
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        filename = d.pop("filename", UNSET)

        post_as_data = d.pop("post_as_data", UNSET)

        schema = d.pop("schema", UNSET)

        analytic_doc_output = cls(
            name=name,
            description=description,
            type_=type_,
            filename=filename,
            post_as_data=post_as_data,
            schema=schema,
        )

        analytic_doc_output.additional_properties = d
        return analytic_doc_output

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
