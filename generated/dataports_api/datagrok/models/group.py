from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_relation import GroupRelation


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A group of users and other groups. Every user has a personal group (`personal: true`) standing for
    them in memberships and shares. `children` are the group's member relations (non-admin members and
    admins), `parents` its membership relations; both are empty or null unless embedded (`include`, or
    a single-group get).

    Attributes:
        id (None | str | Unset): The group's ID (UUID).
        name (None | str | Unset): The group's name (a user's login for a personal group).
        friendly_name (None | str | Unset): Display name.
        description (None | str | Unset):
        namespace (None | str | Unset): Namespace prefix of the Grok name, when the group has one.
        created_on (None | str | Unset): Creation time, ISO 8601 (e.g. `2025-04-29T09:53:40.502720Z`).
        updated_on (None | str | Unset): Last change, ISO 8601.
        personal (bool | None | Unset): Whether this is a user's personal group. Absent means false.
        hidden (bool | None | Unset): Whether the group is hidden from the UI. Absent means false.
        parents (list[GroupRelation] | None | Unset): Membership relations (this group as `child`). Null means none.
        children (list[GroupRelation] | None | Unset): Member relations (this group as `parent`). Null means none.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    created_on: None | str | Unset = UNSET
    updated_on: None | str | Unset = UNSET
    personal: bool | None | Unset = UNSET
    hidden: bool | None | Unset = UNSET
    parents: list[GroupRelation] | None | Unset = UNSET
    children: list[GroupRelation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

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

        personal: bool | None | Unset
        if isinstance(self.personal, Unset):
            personal = UNSET
        else:
            personal = self.personal

        hidden: bool | None | Unset
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        parents: list[dict[str, Any]] | None | Unset
        if isinstance(self.parents, Unset):
            parents = UNSET
        elif isinstance(self.parents, list):
            parents = []
            for parents_type_0_item_data in self.parents:
                parents_type_0_item = parents_type_0_item_data.to_dict()
                parents.append(parents_type_0_item)

        else:
            parents = self.parents

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        if description is not UNSET:
            field_dict["description"] = description
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on
        if personal is not UNSET:
            field_dict["personal"] = personal
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if parents is not UNSET:
            field_dict["parents"] = parents
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        name = cast("None | str | Unset", d.pop("name", UNSET))

        friendly_name = cast("None | str | Unset", d.pop("friendlyName", UNSET))

        description = cast("None | str | Unset", d.pop("description", UNSET))

        namespace = cast("None | str | Unset", d.pop("namespace", UNSET))

        created_on = cast("None | str | Unset", d.pop("createdOn", UNSET))

        updated_on = cast("None | str | Unset", d.pop("updatedOn", UNSET))

        personal = cast("bool | None | Unset", d.pop("personal", UNSET))

        hidden = cast("bool | None | Unset", d.pop("hidden", UNSET))

        _parents_data = d.pop("parents", UNSET)
        if _parents_data is None or isinstance(_parents_data, Unset):
            parents = _parents_data
        else:
            try:
                if not isinstance(_parents_data, list):
                    raise TypeError()
                parents_type_0 = []
                _parents_type_0 = _parents_data
                for parents_type_0_item_data in _parents_type_0:
                    parents_type_0_item = GroupRelation.from_dict(parents_type_0_item_data)

                    parents_type_0.append(parents_type_0_item)

                parents = parents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                parents = cast(list[GroupRelation] | None | Unset, _parents_data)

        _children_data = d.pop("children", UNSET)
        if _children_data is None or isinstance(_children_data, Unset):
            children = _children_data
        else:
            try:
                if not isinstance(_children_data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = _children_data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = GroupRelation.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                children = children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                children = cast(list[GroupRelation] | None | Unset, _children_data)

        group = cls(
            id=id,
            name=name,
            friendly_name=friendly_name,
            description=description,
            namespace=namespace,
            created_on=created_on,
            updated_on=updated_on,
            personal=personal,
            hidden=hidden,
            parents=parents,
            children=children,
        )

        group.additional_properties = d
        return group

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
    def friendlyName(self) -> None | str | Unset:
        """``friendly_name`` under its wire name."""
        return self.friendly_name

    @friendlyName.setter
    def friendlyName(self, value: None | str | Unset) -> None:
        self.friendly_name = value

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


from ..models.group_relation import GroupRelation
