from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record import Record
    from ..models.sample_catalogue import SampleCatalogue


T = TypeVar("T", bound="Samples")


@_attrs_define
class Samples:
    """The sample catalogue, or one sample's records when `key` is given (`data` of GET /records/samples).

    Attributes:
        samples (list[Record] | SampleCatalogue): The catalogue (without `key`) or the sample's records (with `key`).
    """

    samples: list[Record] | SampleCatalogue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        samples: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.samples, SampleCatalogue):
            samples = self.samples.to_dict()
        else:
            samples = []
            for samples_type_1_item_data in self.samples:
                samples_type_1_item = samples_type_1_item_data.to_dict()
                samples.append(samples_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "samples": samples,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_samples(data: object) -> list[Record] | SampleCatalogue:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                samples_type_0 = SampleCatalogue.from_dict(data)

                return samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            samples_type_1 = []
            _samples_type_1 = data
            for samples_type_1_item_data in _samples_type_1:
                samples_type_1_item = Record.from_dict(samples_type_1_item_data)

                samples_type_1.append(samples_type_1_item)

            return samples_type_1

        samples = _parse_samples(d.pop("samples"))

        samples = cls(
            samples=samples,
        )

        samples.additional_properties = d
        return samples

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


from ..models.record import Record
from ..models.sample_catalogue import SampleCatalogue
