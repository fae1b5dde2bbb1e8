from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_request_inputs import JobRequestInputs
    from ..models.job_request_parameters import JobRequestParameters


T = TypeVar("T", bound="JobRequest")


@_attrs_define
class JobRequest:
    """A job request as stored by the platform. Inputs map input names to `{"data-id": "<data id>"}`;
    parameters map names to plain JSON values or, for data parameters, to `{"data-id": "<data id>"}`.

    Attributes:
        analytic (str | Unset): Name of the analytic to run.
        version (None | str | Unset): Version of the analytic; the latest when absent.
        compute_mode (None | str | Unset): `CPU`, `GPU` or `BEST` (the default when absent).
        inputs (JobRequestInputs | Unset): Input name to `{"data-id": "<data id>"}`.
        parameters (JobRequestParameters | Unset): Parameter name to a JSON value, or to `{"data-id": "<data id>"}` for
            data parameters.
    """

    analytic: str | Unset = UNSET
    version: None | str | Unset = UNSET
    compute_mode: None | str | Unset = UNSET
    inputs: JobRequestInputs | Unset = UNSET
    parameters: JobRequestParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic = self.analytic

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        compute_mode: None | str | Unset
        if isinstance(self.compute_mode, Unset):
            compute_mode = UNSET
        else:
            compute_mode = self.compute_mode

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analytic is not UNSET:
            field_dict["analytic"] = analytic
        if version is not UNSET:
            field_dict["version"] = version
        if compute_mode is not UNSET:
            field_dict["compute_mode"] = compute_mode
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analytic = d.pop("analytic", UNSET)

        version = cast("None | str | Unset", d.pop("version", UNSET))

        compute_mode = cast("None | str | Unset", d.pop("compute_mode", UNSET))

        _inputs = d.pop("inputs", UNSET)
        inputs: JobRequestInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = JobRequestInputs.from_dict(_inputs)

        _parameters = d.pop("parameters", UNSET)
        parameters: JobRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobRequestParameters.from_dict(_parameters)

        job_request = cls(
            analytic=analytic,
            version=version,
            compute_mode=compute_mode,
            inputs=inputs,
            parameters=parameters,
        )

        job_request.additional_properties = d
        return job_request

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


from ..models.job_request_inputs import JobRequestInputs
from ..models.job_request_parameters import JobRequestParameters
