from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: a named namespace holding records, their field schema and the entities detected in them.

    Attributes:
        field_id (str): The project's 24-hex id, e.g. `5eb07df99294fd2dbc3dbe6a`.
        name (str): The project's unique name, which the records and fields endpoints take in their paths.
        description (None | str | Unset): Empty string when not set.
        display_name (None | str | Unset): Empty string when not set.
        created (None | str | Unset): Creation time as ISO 8601 text. Sent by the emulator; not seen in the classic
            client's code, so the
            real service may omit it.
    """

    field_id: str
    name: str
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        description = cast("None | str | Unset", d.pop("description", UNSET))

        display_name = cast("None | str | Unset", d.pop("display_name", UNSET))

        created = cast("None | str | Unset", d.pop("created", UNSET))

        project = cls(
            field_id=field_id,
            name=name,
            description=description,
            display_name=display_name,
            created=created,
        )

        project.additional_properties = d
        return project

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
    def _id(self) -> str:
        """``field_id`` under its wire name."""
        return self.field_id

    @_id.setter
    def _id(self, value: str) -> None:
        self.field_id = value
