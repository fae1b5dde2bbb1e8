from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.export_campaigns_item import ExportCampaignsItem
    from ..models.export_fields_item import ExportFieldsItem
    from ..models.export_flows_item import ExportFlowsItem
    from ..models.export_groups_item import ExportGroupsItem
    from ..models.export_triggers_item import ExportTriggersItem


#: The keys a Export in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "version",
        "flows",
        "campaigns",
        "triggers",
    }
)
#: The keys a Export declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "version",
        "flows",
        "campaigns",
        "triggers",
        "site",
        "fields",
        "groups",
    }
)


T = TypeVar("T", bound="Export")


@_attrs_define(slots=False, unsafe_hash=False)
class Export(ClassicObject):
    """Exported flow, campaign and trigger definitions, with the fields and groups they use. GET
    /api/v2/definitions.json.

    Attributes:
        version (float | str):
        flows (list[ExportFlowsItem]):
        campaigns (list[ExportCampaignsItem]):
        triggers (list[ExportTriggersItem]):
        site (str | Unset):
        fields (list[ExportFieldsItem] | Unset):
        groups (list[ExportGroupsItem] | Unset):
    """

    version: float | str
    flows: list[ExportFlowsItem]
    campaigns: list[ExportCampaignsItem]
    triggers: list[ExportTriggersItem]
    site: str | Unset = UNSET
    fields: list[ExportFieldsItem] | None = None
    groups: list[ExportGroupsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: float | str
        version = self.version

        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()
            triggers.append(triggers_item)

        site = self.site

        if self.fields is None:
            fields = UNSET
        else:
            fields: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.fields, Unset):
                fields = []
                for fields_item_data in self.fields:
                    fields_item = fields_item_data.to_dict()
                    fields.append(fields_item)

        if self.groups is None:
            groups = UNSET
        else:
            groups: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.groups, Unset):
                groups = []
                for groups_item_data in self.groups:
                    groups_item = groups_item_data.to_dict()
                    groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "flows": flows,
                "campaigns": campaigns,
                "triggers": triggers,
            }
        )
        if site is not UNSET:
            field_dict["site"] = site
        if fields is not UNSET:
            field_dict["fields"] = fields
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not ("version" in src_dict and "flows" in src_dict and "campaigns" in src_dict and "triggers" in src_dict):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        export = object.__new__(cls)
        export._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return export

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
                "version" in src_dict and "flows" in src_dict and "campaigns" in src_dict and "triggers" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            export = new(cls)
            export._wire_ = src_dict
            append(export)
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


from ..models.export_campaigns_item import ExportCampaignsItem
from ..models.export_fields_item import ExportFieldsItem
from ..models.export_flows_item import ExportFlowsItem
from ..models.export_groups_item import ExportGroupsItem
from ..models.export_triggers_item import ExportTriggersItem

Export._fields_ = (
    ("version", "version", "value", None, None, None),
    ("flows", "flows", "object_list", ExportFlowsItem, None, None),
    ("campaigns", "campaigns", "object_list", ExportCampaignsItem, None, None),
    ("triggers", "triggers", "object_list", ExportTriggersItem, None, None),
    ("site", "site", "value", None, None, UNSET),
    ("fields", "fields", "object_list", ExportFieldsItem, None, None),
    ("groups", "groups", "object_list", ExportGroupsItem, None, None),
)
Export._classic_ = (
    ("version", "version"),
    ("flows", "flows"),
    ("campaigns", "campaigns"),
    ("triggers", "triggers"),
    ("fields", "fields"),
    ("groups", "groups"),
)
Export._keeps_extra_ = True


def _read_version(src_dict: Mapping[str, Any]) -> Any:
    version = cast("float | str", src_dict["version"])

    return version


def _read_flows(src_dict: Mapping[str, Any]) -> Any:
    flows = []
    _flows = src_dict["flows"]
    for flows_item_data in _flows:
        flows_item = ExportFlowsItem.from_dict(flows_item_data)

        flows.append(flows_item)

    return flows


def _read_campaigns(src_dict: Mapping[str, Any]) -> Any:
    campaigns = []
    _campaigns = src_dict["campaigns"]
    for campaigns_item_data in _campaigns:
        campaigns_item = ExportCampaignsItem.from_dict(campaigns_item_data)

        campaigns.append(campaigns_item)

    return campaigns


def _read_triggers(src_dict: Mapping[str, Any]) -> Any:
    triggers = []
    _triggers = src_dict["triggers"]
    for triggers_item_data in _triggers:
        triggers_item = ExportTriggersItem.from_dict(triggers_item_data)

        triggers.append(triggers_item)

    return triggers


def _read_site(src_dict: Mapping[str, Any]) -> Any:
    site = src_dict.get("site", UNSET)
    return site


def _read_fields(src_dict: Mapping[str, Any]) -> Any:
    _fields = src_dict.get("fields", UNSET)
    fields: list[ExportFieldsItem] | Unset = UNSET
    if _fields is not UNSET:
        fields = []
        for fields_item_data in _fields:
            fields_item = ExportFieldsItem.from_dict(fields_item_data)

            fields.append(fields_item)

    if fields is UNSET:
        fields = None
    return fields


def _read_groups(src_dict: Mapping[str, Any]) -> Any:
    _groups = src_dict.get("groups", UNSET)
    groups: list[ExportGroupsItem] | Unset = UNSET
    if _groups is not UNSET:
        groups = []
        for groups_item_data in _groups:
            groups_item = ExportGroupsItem.from_dict(groups_item_data)

            groups.append(groups_item)

    if groups is UNSET:
        groups = None
    return groups


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Export,
    {
        "version": _read_version,
        "flows": _read_flows,
        "campaigns": _read_campaigns,
        "triggers": _read_triggers,
        "site": _read_site,
        "fields": _read_fields,
        "groups": _read_groups,
        "additional_properties": _read_additional_properties,
    },
)
