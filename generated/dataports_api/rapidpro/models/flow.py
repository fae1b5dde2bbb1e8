from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_result import FlowResult
    from ..models.flow_runs import FlowRuns
    from ..models.object_ref import ObjectRef


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """
    Attributes:
        uuid (str):
        name (str):
        archived (bool):
        created_on (datetime.datetime):
        type_ (str | Unset): `message`, `voice`, `background` or `survey`.
        labels (list[ObjectRef] | Unset):
        expires (int | None | Unset): Minutes of inactivity before a run expires.
        runs (FlowRuns | Unset):
        results (list[FlowResult] | Unset):
        parent_refs (list[str] | Unset):
        modified_on (datetime.datetime | Unset):
    """

    uuid: str
    name: str
    archived: bool
    created_on: datetime.datetime
    type_: str | Unset = UNSET
    labels: list[ObjectRef] | Unset = UNSET
    expires: int | None | Unset = UNSET
    runs: FlowRuns | Unset = UNSET
    results: list[FlowResult] | Unset = UNSET
    parent_refs: list[str] | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        archived = self.archived

        created_on = self.created_on.isoformat()

        type_ = self.type_

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        expires: int | None | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        else:
            expires = self.expires

        runs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = self.runs.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        parent_refs: list[str] | Unset = UNSET
        if not isinstance(self.parent_refs, Unset):
            parent_refs = self.parent_refs

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "archived": archived,
                "created_on": created_on,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if labels is not UNSET:
            field_dict["labels"] = labels
        if expires is not UNSET:
            field_dict["expires"] = expires
        if runs is not UNSET:
            field_dict["runs"] = runs
        if results is not UNSET:
            field_dict["results"] = results
        if parent_refs is not UNSET:
            field_dict["parent_refs"] = parent_refs
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        archived = d.pop("archived")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        type_ = d.pop("type", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[ObjectRef] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = ObjectRef.from_dict(labels_item_data)

                labels.append(labels_item)

        expires = cast("int | None | Unset", d.pop("expires", UNSET))

        _runs = d.pop("runs", UNSET)
        runs: FlowRuns | Unset
        if isinstance(_runs, Unset):
            runs = UNSET
        else:
            runs = FlowRuns.from_dict(_runs)

        _results = d.pop("results", UNSET)
        results: list[FlowResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = FlowResult.from_dict(results_item_data)

                results.append(results_item)

        parent_refs = cast(list[str], d.pop("parent_refs", UNSET))

        _modified_on = d.pop("modified_on", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        flow = cls(
            uuid=uuid,
            name=name,
            archived=archived,
            created_on=created_on,
            type_=type_,
            labels=labels,
            expires=expires,
            runs=runs,
            results=results,
            parent_refs=parent_refs,
            modified_on=modified_on,
        )

        flow.additional_properties = d
        return flow

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

    @property
    def type(self) -> str | Unset:
        """``type_`` under its wire name."""
        return self.type_


from ..models.flow_result import FlowResult
from ..models.flow_runs import FlowRuns
from ..models.object_ref import ObjectRef
