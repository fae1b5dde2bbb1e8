from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_start_write_extra import FlowStartWriteExtra
    from ..models.flow_start_write_params import FlowStartWriteParams


T = TypeVar("T", bound="FlowStartWrite")


@_attrs_define
class FlowStartWrite:
    """The body of POST /api/v2/flow_starts.json: the flow and the URNs, contacts and groups to start in it.

    Attributes:
        flow (str): Flow UUID.
        urns (list[str] | Unset): URNs to start, e.g. `tel:+250788123123`.
        contacts (list[str] | Unset): Contact UUIDs to start.
        groups (list[str] | Unset): Group UUIDs whose contacts to start.
        restart_participants (bool | int | Unset): A boolean flag. `true`/`false` and `1`/`0` are all accepted
            (rapidpro-python sends Python booleans as 1/0).
        exclude_active (bool | int | Unset): A boolean flag. `true`/`false` and `1`/`0` are all accepted (rapidpro-
            python sends Python booleans as 1/0).
        params (FlowStartWriteParams | Unset): Extra parameters passed to the flow.
        extra (FlowStartWriteExtra | Unset): Older servers' name for `params`.
    """

    flow: str
    urns: list[str] | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    restart_participants: bool | int | Unset = UNSET
    exclude_active: bool | int | Unset = UNSET
    params: FlowStartWriteParams | Unset = UNSET
    extra: FlowStartWriteExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow = self.flow

        urns: list[str] | Unset = UNSET
        if not isinstance(self.urns, Unset):
            urns = self.urns

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        restart_participants: bool | int | Unset
        if isinstance(self.restart_participants, Unset):
            restart_participants = UNSET
        else:
            restart_participants = self.restart_participants

        exclude_active: bool | int | Unset
        if isinstance(self.exclude_active, Unset):
            exclude_active = UNSET
        else:
            exclude_active = self.exclude_active

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow": flow,
            }
        )
        if urns is not UNSET:
            field_dict["urns"] = urns
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if groups is not UNSET:
            field_dict["groups"] = groups
        if restart_participants is not UNSET:
            field_dict["restart_participants"] = restart_participants
        if exclude_active is not UNSET:
            field_dict["exclude_active"] = exclude_active
        if params is not UNSET:
            field_dict["params"] = params
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow = d.pop("flow")

        urns = cast("list[str]", d.pop("urns", UNSET))

        contacts = cast("list[str]", d.pop("contacts", UNSET))

        groups = cast("list[str]", d.pop("groups", UNSET))

        restart_participants = cast("bool | int | Unset", d.pop("restart_participants", UNSET))

        exclude_active = cast("bool | int | Unset", d.pop("exclude_active", UNSET))

        _params = d.pop("params", UNSET)
        params: FlowStartWriteParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = FlowStartWriteParams.from_dict(_params)

        _extra = d.pop("extra", UNSET)
        extra: FlowStartWriteExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = FlowStartWriteExtra.from_dict(_extra)

        flow_start_write = cls(
            flow=flow,
            urns=urns,
            contacts=contacts,
            groups=groups,
            restart_participants=restart_participants,
            exclude_active=exclude_active,
            params=params,
            extra=extra,
        )

        flow_start_write.additional_properties = d
        return flow_start_write

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


from ..models.flow_start_write_extra import FlowStartWriteExtra
from ..models.flow_start_write_params import FlowStartWriteParams
