from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials_open_parameters import CredentialsOpenParameters
    from ..models.credentials_parameters import CredentialsParameters
    from ..models.group import Group


T = TypeVar("T", bound="Credentials")


@_attrs_define
class Credentials:
    """Secrets of an entity, e.g. `{"login": ..., "password": ...}` or `{"accessKey": ..., "secretKey": ...}`.

    Attributes:
        id (None | str | Unset):
        parameters (CredentialsParameters | Unset): Secret values by name (`{}` when none).
        open_parameters (CredentialsOpenParameters | Unset): Non-secret values by name (`{}` when none).
        entity_bind_id (None | str | Unset): ID of the entity these credentials belong to.
        group (Group | None | Unset): The group the credentials apply to, when they are per group.
    """

    id: None | str | Unset = UNSET
    parameters: CredentialsParameters | Unset = UNSET
    open_parameters: CredentialsOpenParameters | Unset = UNSET
    entity_bind_id: None | str | Unset = UNSET
    group: Group | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        open_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_parameters, Unset):
            open_parameters = self.open_parameters.to_dict()

        entity_bind_id: None | str | Unset
        if isinstance(self.entity_bind_id, Unset):
            entity_bind_id = UNSET
        else:
            entity_bind_id = self.entity_bind_id

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, Group):
            group = self.group.to_dict()
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if open_parameters is not UNSET:
            field_dict["openParameters"] = open_parameters
        if entity_bind_id is not UNSET:
            field_dict["entityBindId"] = entity_bind_id
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: CredentialsParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = CredentialsParameters.from_dict(_parameters)

        _open_parameters = d.pop("openParameters", UNSET)
        open_parameters: CredentialsOpenParameters | Unset
        if isinstance(_open_parameters, Unset):
            open_parameters = UNSET
        else:
            open_parameters = CredentialsOpenParameters.from_dict(_open_parameters)

        entity_bind_id = cast("None | str | Unset", d.pop("entityBindId", UNSET))

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

        credentials = cls(
            id=id,
            parameters=parameters,
            open_parameters=open_parameters,
            entity_bind_id=entity_bind_id,
            group=group,
        )

        credentials.additional_properties = d
        return credentials

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
    def openParameters(self) -> CredentialsOpenParameters | Unset:
        """``open_parameters`` under its wire name."""
        return self.open_parameters

    @openParameters.setter
    def openParameters(self, value: CredentialsOpenParameters | Unset) -> None:
        self.open_parameters = value

    @property
    def entityBindId(self) -> None | str | Unset:
        """``entity_bind_id`` under its wire name."""
        return self.entity_bind_id

    @entityBindId.setter
    def entityBindId(self, value: None | str | Unset) -> None:
        self.entity_bind_id = value


from ..models.credentials_open_parameters import CredentialsOpenParameters
from ..models.credentials_parameters import CredentialsParameters
from ..models.group import Group
