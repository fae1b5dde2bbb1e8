from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ClassicObject

if TYPE_CHECKING:
    from ..models.boundary_ref import BoundaryRef
    from ..models.geometry import Geometry
if TYPE_CHECKING:
    from ..models.boundary_ref import BoundaryRef as _BoundaryRef
    from ..models.geometry import Geometry as _Geometry


T = TypeVar("T", bound="Boundary")


@_attrs_define(slots=False, unsafe_hash=False)
class Boundary(ClassicObject):
    """
    Attributes:
        osm_id (str):
        name (str):
        level (int): 0 country, 1 state, 2 district, 3 ward.
        parent (BoundaryRef | None):
        aliases (list[str]):
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
        d = dict(src_dict)
        osm_id = d.pop("osm_id")

        name = d.pop("name")

        level = d.pop("level")

        _parent_data = d.pop("parent")
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

        aliases = cast(list[str], d.pop("aliases"))

        _geometry_data = d.pop("geometry")
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

        boundary = cls(
            osm_id=osm_id,
            name=name,
            level=level,
            parent=parent,
            aliases=aliases,
            geometry=geometry,
        )

        boundary.additional_properties = d
        return boundary

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
