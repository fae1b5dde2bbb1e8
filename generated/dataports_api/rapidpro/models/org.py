from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, install_lazy_fields, missing_keys

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
        if not (
            "name" in src_dict
            and "country" in src_dict
            and "languages" in src_dict
            and "primary_language" in src_dict
            and "timezone" in src_dict
            and "date_style" in src_dict
            and "anon" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        org = object.__new__(cls)
        org._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return org

    @classmethod
    def from_dicts(cls, src_dicts: list[Any]) -> list[Self]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[Self] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not (
                "name" in src_dict
                and "country" in src_dict
                and "languages" in src_dict
                and "primary_language" in src_dict
                and "timezone" in src_dict
                and "date_style" in src_dict
                and "anon" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            org = new(cls)
            org._wire_ = src_dict
            append(org)
        return built

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


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_country(src_dict: Mapping[str, Any]) -> Any:
    country = cast("None | str", src_dict["country"])

    return country


def _read_languages(src_dict: Mapping[str, Any]) -> Any:
    languages = cast("list[str]", src_dict["languages"])

    return languages


def _read_primary_language(src_dict: Mapping[str, Any]) -> Any:
    primary_language = cast("None | str", src_dict["primary_language"])

    return primary_language


def _read_timezone(src_dict: Mapping[str, Any]) -> Any:
    timezone = src_dict["timezone"]
    return timezone


def _read_date_style(src_dict: Mapping[str, Any]) -> Any:
    date_style = src_dict["date_style"]
    return date_style


def _read_anon(src_dict: Mapping[str, Any]) -> Any:
    anon = src_dict["anon"]
    return anon


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict.get("uuid", UNSET)
    if uuid is UNSET:
        uuid = None
    return uuid


def _read_credits_(src_dict: Mapping[str, Any]) -> Any:
    _credits_ = src_dict.get("credits", UNSET)
    credits_: OrgCredits | Unset
    if isinstance(_credits_, Unset):
        credits_ = UNSET
    else:
        credits_ = OrgCredits.from_dict(_credits_)

    return credits_


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Org,
    {
        "name": _read_name,
        "country": _read_country,
        "languages": _read_languages,
        "primary_language": _read_primary_language,
        "timezone": _read_timezone,
        "date_style": _read_date_style,
        "anon": _read_anon,
        "uuid": _read_uuid,
        "credits_": _read_credits_,
        "additional_properties": _read_additional_properties,
    },
)
