from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.flow_result import FlowResult
    from ..models.flow_runs import FlowRuns
    from ..models.object_ref import ObjectRef
if TYPE_CHECKING:
    from ..models.flow_result import FlowResult as _FlowResult
    from ..models.flow_runs import FlowRuns as _Runs


#: The keys a Flow in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "name",
        "archived",
        "created_on",
    }
)
#: The keys a Flow declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "name",
        "archived",
        "created_on",
        "type",
        "labels",
        "expires",
        "runs",
        "results",
        "parent_refs",
        "modified_on",
    }
)


T = TypeVar("T", bound="Flow")


@_attrs_define(slots=False, unsafe_hash=False)
class Flow(ClassicObject):
    """A flow: a messaging, voice, background or survey workflow contacts are started in. GET /api/v2/flows.json.

    Attributes:
        uuid (str):
        name (str):
        archived (bool):
        created_on (datetime.datetime):
        type_ (str | Unset): `message`, `voice`, `background` or `survey`.
        labels (list[ObjectRef] | Unset): Labels the flow is filed under.
        expires (int | None | Unset): Minutes of inactivity before a run expires.
        runs (FlowRuns | Unset): Counts of a flow's runs by state.
        results (list[FlowResult] | Unset): The results the flow saves.
        parent_refs (list[str] | Unset): Keys of the parent flow's results that this flow refers to.
        modified_on (datetime.datetime | Unset):
    """

    FlowResult: ClassVar[type[_FlowResult]]
    Runs: ClassVar[type[_Runs]]

    uuid: str
    name: str
    archived: bool
    created_on: datetime.datetime
    type_: str | None = None
    labels: list[ObjectRef] | None = None
    expires: int | None = None
    runs: FlowRuns | None = None
    results: list[FlowResult] | None = None
    parent_refs: list[str] | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        archived = self.archived

        created_on = self.created_on.isoformat()

        if self.type_ is None:
            type_ = UNSET
        else:
            type_ = self.type_

        if self.labels is None:
            labels = UNSET
        else:
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

        if self.runs is None:
            runs = UNSET
        else:
            runs: dict[str, Any] | Unset = UNSET
            if not isinstance(self.runs, Unset):
                runs = self.runs.to_dict()

        if self.results is None:
            results = UNSET
        else:
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
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("uuid" in src_dict and "name" in src_dict and "archived" in src_dict and "created_on" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        flow = object.__new__(cls)
        flow._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return flow

    @classmethod
    def from_dicts(cls: type[T], src_dicts: list[Any]) -> list[T]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[T] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not ("uuid" in src_dict and "name" in src_dict and "archived" in src_dict and "created_on" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            flow = new(cls)
            flow._wire_ = src_dict
            append(flow)
        return built

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

    @type.setter
    def type(self, value: str | Unset) -> None:
        self.type_ = value


from ..models.flow_result import FlowResult
from ..models.flow_runs import FlowRuns
from ..models.object_ref import ObjectRef

Flow._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("archived", "archived", "bool", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("type_", "type", "value", None, None, None),
    ("labels", "labels", "object_list", ObjectRef, None, None),
    ("expires", "expires", "int", None, None, None),
    ("runs", "runs", "object", FlowRuns, None, None),
    ("results", "results", "object_list", FlowResult, None, None),
    ("parent_refs", "parent_refs", "list", None, None, UNSET),
    ("modified_on", "modified_on", "datetime", None, None, UNSET),
)
Flow._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("type", "type_"),
    ("archived", "archived"),
    ("labels", "labels"),
    ("expires", "expires"),
    ("created_on", "created_on"),
    ("runs", "runs"),
    ("results", "results"),
)
Flow._keeps_extra_ = True
Flow.FlowResult = FlowResult
Flow.Runs = FlowRuns


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_archived(src_dict: Mapping[str, Any]) -> Any:
    archived = src_dict["archived"]
    return archived


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict.get("type", UNSET)
    if type_ is UNSET:
        type_ = None
    return type_


def _read_labels(src_dict: Mapping[str, Any]) -> Any:
    _labels = src_dict.get("labels", UNSET)
    labels: list[ObjectRef] | Unset = UNSET
    if _labels is not UNSET:
        labels = []
        for labels_item_data in _labels:
            labels_item = ObjectRef.from_dict(labels_item_data)

            labels.append(labels_item)

    if labels is UNSET:
        labels = None
    return labels


def _read_expires(src_dict: Mapping[str, Any]) -> Any:
    expires = cast("int | None | Unset", src_dict.get("expires", UNSET))

    if expires is UNSET:
        expires = None
    return expires


def _read_runs(src_dict: Mapping[str, Any]) -> Any:
    _runs = src_dict.get("runs", UNSET)
    runs: FlowRuns | Unset
    if isinstance(_runs, Unset):
        runs = UNSET
    else:
        runs = FlowRuns.from_dict(_runs)

    if runs is UNSET:
        runs = None
    return runs


def _read_results(src_dict: Mapping[str, Any]) -> Any:
    _results = src_dict.get("results", UNSET)
    results: list[FlowResult] | Unset = UNSET
    if _results is not UNSET:
        results = []
        for results_item_data in _results:
            results_item = FlowResult.from_dict(results_item_data)

            results.append(results_item)

    if results is UNSET:
        results = None
    return results


def _read_parent_refs(src_dict: Mapping[str, Any]) -> Any:
    parent_refs = cast("list[str]", src_dict.get("parent_refs", UNSET))

    return parent_refs


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    _modified_on = src_dict.get("modified_on", UNSET)
    modified_on: datetime.datetime | Unset
    if isinstance(_modified_on, Unset):
        modified_on = UNSET
    else:
        modified_on = aware_datetime(_modified_on)

    return modified_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Flow,
    {
        "uuid": _read_uuid,
        "name": _read_name,
        "archived": _read_archived,
        "created_on": _read_created_on,
        "type_": _read_type_,
        "labels": _read_labels,
        "expires": _read_expires,
        "runs": _read_runs,
        "results": _read_results,
        "parent_refs": _read_parent_refs,
        "modified_on": _read_modified_on,
        "additional_properties": _read_additional_properties,
    },
)
