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
        archived (bool | Unset): Whether the job is archived; GET /v1/jobs/list leaves archived jobs out.
        expired (bool | Unset): Whether the job's output has expired.
        analytic_id (str | Unset): ID of the analytic the job runs.
        compute_mode (None | str | Unset): `CPU`, `GPU` or `BEST`.
        auto_start (bool | Unset): Whether the job starts as soon as it is uploaded.
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

        compute_mode = cast("None | str | Unset", d.pop("compute_mode", UNSET))

        auto_start = d.pop("auto_start", UNSET)

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

        _start_date_data = d.pop("start_date", UNSET)
        if _start_date_data is None or isinstance(_start_date_data, Unset):
            start_date = _start_date_data
        else:
            try:
                if not isinstance(_start_date_data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(_start_date_data)

                start_date = start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_date = cast(datetime.datetime | None | Unset, _start_date_data)

        _completion_date_data = d.pop("completion_date", UNSET)
        if _completion_date_data is None or isinstance(_completion_date_data, Unset):
            completion_date = _completion_date_data
        else:
            try:
                if not isinstance(_completion_date_data, str):
                    raise TypeError()
                completion_date_type_0 = datetime.datetime.fromisoformat(_completion_date_data)

                completion_date = completion_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                completion_date = cast(datetime.datetime | None | Unset, _completion_date_data)

        _fail_date_data = d.pop("fail_date", UNSET)
        if _fail_date_data is None or isinstance(_fail_date_data, Unset):
            fail_date = _fail_date_data
        else:
            try:
                if not isinstance(_fail_date_data, str):
                    raise TypeError()
                fail_date_type_0 = datetime.datetime.fromisoformat(_fail_date_data)

                fail_date = fail_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fail_date = cast(datetime.datetime | None | Unset, _fail_date_data)

        failure_type = cast("None | str | Unset", d.pop("failure_type", UNSET))

        output_filename = cast("None | str | Unset", d.pop("output_filename", UNSET))

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
