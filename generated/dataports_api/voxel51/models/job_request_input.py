from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_compute_mode import JobComputeMode, check_job_compute_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_request_input_inputs import JobRequestInputInputs
    from ..models.job_request_input_parameters import JobRequestInputParameters


T = TypeVar("T", bound="JobRequestInput")


@_attrs_define
class JobRequestInput:
    """The job request JSON to serialize into the `file` part of `upload_job_request`. Key order used by the
    classic client: `analytic`, `version` (only when set), `compute_mode` (only when set), `inputs`,
    `parameters`.

    Attributes:
        analytic (str): Name of the analytic to run, e.g. `voxel51/vehicle-sense`.
        inputs (JobRequestInputInputs): Input name to `{"data-id": "<data id>"}`.
        parameters (JobRequestInputParameters): Parameter name to a JSON value, or to `{"data-id": "<data id>"}` for
            data parameters.
        version (str | Unset): Version of the analytic; omit for the latest.
        compute_mode (JobComputeMode | Unset): The compute mode requested for a job.
    """

    analytic: str
    inputs: JobRequestInputInputs
    parameters: JobRequestInputParameters
    version: str | Unset = UNSET
    compute_mode: JobComputeMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic = self.analytic

        inputs = self.inputs.to_dict()

        parameters = self.parameters.to_dict()

        version = self.version

        compute_mode: str | Unset = UNSET
        if not isinstance(self.compute_mode, Unset):
            compute_mode = self.compute_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytic": analytic,
                "inputs": inputs,
                "parameters": parameters,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if compute_mode is not UNSET:
            field_dict["compute_mode"] = compute_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analytic = d.pop("analytic")

        inputs = JobRequestInputInputs.from_dict(d.pop("inputs"))

        parameters = JobRequestInputParameters.from_dict(d.pop("parameters"))

        version = d.pop("version", UNSET)

        _compute_mode = d.pop("compute_mode", UNSET)
        compute_mode: JobComputeMode | Unset
        if isinstance(_compute_mode, Unset):
            compute_mode = UNSET
        else:
            compute_mode = check_job_compute_mode(_compute_mode)

        job_request_input = cls(
            analytic=analytic,
            inputs=inputs,
            parameters=parameters,
            version=version,
            compute_mode=compute_mode,
        )

        job_request_input.additional_properties = d
        return job_request_input

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


from ..models.job_request_input_inputs import JobRequestInputInputs
from ..models.job_request_input_parameters import JobRequestInputParameters
