from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusMessage")


@_attrs_define
class JobStatusMessage:
    """One timestamped message of a job's status.

    Attributes:
        message (str | Unset):
        time (datetime.datetime | None | Unset):
    """

    message: str | Unset = UNSET
    time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, datetime.datetime):
            time = self.time.isoformat()
        else:
            time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _time_data = d.pop("time", UNSET)
        if _time_data is None or isinstance(_time_data, Unset):
            time = _time_data
        else:
            try:
                if not isinstance(_time_data, str):
                    raise TypeError()
                time_type_0 = datetime.datetime.fromisoformat(_time_data)

                time = time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time = cast(datetime.datetime | None | Unset, _time_data)

        job_status_message = cls(
            message=message,
            time=time,
        )

        job_status_message.additional_properties = d
        return job_status_message

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
