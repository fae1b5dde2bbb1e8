from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataDetails")


@_attrs_define
class DataDetails:
    """Data metadata. Query results contain only the requested fields.

    Attributes:
        id (str | Unset): The data ID (UUID).
        data_id (str | Unset): Legacy name of `id` in responses of the 2018 API.
        name (str | Unset): The filename of the data.
        size (int | Unset): Size in bytes.
        type_ (str | Unset): MIME type of the data, e.g. `video/mp4`.
        encoding (None | str | Unset): Optional encoding of the file (e.g. `gzip`), as given when the data was posted.
        upload_date (datetime.datetime | None | Unset):
        expiration_date (datetime.datetime | None | Unset): When the data expires and is deleted.
    """

    id: str | Unset = UNSET
    data_id: str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    type_: str | Unset = UNSET
    encoding: None | str | Unset = UNSET
    upload_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data_id = self.data_id

        name = self.name

        size = self.size

        type_ = self.type_

        encoding: None | str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        upload_date: None | str | Unset
        if isinstance(self.upload_date, Unset):
            upload_date = UNSET
        elif isinstance(self.upload_date, datetime.datetime):
            upload_date = self.upload_date.isoformat()
        else:
            upload_date = self.upload_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if data_id is not UNSET:
            field_dict["data_id"] = data_id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if upload_date is not UNSET:
            field_dict["upload_date"] = upload_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        data_id = d.pop("data_id", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        type_ = d.pop("type", UNSET)

        encoding = cast("None | str | Unset", d.pop("encoding", UNSET))

        _upload_date_data = d.pop("upload_date", UNSET)
        if _upload_date_data is None or isinstance(_upload_date_data, Unset):
            upload_date = _upload_date_data
        else:
            try:
                if not isinstance(_upload_date_data, str):
                    raise TypeError()
                upload_date_type_0 = datetime.datetime.fromisoformat(_upload_date_data)

                upload_date = upload_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                upload_date = cast(datetime.datetime | None | Unset, _upload_date_data)

        _expiration_date_data = d.pop("expiration_date", UNSET)
        if _expiration_date_data is None or isinstance(_expiration_date_data, Unset):
            expiration_date = _expiration_date_data
        else:
            try:
                if not isinstance(_expiration_date_data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.datetime.fromisoformat(_expiration_date_data)

                expiration_date = expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                expiration_date = cast(datetime.datetime | None | Unset, _expiration_date_data)

        data_details = cls(
            id=id,
            data_id=data_id,
            name=name,
            size=size,
            type_=type_,
            encoding=encoding,
            upload_date=upload_date,
            expiration_date=expiration_date,
        )

        data_details.additional_properties = d
        return data_details

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
