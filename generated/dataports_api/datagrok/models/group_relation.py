from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="GroupRelation")


@_attrs_define
class GroupRelation:
    """Membership of `child` in `parent`. Servers always send both `parent` and `child` keys (the resource
    client indexes them directly), one of them usually null: the group the relation is embedded in.
    On save each relation needs a non-null `id`, and `parent`/`child` may carry just the other group's `id`.

    Attributes:
        id (None | str | Unset): The relation's ID (UUID).
        is_admin (bool | None | Unset): Whether `child` administers `parent`. The server sends null (or omits it) for
            non-admins.
        parent (Group | None | Unset): The containing group.
        child (Group | None | Unset): The member group.
    """

    id: None | str | Unset = UNSET
    is_admin: bool | None | Unset = UNSET
    parent: Group | None | Unset = UNSET
    child: Group | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_admin: bool | None | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Group):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        child: dict[str, Any] | None | Unset
        if isinstance(self.child, Unset):
            child = UNSET
        elif isinstance(self.child, Group):
            child = self.child.to_dict()
        else:
            child = self.child

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if parent is not UNSET:
            field_dict["parent"] = parent
        if child is not UNSET:
            field_dict["child"] = child

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        is_admin = cast("bool | None | Unset", d.pop("isAdmin", UNSET))

        _parent_data = d.pop("parent", UNSET)
        if _parent_data is None or isinstance(_parent_data, Unset):
            parent = _parent_data
        else:
            try:
                if not isinstance(_parent_data, dict):
                    raise TypeError()
                parent_type_0 = Group.from_dict(_parent_data)

                parent = parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parent = cast(Group | None | Unset, _parent_data)

        _child_data = d.pop("child", UNSET)
        if _child_data is None or isinstance(_child_data, Unset):
            child = _child_data
        else:
            try:
                if not isinstance(_child_data, dict):
                    raise TypeError()
                child_type_0 = Group.from_dict(_child_data)

                child = child_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                child = cast(Group | None | Unset, _child_data)

        group_relation = cls(
            id=id,
            is_admin=is_admin,
            parent=parent,
            child=child,
        )

        group_relation.additional_properties = d
        return group_relation

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
    def isAdmin(self) -> bool | None | Unset:
        """``is_admin`` under its wire name."""
        return self.is_admin

    @isAdmin.setter
    def isAdmin(self, value: bool | None | Unset) -> None:
        self.is_admin = value


from ..models.group import Group
