"""The RapidPro objects behave as the classic ``temba_client`` objects do: the ``TembaObject`` API (``create``,
``deserialize``, ``deserialize_list``, ``serialize``), nested classes, dict-valued fields that are real dicts,
UTC datetimes, the classic import paths, and classic-style ``TembaObject`` subclasses of one's own."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from dataports.rapidpro import TembaSerializationException, types
from dataports.rapidpro.serialization import (
    BooleanField,
    DatetimeField,
    IntegerField,
    ObjectDictField,
    ObjectField,
    ObjectListField,
    SimpleField,
    TembaObject,
)
from dataports.rapidpro.utils import format_iso8601, parse_iso8601

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro"


def first(fixture: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{fixture}.json").read_text())["results"][0]  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------------------- dict-valued fields


def test_contact_fields_are_a_dict() -> None:
    contact = types.Contact.from_dict(first("contacts"))
    fields = contact.fields
    assert isinstance(fields, dict)
    assert fields.get("nickname") == "Jo" and fields.get("missing", "default") == "default"
    assert dict(fields) == first("contacts")["fields"] == dict(fields.items())
    assert json.loads(json.dumps(fields)) == first("contacts")["fields"]
    fields["age"] = 40
    assert fields["age"] == 40 and "age" in fields and contact.to_dict()["fields"]["age"] == 40


def test_run_values_are_a_dict_of_typed_values() -> None:
    run = types.Run.from_dict(first("runs"))
    assert isinstance(run.values, dict) and sorted(run.values) == ["color", "reason"]
    color = run.values["color"]
    assert isinstance(color, types.Run.Value) and color.category == "Blue" and color.value == "blue"
    assert color.time == datetime(2015, 11, 11, 13, 3, 51, 635662, tzinfo=UTC)
    assert json.loads(json.dumps({k: v.serialize() for k, v in run.values.items()}))["color"]["category"] == "Blue"


@pytest.mark.parametrize(
    ("fixture", "model", "attribute"),
    [
        ("flow_starts", "FlowStart", "params"),
        ("resthook_events", "ResthookEvent", "data"),
        ("campaign_events", "CampaignEvent", "message"),
    ],
)
def test_other_free_form_objects_are_dicts(fixture: str, model: str, attribute: str) -> None:
    items = json.loads((FIXTURES / f"{fixture}.json").read_text())["results"]
    values = [getattr(getattr(types, model).from_dict(item), attribute) for item in items]
    raw = [item[attribute] for item in items]
    for value, expected in zip(values, raw, strict=True):
        if isinstance(expected, dict):
            assert isinstance(value, dict) and dict(value) == expected and json.dumps(value) == json.dumps(expected)
        else:
            assert value == expected


def test_definitions_flows_are_dicts() -> None:
    export = types.Export.from_dict(json.loads((FIXTURES / "definitions.json").read_text()))
    assert export.flows and all(isinstance(flow, dict) for flow in export.flows)
    assert export.flows[0]["metadata"]["uuid"] and json.loads(json.dumps(export.flows[0])) == export.flows[0]


# ------------------------------------------------------------------------------------------- TembaObject API


def test_create_fills_every_field_not_given_with_none() -> None:
    contact = types.Contact.create(uuid="c-1", name="Ann")
    assert (contact.uuid, contact.name) == ("c-1", "Ann")
    assert contact.groups is None and contact.fields is None and contact.created_on is None
    assert contact.status is None and contact.flow is None and contact.last_seen_on is None


def test_create_takes_the_classic_names_and_rejects_others() -> None:
    flow = types.Flow.create(uuid="f-1", type="message")
    assert flow.type == "message" == flow.type_
    with pytest.raises(ValueError, match="Class Contact has no attribute 'nickname'"):
        types.Contact.create(nickname="Hannibal")


def test_a_created_object_serializes_like_the_classic_one() -> None:
    moment = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=2)))
    group = types.Group.create(uuid="g-1", name="Reporters", count=3)
    contact = types.Contact.create(uuid="c-1", name="Ann", groups=[group], fields={"age": 3}, created_on=moment)
    serialized = contact.serialize()
    assert list(serialized) == [
        "uuid",
        "name",
        "status",
        "language",
        "urns",
        "groups",
        "flow",
        "fields",
        "created_on",
        "modified_on",
        "last_seen_on",
    ]
    assert serialized["created_on"] == "2024-05-06T05:08:09.000000Z"
    assert serialized["groups"] == [
        {"uuid": "g-1", "name": "Reporters", "query": None, "status": None, "system": None, "count": 3}
    ]
    assert serialized["fields"] == {"age": 3} and serialized["urns"] is None
    assert json.loads(json.dumps(serialized)) == serialized


def test_deserialize_reads_what_it_is_given_like_the_classic_client() -> None:
    contact = types.Contact.deserialize({"uuid": "c-1", "groups": [{"uuid": "g-1"}], "created_on": "2024-01-02"})
    assert contact.name is None and contact.groups[0].uuid == "g-1" and contact.groups[0].name is None
    assert contact.created_on == datetime(2024, 1, 2, tzinfo=UTC) and contact.created_on.tzinfo is UTC
    assert contact.fields is None


@pytest.mark.parametrize(
    ("model", "item", "problem"),
    [
        ("Group", {"count": "3"}, "is not an integer"),
        ("Campaign", {"archived": "no"}, "is not an boolean"),
        ("Contact", {"urns": "tel:+1"}, "is not a list"),
        ("Run", {"path": {"node": "n"}}, "is not a list"),
        ("Run", {"values": ["x"]}, "is not a dict"),
    ],
)
def test_deserialize_refuses_values_of_the_wrong_type(model: str, item: dict[str, Any], problem: str) -> None:
    with pytest.raises(TembaSerializationException, match=problem):
        getattr(types, model).deserialize(item)


def test_deserialize_list_applies_the_transformer() -> None:
    def shout(cls: type, item: dict[str, Any]) -> dict[str, Any]:
        return {**item, "name": f"{cls.__name__}:{item['name']}"}

    labels = types.Label.deserialize_list([{"uuid": "l-1", "name": "a"}, {"uuid": "l-2", "name": "b"}], shout)
    assert [label.name for label in labels] == ["Label:a", "Label:b"]
    assert types.Label.deserialize_list([]) == []


def test_nested_classes_are_where_the_classic_client_declares_them() -> None:
    assert types.Boundary.BoundaryRef.deserialize({"osm_id": "R1", "name": "Rwanda"}).name == "Rwanda"
    assert types.Boundary.Geometry.create(type="Point", coordinates=[1, 2]).type == "Point"
    assert types.Channel.Device.create(power_level=50).power_level == 50
    assert types.Flow.Runs.create(active=3).serialize()["active"] == 3
    assert types.Flow.FlowResult.create(key="color").key == "color"
    assert types.Message.AttachmentRef.create(url="https://x.example/a.jpg").url == "https://x.example/a.jpg"
    assert types.Message.QuickReply.create(text="Yes").serialize() == {"text": "Yes", "extra": None}
    assert types.Run.StartRef.create(uuid="s-1").uuid == "s-1"
    assert types.Run.Step.deserialize({"node": "n", "time": "2024-01-01T00:00:00Z"}).time.tzinfo is UTC
    assert types.Run.Value.create(category="Blue").category == "Blue"
    parsed = types.Run.from_dict(first("runs"))
    assert isinstance(parsed.path[0], types.Run.Step) and isinstance(parsed.start, types.Run.StartRef)


def test_every_object_is_a_temba_object() -> None:
    assert isinstance(types.Contact.from_dict(first("contacts")), TembaObject)
    assert isinstance(types.ObjectRef.create(uuid="x"), TembaObject)
    assert not isinstance({"uuid": "x"}, TembaObject)


def test_classic_attribute_names_can_be_set_too() -> None:
    flow = types.Flow.create(uuid="f-1")
    flow.type = "voice"
    assert flow.type_ == "voice" and flow.serialize()["type"] == "voice"


def test_objects_are_plain_instances_like_the_classic_ones() -> None:
    contacts = types.Contact.deserialize_list([first("contacts"), first("contacts")])
    assert len({*contacts}) == 2 and {contacts[0]: "a"}[contacts[0]] == "a"  # hashable, by identity
    assert vars(contacts[0])["uuid"] == contacts[0].uuid and vars(contacts[0])["fields"] == {
        "nickname": "Jo",
        "age": 34,
    }
    contacts[0].score = 7  # type: ignore[attr-defined]  # code may hang its own attributes on them
    assert contacts[0].score == 7  # type: ignore[attr-defined]


def test_objects_copy_and_pickle() -> None:
    run = types.Run.from_dict(first("runs"))
    assert pickle.loads(pickle.dumps(run)) == run
    assert copy.deepcopy(run).values["color"].category == "Blue"


def test_archive_start_date_is_a_utc_datetime_as_classic() -> None:
    archive = types.Archive.from_dict(first("archives"))
    assert archive.start_date == datetime(2018, 4, 1, tzinfo=UTC) and archive.start_date.tzinfo is UTC
    assert archive.to_dict()["start_date"] == "2018-04-01"  # still a date on the wire
    assert archive.serialize()["start_date"] == "2018-04-01T00:00:00.000000Z"
    archive.start_date = date(2017, 3, 1)  # type: ignore[assignment]
    assert archive.to_dict()["start_date"] == "2017-03-01"


def test_fields_older_servers_leave_out_are_none() -> None:
    flow = types.Flow.from_dict(json.loads((FIXTURES / "flows.json").read_text())["results"][0])
    assert flow.type is None and flow.runs.waiting is None  # type: ignore[union-attr]
    assert "type" not in flow.to_dict()  # and still left out on the way back


# ------------------------------------------------------------------------------------------- classic import paths


def test_types_import_from_where_the_classic_client_exports_them() -> None:
    from dataports.rapidpro import Contact, Run

    assert Contact is types.Contact and Run is types.Run
    import dataports.rapidpro as rapidpro

    assert {"Archive", "Contact", "Run", "TembaClient"} <= set(dir(rapidpro))
    with pytest.raises(AttributeError):
        _ = rapidpro.NoSuchType


def test_utils_read_and_write_timestamps_as_classic() -> None:
    assert parse_iso8601(None) is None and parse_iso8601("") is None
    parsed = parse_iso8601("2024-05-06T07:08:09.123456Z")
    assert parsed == datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC) and parsed.tzinfo is UTC
    assert parse_iso8601("2024-05-06T07:08:09") == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert format_iso8601(None) is None
    kigali = datetime(2024, 5, 6, 9, 8, 9, tzinfo=timezone(timedelta(hours=2)))
    assert format_iso8601(kigali) == "2024-05-06T07:08:09.000000Z"


# ------------------------------------------------------------------------------------------- one's own TembaObjects


class Reminder(TembaObject):
    uuid = SimpleField()
    sent = BooleanField()
    count = IntegerField()
    due = DatetimeField(src="due_on")
    contact = ObjectField(item_class=types.ObjectRef)  # type: ignore[arg-type]
    tags = ObjectListField(item_class=types.ObjectRef)  # type: ignore[arg-type]
    steps = ObjectDictField(item_class=types.Run.Step)  # type: ignore[arg-type]


def test_classic_style_subclasses_work_with_the_typed_models() -> None:
    item = {
        "uuid": "r-1",
        "sent": False,
        "count": 2,
        "due_on": "2024-01-01T10:00:00.000000Z",
        "contact": {"uuid": "c-1", "name": "Ann"},
        "tags": [{"uuid": "t-1", "name": "urgent"}],
        "steps": {"first": {"node": "n-1", "time": "2024-01-01T10:00:00.000000Z"}},
    }
    reminder = Reminder.deserialize(item)
    assert reminder.due == datetime(2024, 1, 1, 10, tzinfo=UTC)
    assert reminder.contact.name == "Ann" and reminder.steps["first"].node == "n-1"
    assert reminder.serialize() == item
    assert Reminder.create(uuid="r-2").count is None
    with pytest.raises(ValueError, match="has no attribute 'colour'"):
        Reminder.create(colour="red")
    with pytest.raises(TembaSerializationException, match="is not an integer"):
        Reminder.deserialize({**item, "count": "2"})
    with pytest.raises(TembaSerializationException, match="is not a list"):
        Reminder.deserialize({**item, "tags": None})
    assert [r.uuid for r in Reminder.deserialize_list([item, {**item, "uuid": "r-3"}])] == ["r-1", "r-3"]
