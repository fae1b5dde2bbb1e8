from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_write_fields import ContactWriteFields


T = TypeVar("T", bound="ContactWrite")


@_attrs_define
class ContactWrite:
    """The body of POST /api/v2/contacts.json: a contact's name, language, URNs, groups and field values.

    Attributes:
        name (None | str | Unset):
        language (None | str | Unset): ISO 639-3 code.
        urns (list[str] | Unset): The contact's URNs, e.g. `tel:+250788123123`.
        groups (list[str] | Unset): Group UUIDs (or names); replaces the contact's groups.
        fields (ContactWriteFields | Unset): Field key → value (string, number or null); only the given keys change.
    """

    name: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    urns: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    fields: ContactWriteFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        urns: list[str] | Unset = UNSET
        if not isinstance(self.urns, Unset):
            urns = self.urns

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if urns is not UNSET:
            field_dict["urns"] = urns
        if groups is not UNSET:
            field_dict["groups"] = groups
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast("None | str | Unset", d.pop("name", UNSET))

        language = cast("None | str | Unset", d.pop("language", UNSET))

        urns = cast("list[str]", d.pop("urns", UNSET))

        groups = cast("list[str]", d.pop("groups", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: ContactWriteFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ContactWriteFields.from_dict(_fields)

        contact_write = cls(
            name=name,
            language=language,
            urns=urns,
            groups=groups,
            fields=fields,
        )

        contact_write.additional_properties = d
        return contact_write

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


from ..models.contact_write_fields import ContactWriteFields
