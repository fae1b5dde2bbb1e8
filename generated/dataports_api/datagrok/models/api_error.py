from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Datagrok's error object, e.g.
    `{"#type": "ApiError", "message": "Function not found", "errorCode": 404, "stackTrace": null}`.
    It is the body of 4xx/5xx answers and of 2xx answers that carry the `api-error` header. The Python
    clients only test that the body text contains `ApiError` and surface the text as it is; other callers
    read `message` (or `error`), `errorCode` (defaulting to the HTTP status), `source` and `stackTrace`.

    Attributes:
        type_ (str | Unset): The object's type name, `ApiError`.
        message (None | str | Unset): Human-readable error message.
        error (None | str | Unset): The message, under the key some servers and proxies use instead of `message`.
        error_code (int | None | Unset): An HTTP-like status for the failure (e.g. 404, 500), also when the answer's
            status is 2xx.
        source (None | str | Unset): Where the error arose, e.g. `Server`.
        stack_trace (None | str | Unset): The server-side stack trace, when the server sends one.
    """

    type_: str | Unset = UNSET
    message: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    stack_trace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: int | None | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        stack_trace: None | str | Unset
        if isinstance(self.stack_trace, Unset):
            stack_trace = UNSET
        else:
            stack_trace = self.stack_trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["#type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if source is not UNSET:
            field_dict["source"] = source
        if stack_trace is not UNSET:
            field_dict["stackTrace"] = stack_trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("#type", UNSET)

        message = cast("None | str | Unset", d.pop("message", UNSET))

        error = cast("None | str | Unset", d.pop("error", UNSET))

        error_code = cast("int | None | Unset", d.pop("errorCode", UNSET))

        source = cast("None | str | Unset", d.pop("source", UNSET))

        stack_trace = cast("None | str | Unset", d.pop("stackTrace", UNSET))

        api_error = cls(
            type_=type_,
            message=message,
            error=error,
            error_code=error_code,
            source=source,
            stack_trace=stack_trace,
        )

        api_error.additional_properties = d
        return api_error

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
    def errorCode(self) -> int | None | Unset:
        """``error_code`` under its wire name."""
        return self.error_code

    @errorCode.setter
    def errorCode(self, value: int | None | Unset) -> None:
        self.error_code = value

    @property
    def stackTrace(self) -> None | str | Unset:
        """``stack_trace`` under its wire name."""
        return self.stack_trace

    @stackTrace.setter
    def stackTrace(self, value: None | str | Unset) -> None:
        self.stack_trace = value
