from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """Job metadata. Query results contain only the requested fields.

    Attributes:
        id (str | Unset): The job ID (UUID).
        job_id (str | Unset): Legacy name of `id` in responses of the 2018 API.
        name (str | Unset): The job name given at upload.
        state (str | Unset): Job state: `READY`, `QUEUED`, `SCHEDULED`, `RUNNING`, `COMPLETE` or `FAILED`.
        archived (bool | Unset):
        expired (bool | Unset): Whether the job's output has expired.
        analytic_id (str | Unset):
        compute_mode (None | str | Unset): `CPU`, `GPU` or `BEST`.
        auto_start (bool | Unset):
        upload_date (datetime.datetime | None | Unset):
        expiration_date (datetime.datetime | None | Unset): When the job output expires and is deleted.
        start_date (datetime.datetime | None | Unset):
        completion_date (datetime.datetime | None | Unset):
        fail_date (datetime.datetime | None | Unset):
        failure_type (None | str | Unset): `USER`, `ANALYTIC`, `PLATFORM` or `NONE`.
        output_filename (None | str | Unset): Recommended filename for the job output, e.g. `labels.json`.
    """

    id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    name: str | Unset = UNSET
    state: str | Unset = UNSET
    archived: bool | Unset = UNSET
    expired: bool | Unset = UNSET
    analytic_id: str | Unset = UNSET
    compute_mode: None | str | Unset = UNSET
    auto_start: bool | Unset = UNSET
    upload_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    completion_date: datetime.datetime | None | Unset = UNSET
    fail_date: datetime.datetime | None | Unset = UNSET
    failure_type: None | str | Unset = UNSET
    output_filename: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        name = self.name

        state = self.state

        archived = self.archived

        expired = self.expired

        analytic_id = self.analytic_id

        compute_mode: None | str | Unset
        if isinstance(self.compute_mode, Unset):
            compute_mode = UNSET
        else:
            compute_mode = self.compute_mode

        auto_start = self.auto_start

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

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        completion_date: None | str | Unset
        if isinstance(self.completion_date, Unset):
            completion_date = UNSET
        elif isinstance(self.completion_date, datetime.datetime):
            completion_date = self.completion_date.isoformat()
        else:
            completion_date = self.completion_date

        fail_date: None | str | Unset
        if isinstance(self.fail_date, Unset):
            fail_date = UNSET
        elif isinstance(self.fail_date, datetime.datetime):
            fail_date = self.fail_date.isoformat()
        else:
            fail_date = self.fail_date

        failure_type: None | str | Unset
        if isinstance(self.failure_type, Unset):
            failure_type = UNSET
        else:
            failure_type = self.failure_type

        output_filename: None | str | Unset
        if isinstance(self.output_filename, Unset):
            output_filename = UNSET
        else:
            output_filename = self.output_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if archived is not UNSET:
            field_dict["archived"] = archived
        if expired is not UNSET:
            field_dict["expired"] = expired
        if analytic_id is not UNSET:
            field_dict["analytic_id"] = analytic_id
        if compute_mode is not UNSET:
            field_dict["compute_mode"] = compute_mode
        if auto_start is not UNSET:
            field_dict["auto_start"] = auto_start
        if upload_date is not UNSET:
            field_dict["upload_date"] = upload_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if completion_date is not UNSET:
            field_dict["completion_date"] = completion_date
        if fail_date is not UNSET:
            field_dict["fail_date"] = fail_date
        if failure_type is not UNSET:
            field_dict["failure_type"] = failure_type
        if output_filename is not UNSET:
            field_dict["output_filename"] = output_filename

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_id = d.pop("job_id", UNSET)

        name = d.pop("name", UNSET)

        state = d.pop("state", UNSET)

        archived = d.pop("archived", UNSET)

        expired = d.pop("expired", UNSET)

        analytic_id = d.pop("analytic_id", UNSET)

        def _parse_compute_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compute_mode = _parse_compute_mode(d.pop("compute_mode", UNSET))

        auto_start = d.pop("auto_start", UNSET)

        def _parse_upload_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                upload_date_type_0 = datetime.datetime.fromisoformat(data)

                return upload_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        upload_date = _parse_upload_date(d.pop("upload_date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_completion_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_date_type_0 = datetime.datetime.fromisoformat(data)

                return completion_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completion_date = _parse_completion_date(d.pop("completion_date", UNSET))

        def _parse_fail_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fail_date_type_0 = datetime.datetime.fromisoformat(data)

                return fail_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fail_date = _parse_fail_date(d.pop("fail_date", UNSET))

        def _parse_failure_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_type = _parse_failure_type(d.pop("failure_type", UNSET))

        def _parse_output_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_filename = _parse_output_filename(d.pop("output_filename", UNSET))

        job = cls(
            id=id,
            job_id=job_id,
            name=name,
            state=state,
            archived=archived,
            expired=expired,
            analytic_id=analytic_id,
            compute_mode=compute_mode,
            auto_start=auto_start,
            upload_date=upload_date,
            expiration_date=expiration_date,
            start_date=start_date,
            completion_date=completion_date,
            fail_date=fail_date,
            failure_type=failure_type,
            output_filename=output_filename,
        )

        job.additional_properties = d
        return job

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
