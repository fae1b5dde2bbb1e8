from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, install_lazy_fields, missing_keys

#: The keys a FlowResult in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "key",
        "name",
    }
)
#: The keys a FlowResult declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "key",
        "name",
        "categories",
        "node_uuids",
    }
)


T = TypeVar("T", bound="FlowResult")


@_attrs_define(slots=False, unsafe_hash=False)
class FlowResult(ClassicObject):
    """A result a flow saves: its key and name, its categories, and the UUIDs of the nodes that save it.

    Attributes:
        key (str): The result's key, under which runs' `values` hold it.
        name (str):
        categories (list[str] | Unset): Names of the categories the result's values are sorted into.
        node_uuids (list[str] | Unset):
    """

    key: str
    name: str
    categories: list[str] | None = None
    node_uuids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        if self.categories is None:
            categories = UNSET
        else:
            categories: list[str] | Unset = UNSET
            if not isinstance(self.categories, Unset):
                categories = self.categories

        if self.node_uuids is None:
            node_uuids = UNSET
        else:
            node_uuids: list[str] | Unset = UNSET
            if not isinstance(self.node_uuids, Unset):
                node_uuids = self.node_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if node_uuids is not UNSET:
            field_dict["node_uuids"] = node_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("key" in src_dict and "name" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        flow_result = object.__new__(cls)
        flow_result._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return flow_result

    @classmethod
    def from_dicts(cls, src_dicts: list[Any]) -> list[Self]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[Self] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not ("key" in src_dict and "name" in src_dict):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            flow_result = new(cls)
            flow_result._wire_ = src_dict
            append(flow_result)
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


FlowResult._fields_ = (
    ("key", "key", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("categories", "categories", "list", None, None, None),
    ("node_uuids", "node_uuids", "list", None, None, None),
)
FlowResult._classic_ = (
    ("key", "key"),
    ("name", "name"),
    ("categories", "categories"),
    ("node_uuids", "node_uuids"),
)
FlowResult._keeps_extra_ = True


def _read_key(src_dict: Mapping[str, Any]) -> Any:
    key = src_dict["key"]
    return key


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_categories(src_dict: Mapping[str, Any]) -> Any:
    categories = cast("list[str]", src_dict.get("categories", UNSET))

    if categories is UNSET:
        categories = None
    return categories


def _read_node_uuids(src_dict: Mapping[str, Any]) -> Any:
    node_uuids = cast("list[str]", src_dict.get("node_uuids", UNSET))

    if node_uuids is UNSET:
        node_uuids = None
    return node_uuids


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    FlowResult,
    {
        "key": _read_key,
        "name": _read_name,
        "categories": _read_categories,
        "node_uuids": _read_node_uuids,
        "additional_properties": _read_additional_properties,
    },
)
