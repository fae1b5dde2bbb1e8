from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytic import Analytic
    from ..models.batch_item_error import BatchItemError


T = TypeVar("T", bound="AnalyticsBatchItem")


@_attrs_define
class AnalyticsBatchItem:
    """The outcome of a batch action for one analytic: whether it succeeded, with the details or the error.

    Attributes:
        success (bool | Unset):
        response (Analytic | None | Unset): For `details`, the analytic metadata.
        error (BatchItemError | None | Unset):
    """

    success: bool | Unset = UNSET
    response: Analytic | None | Unset = UNSET
    error: BatchItemError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, Analytic):
            response = self.response.to_dict()
        else:
            response = self.response

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BatchItemError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if response is not UNSET:
            field_dict["response"] = response
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _response_data = d.pop("response", UNSET)
        if _response_data is None or isinstance(_response_data, Unset):
            response = _response_data
        else:
            try:
                if not isinstance(_response_data, dict):
                    raise TypeError()
                response_type_0 = Analytic.from_dict(_response_data)

                response = response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                response = cast(Analytic | None | Unset, _response_data)

        _error_data = d.pop("error", UNSET)
        if _error_data is None or isinstance(_error_data, Unset):
            error = _error_data
        else:
            try:
                if not isinstance(_error_data, dict):
                    raise TypeError()
                error_type_0 = BatchItemError.from_dict(_error_data)

                error = error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(BatchItemError | None | Unset, _error_data)

        analytics_batch_item = cls(
            success=success,
            response=response,
            error=error,
        )

        analytics_batch_item.additional_properties = d
        return analytics_batch_item

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
from ..models.batch_item_error import BatchItemError
