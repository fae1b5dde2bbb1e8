from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_inputs import JobStatusInputs
    from ..models.job_status_message import JobStatusMessage
    from ..models.job_status_posted_data import JobStatusPostedData


T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """Execution status document written by the job while it runs.

    Attributes:
        analytic (str | Unset):
        version (None | str | Unset):
        state (str | Unset): Job state: `READY`, `QUEUED`, `SCHEDULED`, `RUNNING`, `COMPLETE` or `FAILED`.
        start_time (datetime.datetime | None | Unset):
        complete_time (datetime.datetime | None | Unset):
        fail_time (datetime.datetime | None | Unset):
        failure_type (None | str | Unset): `USER`, `ANALYTIC`, `PLATFORM` or `NONE`.
        messages (list[JobStatusMessage] | Unset): Status messages logged by the job as it runs.
        inputs (JobStatusInputs | Unset): Metadata about each input, keyed by input name.
        posted_data (JobStatusPostedData | Unset): Data IDs of outputs posted as data, keyed by output name.
    """

    analytic: str | Unset = UNSET
    version: None | str | Unset = UNSET
    state: str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    complete_time: datetime.datetime | None | Unset = UNSET
    fail_time: datetime.datetime | None | Unset = UNSET
    failure_type: None | str | Unset = UNSET
    messages: list[JobStatusMessage] | Unset = UNSET
    inputs: JobStatusInputs | Unset = UNSET
    posted_data: JobStatusPostedData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic = self.analytic

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        state = self.state

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        complete_time: None | str | Unset
        if isinstance(self.complete_time, Unset):
            complete_time = UNSET
        elif isinstance(self.complete_time, datetime.datetime):
            complete_time = self.complete_time.isoformat()
        else:
            complete_time = self.complete_time

        fail_time: None | str | Unset
        if isinstance(self.fail_time, Unset):
            fail_time = UNSET
        elif isinstance(self.fail_time, datetime.datetime):
            fail_time = self.fail_time.isoformat()
        else:
            fail_time = self.fail_time

        failure_type: None | str | Unset
        if isinstance(self.failure_type, Unset):
            failure_type = UNSET
        else:
            failure_type = self.failure_type

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        posted_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.posted_data, Unset):
            posted_data = self.posted_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analytic is not UNSET:
            field_dict["analytic"] = analytic
        if version is not UNSET:
            field_dict["version"] = version
        if state is not UNSET:
            field_dict["state"] = state
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if complete_time is not UNSET:
            field_dict["complete_time"] = complete_time
        if fail_time is not UNSET:
            field_dict["fail_time"] = fail_time
        if failure_type is not UNSET:
            field_dict["failure_type"] = failure_type
        if messages is not UNSET:
            field_dict["messages"] = messages
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if posted_data is not UNSET:
            field_dict["posted_data"] = posted_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analytic = d.pop("analytic", UNSET)

        version = cast("None | str | Unset", d.pop("version", UNSET))

        state = d.pop("state", UNSET)

        _start_time_data = d.pop("start_time", UNSET)
        if _start_time_data is None or isinstance(_start_time_data, Unset):
            start_time = _start_time_data
        else:
            try:
                if not isinstance(_start_time_data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(_start_time_data)

                start_time = start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast(datetime.datetime | None | Unset, _start_time_data)

        _complete_time_data = d.pop("complete_time", UNSET)
        if _complete_time_data is None or isinstance(_complete_time_data, Unset):
            complete_time = _complete_time_data
        else:
            try:
                if not isinstance(_complete_time_data, str):
                    raise TypeError()
                complete_time_type_0 = datetime.datetime.fromisoformat(_complete_time_data)

                complete_time = complete_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                complete_time = cast(datetime.datetime | None | Unset, _complete_time_data)

        _fail_time_data = d.pop("fail_time", UNSET)
        if _fail_time_data is None or isinstance(_fail_time_data, Unset):
            fail_time = _fail_time_data
        else:
            try:
                if not isinstance(_fail_time_data, str):
                    raise TypeError()
                fail_time_type_0 = datetime.datetime.fromisoformat(_fail_time_data)

                fail_time = fail_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fail_time = cast(datetime.datetime | None | Unset, _fail_time_data)

        failure_type = cast("None | str | Unset", d.pop("failure_type", UNSET))

        _messages = d.pop("messages", UNSET)
        messages: list[JobStatusMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = JobStatusMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _inputs = d.pop("inputs", UNSET)
        inputs: JobStatusInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = JobStatusInputs.from_dict(_inputs)

        _posted_data = d.pop("posted_data", UNSET)
        posted_data: JobStatusPostedData | Unset
        if isinstance(_posted_data, Unset):
            posted_data = UNSET
        else:
            posted_data = JobStatusPostedData.from_dict(_posted_data)

        job_status = cls(
            analytic=analytic,
            version=version,
            state=state,
            start_time=start_time,
            complete_time=complete_time,
            fail_time=fail_time,
            failure_type=failure_type,
            messages=messages,
            inputs=inputs,
            posted_data=posted_data,
        )

        job_status.additional_properties = d
        return job_status

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


from ..models.job_status_inputs import JobStatusInputs
from ..models.job_status_message import JobStatusMessage
from ..models.job_status_posted_data import JobStatusPostedData
