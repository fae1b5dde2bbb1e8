from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="UploadJobRequestBody")


@_attrs_define
class UploadJobRequestBody:
    """Multipart body of POST /v1/jobs: the job request JSON, a job name, auto-start and output expiration.

    Attributes:
        file (File): The job request JSON (`JobRequestInput`), as a file named `job.json` of type `application/json`.
        job_name (str): A name for the job.
        auto_start (bool | Unset): Whether to start the job immediately. The classic client sends Python's `str(bool)`,
            i.e. `True`
            or `False`.
             Default: False.
        job_ttl (str | Unset): Expiration date of the job output as an ISO 8601 datetime.
    """

    file: File
    job_name: str
    auto_start: bool | Unset = False
    job_ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        job_name = self.job_name

        auto_start = self.auto_start

        job_ttl = self.job_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "job_name": job_name,
            }
        )
        if auto_start is not UNSET:
            field_dict["auto_start"] = auto_start
        if job_ttl is not UNSET:
            field_dict["job_ttl"] = job_ttl

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("job_name", (None, str(self.job_name).encode(), "text/plain")))

        if not isinstance(self.auto_start, Unset):
            files.append(("auto_start", (None, str(self.auto_start).encode(), "text/plain")))

        if not isinstance(self.job_ttl, Unset):
            files.append(("job_ttl", (None, str(self.job_ttl).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        job_name = d.pop("job_name")

        auto_start = d.pop("auto_start", UNSET)

        job_ttl = d.pop("job_ttl", UNSET)

        upload_job_request_body = cls(
            file=file,
            job_name=job_name,
            auto_start=auto_start,
            job_ttl=job_ttl,
        )

        upload_job_request_body.additional_properties = d
        return upload_job_request_body

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
