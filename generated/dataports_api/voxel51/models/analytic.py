from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Analytic")


@_attrs_define
class Analytic:
    """Analytic metadata. Query results contain only the requested fields.

    Attributes:
        id (str | Unset): The analytic ID (UUID).
        name (str | Unset): The analytic name, e.g. `voxel51/vehicle-sense`.
        version (None | str | Unset): The analytic version.
        scope (str | Unset): Visibility of the analytic, e.g. `public` or `private`.
        description (None | str | Unset):
        supports_cpu (bool | Unset):
        supports_gpu (bool | Unset):
        pending (bool | Unset): True until the analytic's image(s) have been uploaded and deployed.
        is_image_to_video (bool | Unset): Whether this is an image-to-video analytic.
        upload_date (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    version: None | str | Unset = UNSET
    scope: str | Unset = UNSET
    description: None | str | Unset = UNSET
    supports_cpu: bool | Unset = UNSET
    supports_gpu: bool | Unset = UNSET
    pending: bool | Unset = UNSET
    is_image_to_video: bool | Unset = UNSET
    upload_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        scope = self.scope

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        supports_cpu = self.supports_cpu

        supports_gpu = self.supports_gpu

        pending = self.pending

        is_image_to_video = self.is_image_to_video

        upload_date: None | str | Unset
        if isinstance(self.upload_date, Unset):
            upload_date = UNSET
        elif isinstance(self.upload_date, datetime.datetime):
            upload_date = self.upload_date.isoformat()
        else:
            upload_date = self.upload_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if scope is not UNSET:
            field_dict["scope"] = scope
        if description is not UNSET:
            field_dict["description"] = description
        if supports_cpu is not UNSET:
            field_dict["supports_cpu"] = supports_cpu
        if supports_gpu is not UNSET:
            field_dict["supports_gpu"] = supports_gpu
        if pending is not UNSET:
            field_dict["pending"] = pending
        if is_image_to_video is not UNSET:
            field_dict["is_image_to_video"] = is_image_to_video
        if upload_date is not UNSET:
            field_dict["upload_date"] = upload_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        version = cast("None | str | Unset", d.pop("version", UNSET))

        scope = d.pop("scope", UNSET)

        description = cast("None | str | Unset", d.pop("description", UNSET))

        supports_cpu = d.pop("supports_cpu", UNSET)

        supports_gpu = d.pop("supports_gpu", UNSET)

        pending = d.pop("pending", UNSET)

        is_image_to_video = d.pop("is_image_to_video", UNSET)

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

        analytic = cls(
            id=id,
            name=name,
            version=version,
            scope=scope,
            description=description,
            supports_cpu=supports_cpu,
            supports_gpu=supports_gpu,
            pending=pending,
            is_image_to_video=is_image_to_video,
            upload_date=upload_date,
        )

        analytic.additional_properties = d
        return analytic

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
