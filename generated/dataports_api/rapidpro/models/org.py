from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNREADABLE, UNSET, ClassicObject, Unset, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.org_credits import OrgCredits


#: The keys a Org in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "name",
        "country",
        "languages",
        "primary_language",
        "timezone",
        "date_style",
        "anon",
    }
)
#: The keys a Org declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "country",
        "languages",
        "primary_language",
        "timezone",
        "date_style",
        "anon",
        "uuid",
        "credits",
    }
)


T = TypeVar("T", bound="Org")


@_attrs_define(slots=False, unsafe_hash=False)
class Org(ClassicObject):
    """The workspace (org) that owns the API token: name, country, languages, timezone. GET /api/v2/org.json.

    Attributes:
        name (str):
        country (None | str):
        languages (list[str]): The workspace's languages, as ISO 639-3 codes.
        primary_language (None | str): The workspace's default language, as an ISO 639-3 code.
        timezone (str):
        date_style (str): `day_first`, `month_first` or `year_first`.
        anon (bool): Whether the workspace is anonymous, hiding contacts' URNs.
        uuid (str | Unset):
        credits_ (OrgCredits | Unset):
    """

    name: str
    country: None | str
    languages: list[str]
    primary_language: None | str
    timezone: str
    date_style: str
    anon: bool
    uuid: str | None = None
    credits_: OrgCredits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        country: None | str
        country = self.country

        languages = self.languages

        primary_language: None | str
        primary_language = self.primary_language

        timezone = self.timezone

        date_style = self.date_style

        anon = self.anon

        if self.uuid is None:
            uuid = UNSET
        else:
            uuid = self.uuid

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "country": country,
                "languages": languages,
                "primary_language": primary_language,
                "timezone": timezone,
                "date_style": date_style,
                "anon": anon,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED_KEYS:
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        org = object.__new__(cls)
        org._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return org

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
    def credits(self) -> OrgCredits | Unset:
        """``credits_`` under its wire name."""
        return self.credits_

    @credits.setter
    def credits(self, value: OrgCredits | Unset) -> None:
        self.credits_ = value


from ..models.org_credits import OrgCredits

Org._fields_ = (
    ("name", "name", "value", None, None, None),
    ("country", "country", "value", None, None, None),
    ("languages", "languages", "list", None, None, None),
    ("primary_language", "primary_language", "value", None, None, None),
    ("timezone", "timezone", "value", None, None, None),
    ("date_style", "date_style", "value", None, None, None),
    ("anon", "anon", "bool", None, None, None),
    ("uuid", "uuid", "value", None, None, None),
    ("credits_", "credits", "object", OrgCredits, None, UNSET),
)
Org._classic_ = (
    ("uuid", "uuid"),
    ("name", "name"),
    ("country", "country"),
    ("languages", "languages"),
    ("primary_language", "primary_language"),
    ("timezone", "timezone"),
    ("date_style", "date_style"),
    ("anon", "anon"),
)
Org._keeps_extra_ = True


def _read_fields(src_dict: Mapping[str, Any], errors_: dict[str, Exception] | None = None) -> dict[str, Any]:
    """Every field of a Org read from its JSON, by attribute name; a field whose value cannot be read
    is left out (and its error put in ``errors_`` when given). See types.LazyField. Locals end in ``_``: they
    cannot collide with a property's name."""
    values_: dict[str, Any] = {}
    try:
        name = src_dict["name"]
        values_["name"] = name
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["name"] = error_
    try:
        country = cast("None | str", src_dict["country"])

        values_["country"] = country
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["country"] = error_
    try:
        languages = cast("list[str]", src_dict["languages"])

        values_["languages"] = languages
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["languages"] = error_
    try:
        primary_language = cast("None | str", src_dict["primary_language"])

        values_["primary_language"] = primary_language
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["primary_language"] = error_
    try:
        timezone = src_dict["timezone"]
        values_["timezone"] = timezone
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["timezone"] = error_
    try:
        date_style = src_dict["date_style"]
        values_["date_style"] = date_style
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["date_style"] = error_
    try:
        anon = src_dict["anon"]
        values_["anon"] = anon
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["anon"] = error_
    try:
        uuid = src_dict.get("uuid", UNSET)
        if uuid is UNSET:
            uuid = None
        values_["uuid"] = uuid
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["uuid"] = error_
    try:
        _credits_ = src_dict.get("credits", UNSET)
        credits_: OrgCredits | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = OrgCredits.from_dict(_credits_)

        values_["credits_"] = credits_
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["credits_"] = error_
    try:
        values_["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
    except UNREADABLE as error_:
        if errors_ is not None:
            errors_["additional_properties"] = error_
    return values_


install_lazy_fields(
    Org,
    _read_fields,
    (
        "name",
        "country",
        "languages",
        "primary_language",
        "timezone",
        "date_style",
        "anon",
        "uuid",
        "credits_",
        "additional_properties",
    ),
)
