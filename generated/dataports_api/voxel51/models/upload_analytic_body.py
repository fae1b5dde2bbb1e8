from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.analytic_type import AnalyticType, check_analytic_type
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadAnalyticBody")


@_attrs_define
class UploadAnalyticBody:
    """Multipart body of POST /v1/analytics: the analytic's documentation JSON and, optionally, its type.

    Attributes:
        file (File): The analytic documentation JSON file (same shape as `AnalyticDoc`).
        analytic_type (AnalyticType | Unset): The kind of analytic being uploaded.
    """

    file: File
    analytic_type: AnalyticType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        analytic_type: str | Unset = UNSET
        if not isinstance(self.analytic_type, Unset):
            analytic_type = self.analytic_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if analytic_type is not UNSET:
            field_dict["analytic_type"] = analytic_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.analytic_type, Unset):
            files.append(("analytic_type", (None, str(self.analytic_type).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        _analytic_type = d.pop("analytic_type", UNSET)
        analytic_type: AnalyticType | Unset
        if isinstance(_analytic_type, Unset):
            analytic_type = UNSET
        else:
            analytic_type = check_analytic_type(_analytic_type)

        upload_analytic_body = cls(
            file=file,
            analytic_type=analytic_type,
        )

        upload_analytic_body.additional_properties = d
        return upload_analytic_body

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
