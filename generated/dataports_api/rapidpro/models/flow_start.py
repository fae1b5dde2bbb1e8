from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.flow_start_extra_type_0 import FlowStartExtraType0
    from ..models.flow_start_params_type_0 import FlowStartParamsType0
    from ..models.object_ref import ObjectRef


#: The keys a FlowStart in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "flow",
        "groups",
        "contacts",
        "status",
        "created_on",
    }
)
#: The keys a FlowStart declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "flow",
        "groups",
        "contacts",
        "status",
        "created_on",
        "id",
        "restart_participants",
        "exclude_active",
        "extra",
        "params",
        "modified_on",
    }
)


T = TypeVar("T", bound="FlowStart")


@_attrs_define(slots=False, unsafe_hash=False)
class FlowStart(ClassicObject):
    """A request to start contacts, groups and URNs in a flow, with its status. GET and POST /api/v2/flow_starts.json.

    Attributes:
        uuid (str):
        flow (ObjectRef): Reference to another object by UUID and name.
        groups (list[ObjectRef]): The groups whose contacts were started.
        contacts (list[ObjectRef]): The contacts that were started.
        status (str): `pending`, `starting`, `complete` or `failed`.
        created_on (datetime.datetime):
        id (int | Unset):
        restart_participants (bool | Unset): Whether contacts who were already in the flow are started again.
        exclude_active (bool | Unset): Whether contacts currently in a flow are left out.
        extra (FlowStartExtraType0 | None | Unset): Older servers' name for `params`.
        params (FlowStartParamsType0 | None | Unset): Extra parameters passed to the flow.
        modified_on (datetime.datetime | Unset):
    """

    uuid: str
    flow: ObjectRef
    groups: list[ObjectRef]
    contacts: list[ObjectRef]
    status: str
    created_on: datetime.datetime
    id: int | Unset = UNSET
    restart_participants: bool | None = None
    exclude_active: bool | None = None
    extra: FlowStartExtraType0 | None | Unset = UNSET
    params: FlowStartParamsType0 | None = None
    modified_on: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        flow = self.flow.to_dict()

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        status = self.status

        created_on = self.created_on.isoformat()

        id = self.id

        if self.restart_participants is None:
            restart_participants = UNSET
        else:
            restart_participants = self.restart_participants

        if self.exclude_active is None:
            exclude_active = UNSET
        else:
            exclude_active = self.exclude_active

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, FlowStartExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, FlowStartParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        if self.modified_on is None:
            modified_on = UNSET
        else:
            modified_on: str | Unset = UNSET
            if not isinstance(self.modified_on, Unset):
                modified_on = self.modified_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "flow": flow,
                "groups": groups,
                "contacts": contacts,
                "status": status,
                "created_on": created_on,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if restart_participants is not UNSET:
            field_dict["restart_participants"] = restart_participants
        if exclude_active is not UNSET:
            field_dict["exclude_active"] = exclude_active
        if extra is not UNSET:
            field_dict["extra"] = extra
        if params is not UNSET:
            field_dict["params"] = params
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "flow" in src_dict
            and "groups" in src_dict
            and "contacts" in src_dict
            and "status" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        flow_start = object.__new__(cls)
        flow_start._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return flow_start

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
            if not (
                "uuid" in src_dict
                and "flow" in src_dict
                and "groups" in src_dict
                and "contacts" in src_dict
                and "status" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            flow_start = new(cls)
            flow_start._wire_ = src_dict
            append(flow_start)
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


from ..models.flow_start_extra_type_0 import FlowStartExtraType0
from ..models.flow_start_params_type_0 import FlowStartParamsType0
from ..models.object_ref import ObjectRef

FlowStart._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("flow", "flow", "object", ObjectRef, None, None),
    ("groups", "groups", "object_list", ObjectRef, None, None),
    ("contacts", "contacts", "object_list", ObjectRef, None, None),
    ("status", "status", "value", None, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("id", "id", "int", None, None, UNSET),
    ("restart_participants", "restart_participants", "bool", None, None, None),
    ("exclude_active", "exclude_active", "bool", None, None, None),
    ("extra", "extra", "object", FlowStartExtraType0, None, UNSET),
    ("params", "params", "object", FlowStartParamsType0, None, None),
    ("modified_on", "modified_on", "datetime", None, None, None),
)
FlowStart._classic_ = (
    ("uuid", "uuid"),
    ("flow", "flow"),
    ("groups", "groups"),
    ("contacts", "contacts"),
    ("status", "status"),
    ("restart_participants", "restart_participants"),
    ("exclude_active", "exclude_active"),
    ("params", "params"),
    ("created_on", "created_on"),
    ("modified_on", "modified_on"),
)
FlowStart._keeps_extra_ = True


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_flow(src_dict: Mapping[str, Any]) -> Any:
    flow = ObjectRef.from_dict(src_dict["flow"])

    return flow


def _read_groups(src_dict: Mapping[str, Any]) -> Any:
    groups = []
    _groups = src_dict["groups"]
    for groups_item_data in _groups:
        groups_item = ObjectRef.from_dict(groups_item_data)

        groups.append(groups_item)

    return groups


def _read_contacts(src_dict: Mapping[str, Any]) -> Any:
    contacts = []
    _contacts = src_dict["contacts"]
    for contacts_item_data in _contacts:
        contacts_item = ObjectRef.from_dict(contacts_item_data)

        contacts.append(contacts_item)

    return contacts


def _read_status(src_dict: Mapping[str, Any]) -> Any:
    status = src_dict["status"]
    return status


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_id(src_dict: Mapping[str, Any]) -> Any:
    id = src_dict.get("id", UNSET)
    return id


def _read_restart_participants(src_dict: Mapping[str, Any]) -> Any:
    restart_participants = src_dict.get("restart_participants", UNSET)
    if restart_participants is UNSET:
        restart_participants = None
    return restart_participants


def _read_exclude_active(src_dict: Mapping[str, Any]) -> Any:
    exclude_active = src_dict.get("exclude_active", UNSET)
    if exclude_active is UNSET:
        exclude_active = None
    return exclude_active


def _read_extra(src_dict: Mapping[str, Any]) -> Any:
    _extra_data = src_dict.get("extra", UNSET)
    if _extra_data is None or isinstance(_extra_data, Unset):
        extra = _extra_data
    else:
        try:
            if not isinstance(_extra_data, dict):
                raise TypeError()
            extra_type_0 = FlowStartExtraType0.from_dict(_extra_data)

            extra = extra_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            extra = cast(FlowStartExtraType0 | None | Unset, _extra_data)

    return extra


def _read_params(src_dict: Mapping[str, Any]) -> Any:
    _params_data = src_dict.get("params", UNSET)
    if _params_data is None or isinstance(_params_data, Unset):
        params = _params_data
    else:
        try:
            if not isinstance(_params_data, dict):
                raise TypeError()
            params_type_0 = FlowStartParamsType0.from_dict(_params_data)

            params = params_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            params = cast(FlowStartParamsType0 | None | Unset, _params_data)

    if params is UNSET:
        params = None
    return params


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    _modified_on = src_dict.get("modified_on", UNSET)
    modified_on: datetime.datetime | Unset
    if isinstance(_modified_on, Unset):
        modified_on = UNSET
    else:
        modified_on = aware_datetime(_modified_on)

    if modified_on is UNSET:
        modified_on = None
    return modified_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    FlowStart,
    {
        "uuid": _read_uuid,
        "flow": _read_flow,
        "groups": _read_groups,
        "contacts": _read_contacts,
        "status": _read_status,
        "created_on": _read_created_on,
        "id": _read_id,
        "restart_participants": _read_restart_participants,
        "exclude_active": _read_exclude_active,
        "extra": _read_extra,
        "params": _read_params,
        "modified_on": _read_modified_on,
        "additional_properties": _read_additional_properties,
    },
)
