from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_fields import ContactFields
    from ..models.object_ref import ObjectRef


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        uuid (str):
        name (None | str):
        language (None | str):
        urns (list[str]):
        groups (list[ObjectRef]):
        fields (ContactFields): Contact field values keyed by field key; values are strings, numbers or null.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        status (str | Unset): `active`, `blocked`, `stopped` or `archived`.
        flow (None | ObjectRef | Unset): The flow the contact is currently in, if any.
        blocked (bool | Unset): Older servers only (superseded by `status`).
        stopped (bool | Unset): Older servers only (superseded by `status`).
        last_seen_on (datetime.datetime | None | Unset):
    """

    uuid: str
    name: None | str
    language: None | str
    urns: list[str]
    groups: list[ObjectRef]
    fields: ContactFields
    created_on: datetime.datetime
    modified_on: datetime.datetime
    status: str | Unset = UNSET
    flow: None | ObjectRef | Unset = UNSET
    blocked: bool | Unset = UNSET
    stopped: bool | Unset = UNSET
    last_seen_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_ref import ObjectRef

        uuid = self.uuid

        name: None | str
        name = self.name

        language: None | str
        language = self.language

        urns = self.urns

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        fields = self.fields.to_dict()

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        status = self.status

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, ObjectRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        blocked = self.blocked

        stopped = self.stopped

        last_seen_on: None | str | Unset
        if isinstance(self.last_seen_on, Unset):
            last_seen_on = UNSET
        elif isinstance(self.last_seen_on, datetime.datetime):
            last_seen_on = self.last_seen_on.isoformat()
        else:
            last_seen_on = self.last_seen_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "language": language,
                "urns": urns,
                "groups": groups,
                "fields": fields,
                "created_on": created_on,
                "modified_on": modified_on,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if flow is not UNSET:
            field_dict["flow"] = flow
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if last_seen_on is not UNSET:
            field_dict["last_seen_on"] = last_seen_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_fields import ContactFields
        from ..models.object_ref import ObjectRef

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        urns = cast(list[str], d.pop("urns"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ObjectRef.from_dict(groups_item_data)

            groups.append(groups_item)

        fields = ContactFields.from_dict(d.pop("fields"))

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        modified_on = datetime.datetime.fromisoformat(d.pop("modified_on"))

        status = d.pop("status", UNSET)

        def _parse_flow(data: object) -> None | ObjectRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_0 = ObjectRef.from_dict(data)

                return flow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectRef | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

        blocked = d.pop("blocked", UNSET)

        stopped = d.pop("stopped", UNSET)

        def _parse_last_seen_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_on_type_0 = datetime.datetime.fromisoformat(data)

                return last_seen_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen_on = _parse_last_seen_on(d.pop("last_seen_on", UNSET))

        contact = cls(
            uuid=uuid,
            name=name,
            language=language,
            urns=urns,
            groups=groups,
            fields=fields,
            created_on=created_on,
            modified_on=modified_on,
            status=status,
            flow=flow,
            blocked=blocked,
            stopped=stopped,
            last_seen_on=last_seen_on,
        )

        contact.additional_properties = d
        return contact

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
