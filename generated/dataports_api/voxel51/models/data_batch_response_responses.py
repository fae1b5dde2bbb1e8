from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_batch_item import DataBatchItem


T = TypeVar("T", bound="DataBatchResponseResponses")


@_attrs_define
class DataBatchResponseResponses:
    """One result per requested data ID."""

    additional_properties: dict[str, DataBatchItem] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_batch_response_responses = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DataBatchItem.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        data_batch_response_responses.additional_properties = additional_properties
        return data_batch_response_responses

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DataBatchItem:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DataBatchItem) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.data_batch_item import DataBatchItem
