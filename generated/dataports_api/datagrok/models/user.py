from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection import Connection
    from ..models.group import Group


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the platform.

    Attributes:
        id (None | str | Unset): The user's ID (UUID).
        name (None | str | Unset): Full name.
        friendly_name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        login (None | str | Unset):
        email (None | str | Unset):
        status (None | str | Unset): Account status: `new`, `active`, `blocked` or `guest`. The resource client requires
            one of these
            on every user it reads.
        namespace (None | str | Unset):
        created_on (None | str | Unset): ISO 8601.
        updated_on (None | str | Unset): ISO 8601.
        group (Group | None | Unset): The user's personal group (embedded with `include=group`).
        storage (Connection | None | Unset): The connection holding the user's home files.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    login: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    created_on: None | str | Unset = UNSET
    updated_on: None | str | Unset = UNSET
    group: Group | None | Unset = UNSET
    storage: Connection | None | Unset = UNSET
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

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, Group):
            group = self.group.to_dict()
        else:
            group = self.group

        storage: dict[str, Any] | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, Connection):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on
        if group is not UNSET:
            field_dict["group"] = group
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        name = cast("None | str | Unset", d.pop("name", UNSET))

        friendly_name = cast("None | str | Unset", d.pop("friendlyName", UNSET))

        first_name = cast("None | str | Unset", d.pop("firstName", UNSET))

        last_name = cast("None | str | Unset", d.pop("lastName", UNSET))

        login = cast("None | str | Unset", d.pop("login", UNSET))

        email = cast("None | str | Unset", d.pop("email", UNSET))

        status = cast("None | str | Unset", d.pop("status", UNSET))

        namespace = cast("None | str | Unset", d.pop("namespace", UNSET))

        created_on = cast("None | str | Unset", d.pop("createdOn", UNSET))

        updated_on = cast("None | str | Unset", d.pop("updatedOn", UNSET))

        _group_data = d.pop("group", UNSET)
        if _group_data is None or isinstance(_group_data, Unset):
            group = _group_data
        else:
            try:
                if not isinstance(_group_data, dict):
                    raise TypeError()
                group_type_0 = Group.from_dict(_group_data)

                group = group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                group = cast(Group | None | Unset, _group_data)

        _storage_data = d.pop("storage", UNSET)
        if _storage_data is None or isinstance(_storage_data, Unset):
            storage = _storage_data
        else:
            try:
                if not isinstance(_storage_data, dict):
                    raise TypeError()
                storage_type_0 = Connection.from_dict(_storage_data)

                storage = storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                storage = cast(Connection | None | Unset, _storage_data)

        user = cls(
            id=id,
            name=name,
            friendly_name=friendly_name,
            first_name=first_name,
            last_name=last_name,
            login=login,
            email=email,
            status=status,
            namespace=namespace,
            created_on=created_on,
            updated_on=updated_on,
            group=group,
            storage=storage,
        )

        user.additional_properties = d
        return user

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
    def firstName(self) -> None | str | Unset:
        """``first_name`` under its wire name."""
        return self.first_name

    @firstName.setter
    def firstName(self, value: None | str | Unset) -> None:
        self.first_name = value

    @property
    def lastName(self) -> None | str | Unset:
        """``last_name`` under its wire name."""
        return self.last_name

    @lastName.setter
    def lastName(self, value: None | str | Unset) -> None:
        self.last_name = value

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


from ..models.connection import Connection
from ..models.group import Group
