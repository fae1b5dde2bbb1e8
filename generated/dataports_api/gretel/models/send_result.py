from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.send_failure import SendFailure
    from ..models.send_success import SendSuccess


T = TypeVar("T", bound="SendResult")


@_attrs_define
class SendResult:
    """What happened to each sent record, by index: `success` and `failure` lists.

    Attributes:
        success (list[SendSuccess]):
        failure (list[SendFailure]):
    """

    success: list[SendSuccess]
    failure: list[SendFailure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = []
        for success_item_data in self.success:
            success_item = success_item_data.to_dict()
            success.append(success_item)

        failure = []
        for failure_item_data in self.failure:
            failure_item = failure_item_data.to_dict()
            failure.append(failure_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = []
        _success = d.pop("success")
        for success_item_data in _success:
            success_item = SendSuccess.from_dict(success_item_data)

            success.append(success_item)

        failure = []
        _failure = d.pop("failure")
        for failure_item_data in _failure:
            failure_item = SendFailure.from_dict(failure_item_data)

            failure.append(failure_item)

        send_result = cls(
            success=success,
            failure=failure,
        )

        send_result.additional_properties = d
        return send_result

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


from ..models.send_failure import SendFailure
from ..models.send_success import SendSuccess
