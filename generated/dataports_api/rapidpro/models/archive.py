from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

#: The keys a Archive in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "type",
        "start_date",
        "period",
        "record_count",
        "size",
        "hash",
        "download_url",
    }
)
#: The keys a Archive declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "start_date",
        "period",
        "record_count",
        "size",
        "hash",
        "download_url",
        "archive_type",
    }
)


T = TypeVar("T", bound="Archive")


@_attrs_define(slots=False, unsafe_hash=False)
class Archive(ClassicObject):
    """A gzipped archive of the workspace's messages or runs for a day or a month. Listed by GET /api/v2/archives.json.

    Attributes:
        type_ (str): `message` or `run`.
        start_date (datetime.date): The UTC date the archive starts on.
        period (str): `daily` or `monthly`.
        record_count (int): Number of records (messages or runs) in the archive.
        size (int): Size of the gzipped archive in bytes.
        hash_ (str): MD5 of the gzipped archive.
        download_url (str): Temporary download URL.
        archive_type (str | Unset): Same as `type`; the name used by some server versions.
    """

    type_: str
    start_date: datetime.datetime
    period: str
    record_count: int
    size: int
    hash_: str
    download_url: str
    archive_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        start_date = (
            self.start_date.date() if isinstance(self.start_date, datetime.datetime) else self.start_date
        ).isoformat()

        period = self.period

        record_count = self.record_count

        size = self.size

        hash_ = self.hash_

        download_url = self.download_url

        archive_type = self.archive_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "start_date": start_date,
                "period": period,
                "record_count": record_count,
                "size": size,
                "hash": hash_,
                "download_url": download_url,
            }
        )
        if archive_type is not UNSET:
            field_dict["archive_type"] = archive_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "type" in src_dict
            and "start_date" in src_dict
            and "period" in src_dict
            and "record_count" in src_dict
            and "size" in src_dict
            and "hash" in src_dict
            and "download_url" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        archive = object.__new__(cls)
        archive._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return archive

    @classmethod
    def from_dicts(cls: type[T], src_dicts: list[Any]) -> list[T]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[T] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not (
                "type" in src_dict
                and "start_date" in src_dict
                and "period" in src_dict
                and "record_count" in src_dict
                and "size" in src_dict
                and "hash" in src_dict
                and "download_url" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            archive = new(cls)
            archive._wire_ = src_dict
            append(archive)
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
    def type(self) -> str:
        """``type_`` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value

    @property
    def hash(self) -> str:
        """``hash_`` under its wire name."""
        return self.hash_

    @hash.setter
    def hash(self, value: str) -> None:
        self.hash_ = value


Archive._fields_ = (
    ("type_", "type", "value", None, None, None),
    ("start_date", "start_date", "datetime", None, None, None),
    ("period", "period", "value", None, None, None),
    ("record_count", "record_count", "int", None, None, None),
    ("size", "size", "int", None, None, None),
    ("hash_", "hash", "value", None, None, None),
    ("download_url", "download_url", "value", None, None, None),
    ("archive_type", "archive_type", "value", None, None, UNSET),
)
Archive._classic_ = (
    ("type", "type_"),
    ("start_date", "start_date"),
    ("period", "period"),
    ("record_count", "record_count"),
    ("size", "size"),
    ("hash", "hash_"),
    ("download_url", "download_url"),
)
Archive._keeps_extra_ = True


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict["type"]
    return type_


def _read_start_date(src_dict: Mapping[str, Any]) -> Any:
    start_date = aware_datetime(src_dict["start_date"])
    return start_date


def _read_period(src_dict: Mapping[str, Any]) -> Any:
    period = src_dict["period"]
    return period


def _read_record_count(src_dict: Mapping[str, Any]) -> Any:
    record_count = src_dict["record_count"]
    return record_count


def _read_size(src_dict: Mapping[str, Any]) -> Any:
    size = src_dict["size"]
    return size


def _read_hash_(src_dict: Mapping[str, Any]) -> Any:
    hash_ = src_dict["hash"]
    return hash_


def _read_download_url(src_dict: Mapping[str, Any]) -> Any:
    download_url = src_dict["download_url"]
    return download_url


def _read_archive_type(src_dict: Mapping[str, Any]) -> Any:
    archive_type = src_dict.get("archive_type", UNSET)
    return archive_type


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Archive,
    {
        "type_": _read_type_,
        "start_date": _read_start_date,
        "period": _read_period,
        "record_count": _read_record_count,
        "size": _read_size,
        "hash_": _read_hash_,
        "download_url": _read_download_url,
        "archive_type": _read_archive_type,
        "additional_properties": _read_additional_properties,
    },
)
