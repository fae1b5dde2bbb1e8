from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.boundary_ref import BoundaryRef
    from ..models.geometry import Geometry
if TYPE_CHECKING:
    from ..models.boundary_ref import BoundaryRef as _BoundaryRef
    from ..models.geometry import Geometry as _Geometry


#: The keys a Boundary in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "osm_id",
        "name",
        "level",
        "parent",
        "aliases",
        "geometry",
    }
)
#: The keys a Boundary declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "osm_id",
        "name",
        "level",
        "parent",
        "aliases",
        "geometry",
    }
)


T = TypeVar("T", bound="Boundary")


@_attrs_define(slots=False, unsafe_hash=False)
class Boundary(ClassicObject):
    """An administrative boundary (country, state, district or ward). Listed by GET /api/v2/boundaries.json.

    Attributes:
        osm_id (str): The boundary's OpenStreetMap id.
        name (str):
        level (int): 0 country, 1 state, 2 district, 3 ward.
        parent (BoundaryRef | None):
        aliases (list[str]): Other names the boundary is known by.
        geometry (Geometry | None):
    """

    BoundaryRef: ClassVar[type[_BoundaryRef]]
    Geometry: ClassVar[type[_Geometry]]

    osm_id: str
    name: str
    level: int
    parent: BoundaryRef | None
    aliases: list[str]
    geometry: Geometry | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        osm_id = self.osm_id

        name = self.name

        level = self.level

        parent: dict[str, Any] | None
        if isinstance(self.parent, BoundaryRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        aliases = self.aliases

        geometry: dict[str, Any] | None
        if isinstance(self.geometry, Geometry):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "osm_id": osm_id,
                "name": name,
                "level": level,
                "parent": parent,
                "aliases": aliases,
                "geometry": geometry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "osm_id" in src_dict
            and "name" in src_dict
            and "level" in src_dict
            and "parent" in src_dict
            and "aliases" in src_dict
            and "geometry" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        boundary = object.__new__(cls)
        boundary._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return boundary

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
                "osm_id" in src_dict
                and "name" in src_dict
                and "level" in src_dict
                and "parent" in src_dict
                and "aliases" in src_dict
                and "geometry" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            boundary = new(cls)
            boundary._wire_ = src_dict
            append(boundary)
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


from ..models.boundary_ref import BoundaryRef
from ..models.geometry import Geometry

Boundary._fields_ = (
    ("osm_id", "osm_id", "value", None, None, None),
    ("name", "name", "value", None, None, None),
    ("level", "level", "int", None, None, None),
    ("parent", "parent", "object", BoundaryRef, None, None),
    ("aliases", "aliases", "list", None, None, None),
    ("geometry", "geometry", "object", Geometry, None, None),
)
Boundary._classic_ = (
    ("osm_id", "osm_id"),
    ("name", "name"),
    ("level", "level"),
    ("parent", "parent"),
    ("aliases", "aliases"),
    ("geometry", "geometry"),
)
Boundary._keeps_extra_ = True
Boundary.BoundaryRef = BoundaryRef
Boundary.Geometry = Geometry


def _read_osm_id(src_dict: Mapping[str, Any]) -> Any:
    osm_id = src_dict["osm_id"]
    return osm_id


def _read_name(src_dict: Mapping[str, Any]) -> Any:
    name = src_dict["name"]
    return name


def _read_level(src_dict: Mapping[str, Any]) -> Any:
    level = src_dict["level"]
    return level


def _read_parent(src_dict: Mapping[str, Any]) -> Any:
    _parent_data = src_dict["parent"]
    if _parent_data is None:
        parent = _parent_data
    else:
        try:
            if not isinstance(_parent_data, dict):
                raise TypeError()
            parent_type_0 = BoundaryRef.from_dict(_parent_data)

            parent = parent_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            parent = cast(BoundaryRef | None, _parent_data)

    return parent


def _read_aliases(src_dict: Mapping[str, Any]) -> Any:
    aliases = cast("list[str]", src_dict["aliases"])

    return aliases


def _read_geometry(src_dict: Mapping[str, Any]) -> Any:
    _geometry_data = src_dict["geometry"]
    if _geometry_data is None:
        geometry = _geometry_data
    else:
        try:
            if not isinstance(_geometry_data, dict):
                raise TypeError()
            geometry_type_0 = Geometry.from_dict(_geometry_data)

            geometry = geometry_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            geometry = cast(Geometry | None, _geometry_data)

    return geometry


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Boundary,
    {
        "osm_id": _read_osm_id,
        "name": _read_name,
        "level": _read_level,
        "parent": _read_parent,
        "aliases": _read_aliases,
        "geometry": _read_geometry,
        "additional_properties": _read_additional_properties,
    },
)
