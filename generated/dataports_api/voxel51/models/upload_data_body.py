from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadDataBody")


@_attrs_define
class UploadDataBody:
    """Multipart body of POST /v1/data: the file to upload and, optionally, when it expires.

    Attributes:
        file (File): The file to upload, with its base name as filename and its MIME type as content type.
        data_ttl (str | Unset): Expiration date of the data as an ISO 8601 datetime, e.g. `2020-01-31T12:00:00+00:00`.
    """

    file: File
    data_ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        data_ttl = self.data_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if data_ttl is not UNSET:
            field_dict["data_ttl"] = data_ttl

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.data_ttl, Unset):
            files.append(("data_ttl", (None, str(self.data_ttl).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        data_ttl = d.pop("data_ttl", UNSET)

        upload_data_body = cls(
            file=file,
            data_ttl=data_ttl,
        )

        upload_data_body.additional_properties = d
        return upload_data_body

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
