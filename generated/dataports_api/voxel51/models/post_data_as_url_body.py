from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostDataAsUrlBody")


@_attrs_define
class PostDataAsUrlBody:
    """JSON body of POST /v1/data/url: data the platform reads from a signed URL, with its name, type and size.

    Attributes:
        signed_url (str): A URL (typically signed) that can be read with an unauthenticated HTTP GET.
        filename (str):
        mimetype (str): MIME type of the data, e.g. `video/mp4`.
        size (int): Size of the data in bytes.
        data_ttl (str): Expiration date of the URL (and of the data) as an ISO 8601 datetime.
        encoding (str | Unset): Optional encoding of the file; omitted when not given.
    """

    signed_url: str
    filename: str
    mimetype: str
    size: int
    data_ttl: str
    encoding: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signed_url = self.signed_url

        filename = self.filename

        mimetype = self.mimetype

        size = self.size

        data_ttl = self.data_ttl

        encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signed_url": signed_url,
                "filename": filename,
                "mimetype": mimetype,
                "size": size,
                "data_ttl": data_ttl,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        signed_url = d.pop("signed_url")

        filename = d.pop("filename")

        mimetype = d.pop("mimetype")

        size = d.pop("size")

        data_ttl = d.pop("data_ttl")

        encoding = d.pop("encoding", UNSET)

        post_data_as_url_body = cls(
            signed_url=signed_url,
            filename=filename,
            mimetype=mimetype,
            size=size,
            data_ttl=data_ttl,
            encoding=encoding,
        )

        post_data_as_url_body.additional_properties = d
        return post_data_as_url_body

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
