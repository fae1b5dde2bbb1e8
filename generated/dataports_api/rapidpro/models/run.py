from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.object_ref import ObjectRef
    from ..models.run_step import RunStep
    from ..models.run_values import RunValues
    from ..models.start_ref import StartRef
if TYPE_CHECKING:
    from ..models.run_step import RunStep as _Step
    from ..models.run_value import RunValue as _Value
    from ..models.start_ref import StartRef as _StartRef


#: The keys a Run in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "flow",
        "contact",
        "start",
        "responded",
        "path",
        "values",
        "created_on",
        "modified_on",
        "exited_on",
        "exit_type",
    }
)
#: The keys a Run declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "flow",
        "contact",
        "start",
        "responded",
        "path",
        "values",
        "created_on",
        "modified_on",
        "exited_on",
        "exit_type",
        "id",
    }
)


T = TypeVar("T", bound="Run")


@_attrs_define(slots=False, unsafe_hash=False)
class Run(ClassicObject):
    """A flow run: one contact's pass through a flow, its path, results and exit. Listed by GET /api/v2/runs.json.

    Attributes:
        uuid (str):
        flow (ObjectRef): Reference to another object by UUID and name.
        contact (ObjectRef): Reference to another object by UUID and name.
        start (None | StartRef): The flow start that created the run, if any.
        responded (bool): Whether the contact responded during the run.
        path (list[RunStep]): The nodes the contact passed through, in order.
        values (RunValues): Flow results keyed by result key.
        created_on (datetime.datetime):
        modified_on (datetime.datetime):
        exited_on (datetime.datetime | None): When the run ended; null while it is active.
        exit_type (None | str): `interrupted`, `completed`, `expired` or `failed`; null while active.
        id (int | Unset):
    """

    StartRef: ClassVar[type[_StartRef]]
    Step: ClassVar[type[_Step]]
    Value: ClassVar[type[_Value]]

    uuid: str
    flow: ObjectRef
    contact: ObjectRef
    start: None | StartRef
    responded: bool
    path: list[RunStep]
    values: RunValues
    created_on: datetime.datetime
    modified_on: datetime.datetime
    exited_on: datetime.datetime | None
    exit_type: None | str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        flow = self.flow.to_dict()

        contact = self.contact.to_dict()

        start: dict[str, Any] | None
        if isinstance(self.start, StartRef):
            start = self.start.to_dict()
        else:
            start = self.start

        responded = self.responded

        path = []
        for path_item_data in self.path:
            path_item = path_item_data.to_dict()
            path.append(path_item)

        values = self.values.to_dict()

        created_on = self.created_on.isoformat()

        modified_on = self.modified_on.isoformat()

        exited_on: None | str
        if isinstance(self.exited_on, datetime.datetime):
            exited_on = self.exited_on.isoformat()
        else:
            exited_on = self.exited_on

        exit_type: None | str
        exit_type = self.exit_type

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "flow": flow,
                "contact": contact,
                "start": start,
                "responded": responded,
                "path": path,
                "values": values,
                "created_on": created_on,
                "modified_on": modified_on,
                "exited_on": exited_on,
                "exit_type": exit_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "flow" in src_dict
            and "contact" in src_dict
            and "start" in src_dict
            and "responded" in src_dict
            and "path" in src_dict
            and "values" in src_dict
            and "created_on" in src_dict
            and "modified_on" in src_dict
            and "exited_on" in src_dict
            and "exit_type" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        run = object.__new__(cls)
        run._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return run

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
                "uuid" in src_dict
                and "flow" in src_dict
                and "contact" in src_dict
                and "start" in src_dict
                and "responded" in src_dict
                and "path" in src_dict
                and "values" in src_dict
                and "created_on" in src_dict
                and "modified_on" in src_dict
                and "exited_on" in src_dict
                and "exit_type" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            run = new(cls)
            run._wire_ = src_dict
            append(run)
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


from ..models.object_ref import ObjectRef
from ..models.run_step import RunStep
from ..models.run_value import RunValue
from ..models.run_values import RunValues
from ..models.start_ref import StartRef

Run._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("flow", "flow", "object", ObjectRef, None, None),
    ("contact", "contact", "object", ObjectRef, None, None),
    ("start", "start", "object", StartRef, None, None),
    ("responded", "responded", "bool", None, None, None),
    ("path", "path", "object_list", RunStep, None, None),
    ("values", "values", "object_dict", RunValues, RunValue, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("modified_on", "modified_on", "datetime", None, None, None),
    ("exited_on", "exited_on", "datetime", None, None, None),
    ("exit_type", "exit_type", "value", None, None, None),
    ("id", "id", "int", None, None, UNSET),
)
Run._classic_ = (
    ("uuid", "uuid"),
    ("flow", "flow"),
    ("contact", "contact"),
    ("start", "start"),
    ("responded", "responded"),
    ("path", "path"),
    ("values", "values"),
    ("created_on", "created_on"),
    ("modified_on", "modified_on"),
    ("exited_on", "exited_on"),
    ("exit_type", "exit_type"),
)
Run._keeps_extra_ = True
Run.StartRef = StartRef
Run.Step = RunStep
Run.Value = RunValue


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_flow(src_dict: Mapping[str, Any]) -> Any:
    flow = ObjectRef.from_dict(src_dict["flow"])

    return flow


def _read_contact(src_dict: Mapping[str, Any]) -> Any:
    contact = ObjectRef.from_dict(src_dict["contact"])

    return contact


def _read_start(src_dict: Mapping[str, Any]) -> Any:
    _start_data = src_dict["start"]
    if _start_data is None:
        start = _start_data
    else:
        try:
            if not isinstance(_start_data, dict):
                raise TypeError()
            start_type_0 = StartRef.from_dict(_start_data)

            start = start_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            start = cast(None | StartRef, _start_data)

    return start


def _read_responded(src_dict: Mapping[str, Any]) -> Any:
    responded = src_dict["responded"]
    return responded


def _read_path(src_dict: Mapping[str, Any]) -> Any:
    path = []
    _path = src_dict["path"]
    for path_item_data in _path:
        path_item = RunStep.from_dict(path_item_data)

        path.append(path_item)

    return path


def _read_values(src_dict: Mapping[str, Any]) -> Any:
    values = RunValues.from_dict(src_dict["values"])

    return values


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    modified_on = aware_datetime(src_dict["modified_on"])

    return modified_on


def _read_exited_on(src_dict: Mapping[str, Any]) -> Any:
    _exited_on_data = src_dict["exited_on"]
    if _exited_on_data is None:
        exited_on = _exited_on_data
    else:
        try:
            if not isinstance(_exited_on_data, str):
                raise TypeError()
            exited_on_type_0 = aware_datetime(_exited_on_data)

            exited_on = exited_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            exited_on = cast(datetime.datetime | None, _exited_on_data)

    return exited_on


def _read_exit_type(src_dict: Mapping[str, Any]) -> Any:
    exit_type = cast("None | str", src_dict["exit_type"])

    return exit_type


def _read_id(src_dict: Mapping[str, Any]) -> Any:
    id = src_dict.get("id", UNSET)
    return id


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Run,
    {
        "uuid": _read_uuid,
        "flow": _read_flow,
        "contact": _read_contact,
        "start": _read_start,
        "responded": _read_responded,
        "path": _read_path,
        "values": _read_values,
        "created_on": _read_created_on,
        "modified_on": _read_modified_on,
        "exited_on": _read_exited_on,
        "exit_type": _read_exit_type,
        "id": _read_id,
        "additional_properties": _read_additional_properties,
    },
)
