from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytic_doc_info import AnalyticDocInfo
    from ..models.analytic_doc_input import AnalyticDocInput
    from ..models.analytic_doc_output import AnalyticDocOutput
    from ..models.analytic_doc_parameter import AnalyticDocParameter


T = TypeVar("T", bound="AnalyticDoc")


@_attrs_define
class AnalyticDoc:
    """Analytic documentation JSON: `{"info", "inputs", "outputs", "parameters"}`.

    Attributes:
        info (AnalyticDocInfo | Unset): The `info` section of an analytic's documentation: name, version, description,
            CPU and GPU support.
        inputs (list[AnalyticDocInput] | Unset):
        outputs (list[AnalyticDocOutput] | Unset):
        parameters (list[AnalyticDocParameter] | Unset):
        zip_outputs (bool | Unset): Whether the job output is a zip of all outputs.
    """

    info: AnalyticDocInfo | Unset = UNSET
    inputs: list[AnalyticDocInput] | Unset = UNSET
    outputs: list[AnalyticDocOutput] | Unset = UNSET
    parameters: list[AnalyticDocParameter] | Unset = UNSET
    zip_outputs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        zip_outputs = self.zip_outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["info"] = info
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if zip_outputs is not UNSET:
            field_dict["zip_outputs"] = zip_outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _info = d.pop("info", UNSET)
        info: AnalyticDocInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = AnalyticDocInfo.from_dict(_info)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[AnalyticDocInput] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = AnalyticDocInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[AnalyticDocOutput] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = AnalyticDocOutput.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[AnalyticDocParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = AnalyticDocParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        zip_outputs = d.pop("zip_outputs", UNSET)

        analytic_doc = cls(
            info=info,
            inputs=inputs,
            outputs=outputs,
            parameters=parameters,
            zip_outputs=zip_outputs,
        )

        analytic_doc.additional_properties = d
        return analytic_doc

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


from ..models.analytic_doc_info import AnalyticDocInfo
from ..models.analytic_doc_input import AnalyticDocInput
from ..models.analytic_doc_output import AnalyticDocOutput
from ..models.analytic_doc_parameter import AnalyticDocParameter
