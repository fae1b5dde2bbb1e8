from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="GroupMembershipRequest")


@_attrs_define
class GroupMembershipRequest:
    """A request by `from` (usually a personal group) to join `to`.

    Attributes:
        id (None | str | Unset): The request's ID (UUID).
        approved (bool | None | Unset): Null while pending, then whether it was approved.
        created_on (None | str | Unset): ISO 8601.
        updated_on (None | str | Unset): ISO 8601.
        resolution_date (None | str | Unset): When it was approved or denied, ISO 8601; null while pending.
        from_ (Group | None | Unset): The requesting group.
        to (Group | None | Unset): The group asked to be joined.
    """

    id: None | str | Unset = UNSET
    approved: bool | None | Unset = UNSET
    created_on: None | str | Unset = UNSET
    updated_on: None | str | Unset = UNSET
    resolution_date: None | str | Unset = UNSET
    from_: Group | None | Unset = UNSET
    to: Group | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        else:
            created_on = self.created_on

        updated_on: None | str | Unset
        if isinstance(self.updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = self.updated_on

        resolution_date: None | str | Unset
        if isinstance(self.resolution_date, Unset):
            resolution_date = UNSET
        else:
            resolution_date = self.resolution_date

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, Group):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        to: dict[str, Any] | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, Group):
            to = self.to.to_dict()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if approved is not UNSET:
            field_dict["approved"] = approved
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on
        if resolution_date is not UNSET:
            field_dict["resolutionDate"] = resolution_date
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        approved = cast("bool | None | Unset", d.pop("approved", UNSET))

        created_on = cast("None | str | Unset", d.pop("createdOn", UNSET))

        updated_on = cast("None | str | Unset", d.pop("updatedOn", UNSET))

        resolution_date = cast("None | str | Unset", d.pop("resolutionDate", UNSET))

        _from__data = d.pop("from", UNSET)
        if _from__data is None or isinstance(_from__data, Unset):
            from_ = _from__data
        else:
            try:
                if not isinstance(_from__data, dict):
                    raise TypeError()
                from_type_0 = Group.from_dict(_from__data)

                from_ = from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                from_ = cast(Group | None | Unset, _from__data)

        _to_data = d.pop("to", UNSET)
        if _to_data is None or isinstance(_to_data, Unset):
            to = _to_data
        else:
            try:
                if not isinstance(_to_data, dict):
                    raise TypeError()
                to_type_0 = Group.from_dict(_to_data)

                to = to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                to = cast(Group | None | Unset, _to_data)

        group_membership_request = cls(
            id=id,
            approved=approved,
            created_on=created_on,
            updated_on=updated_on,
            resolution_date=resolution_date,
            from_=from_,
            to=to,
        )

        group_membership_request.additional_properties = d
        return group_membership_request

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
    def createdOn(self) -> None | str | Unset:
        """``created_on`` under its wire name."""
        return self.created_on

    @createdOn.setter
    def createdOn(self, value: None | str | Unset) -> None:
        self.created_on = value

    @property
    def updatedOn(self) -> None | str | Unset:
        """``updated_on`` under its wire name."""
        return self.updated_on

    @updatedOn.setter
    def updatedOn(self, value: None | str | Unset) -> None:
        self.updated_on = value

    @property
    def resolutionDate(self) -> None | str | Unset:
        """``resolution_date`` under its wire name."""
        return self.resolution_date

    @resolutionDate.setter
    def resolutionDate(self, value: None | str | Unset) -> None:
        self.resolution_date = value


from ..models.group import Group
