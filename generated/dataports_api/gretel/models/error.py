from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_context_type_0 import ErrorContextType0


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of every error answer.

    Attributes:
        message (str):
        context (ErrorContextType0 | None | Unset): Field name → list of messages. Absent from most 401 bodies.
    """

    message: str
    context: ErrorContextType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, ErrorContextType0):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        _context_data = d.pop("context", UNSET)
        if _context_data is None or isinstance(_context_data, Unset):
            context = _context_data
        else:
            try:
                if not isinstance(_context_data, dict):
                    raise TypeError()
                context_type_0 = ErrorContextType0.from_dict(_context_data)

                context = context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                context = cast(ErrorContextType0 | None | Unset, _context_data)

        error = cls(
            message=message,
            context=context,
        )

        error.additional_properties = d
        return error

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


from ..models.error_context_type_0 import ErrorContextType0
