"""Objects read from responses parse their datetimes and nested objects on first access (the listing speed-up of
issue 13), and behave exactly like objects parsed eagerly: same values, equality, pickling, copies, setting."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from dataports.rapidpro import TembaClient, TembaException, TembaSerializationException, types

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro"


def first(fixture: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{fixture}.json").read_text())["results"][0]  # type: ignore[no-any-return]


def test_a_read_object_equals_the_eagerly_parsed_one() -> None:
    item = first("contacts")
    lazy, eager = types.Contact.from_dict(item), types.Contact.deserialize(item)
    assert "created_on" not in vars(lazy) and "created_on" in vars(eager)  # not read until asked for
    assert "uuid" not in vars(lazy) and lazy.uuid == item["uuid"] and vars(lazy)["uuid"] == item["uuid"]
    assert "created_on" not in vars(lazy)  # reading one field reads only that one
    assert lazy == eager
    assert lazy.created_on == eager.created_on and lazy.created_on.tzinfo is UTC
    assert isinstance(lazy.groups[0], types.ObjectRef) and lazy.groups[0].name == item["groups"][0]["name"]
    assert lazy.to_dict() == types.Contact.deserialize(item).to_dict()


def test_a_field_is_parsed_once_and_then_kept() -> None:
    contact = types.Contact.from_dict(first("contacts"))
    assert contact.groups is contact.groups  # the same list each time, so edits to it stick
    contact.groups.append(types.ObjectRef.create(uuid="g-new", name="New"))
    assert [g.uuid for g in contact.groups][-1] == "g-new"
    assert contact.to_dict()["groups"][-1] == {"uuid": "g-new", "name": "New"}


def test_objects_built_by_constructor_are_plain() -> None:
    ref = types.ObjectRef(uuid="u-1", name="Ann")
    assert vars(ref)["uuid"] == "u-1" and ref.name == "Ann" and "_wire_" not in vars(ref)


def test_setting_a_field_before_reading_it_wins() -> None:
    contact = types.Contact.from_dict(first("contacts"))
    moment = datetime(2030, 1, 2, tzinfo=UTC)
    contact.modified_on = moment
    assert contact.modified_on == moment and contact.serialize()["modified_on"] == "2030-01-02T00:00:00.000000Z"


def test_unread_objects_pickle_and_copy() -> None:
    run = types.Run.from_dict(first("runs"))
    restored = pickle.loads(pickle.dumps(run))
    assert restored == types.Run.deserialize(first("runs"))
    assert copy.deepcopy(types.Run.from_dict(first("runs"))).values["color"].category == "Blue"


def test_keys_the_model_does_not_declare_are_kept() -> None:
    item = {**first("contacts"), "score": 7}
    contact = types.Contact.from_dict(item)
    declared = {field[1] for field in types.Contact._fields_}
    assert contact.additional_properties == {k: v for k, v in item.items() if k not in declared}
    assert contact.additional_properties["score"] == 7
    assert contact["score"] == 7 and contact.to_dict()["score"] == 7


def test_an_item_that_is_not_an_object_fails_at_once() -> None:
    with pytest.raises(TypeError, match="JSON object"):
        types.Contact.from_dict([1, 2])  # type: ignore[arg-type]


def _listing(contact: dict[str, Any], transformer: Any = None) -> TembaClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"next": None, "previous": None, "results": [contact]})

    transport = httpx.MockTransport(handler)
    return TembaClient("https://rapidpro.example", "token", transformer=transformer, transport=transport)


def test_a_listing_of_non_objects_raises_the_service_exception() -> None:
    with pytest.raises(TembaException, match="cannot read"):
        _listing(7).get_contacts().all()  # type: ignore[arg-type]


def test_a_missing_required_key_fails_at_once() -> None:
    item = first("contacts")
    del item["created_on"]
    with pytest.raises(KeyError, match="created_on"):
        types.Contact.from_dict(item)


def test_a_missing_optional_key_reads_as_the_classic_none() -> None:
    item = first("contacts")
    del item["last_seen_on"]
    assert types.Contact.from_dict(item).last_seen_on is None


def test_a_malformed_value_raises_the_classic_serialization_error_where_it_is_read() -> None:
    contact = _listing({**first("contacts"), "created_on": "not a date"}).get_contacts().all()[0]
    assert contact.name == first("contacts")["name"]  # the rest of the object is readable
    assert contact.modified_on == types.Contact.deserialize(first("contacts")).modified_on
    for _ in range(2):  # and it keeps failing the same way, not with an AttributeError the second time
        with pytest.raises(TembaSerializationException, match="created_on") as caught:
            contact.created_on  # noqa: B018
    assert "not a date" not in str(caught.value)  # a response's content is not quoted into the message
    contact.created_on = datetime(2020, 1, 1, tzinfo=UTC)  # and code can still set it
    assert contact.serialize()["created_on"] == "2020-01-01T00:00:00.000000Z"


@pytest.mark.parametrize(
    "fixture, model", [("contacts", types.Contact), ("runs", types.Run), ("messages", types.Message)]
)
def test_a_page_built_in_one_call_equals_one_object_at_a_time(fixture: str, model: Any) -> None:
    items = json.loads((FIXTURES / f"{fixture}.json").read_text())["results"]
    page = model.from_dicts(items)
    assert [type(obj) for obj in page] == [model] * len(items)
    assert page == [model.from_dict(item) for item in items] == [model.deserialize(item) for item in items]


def test_a_page_with_a_bad_item_fails_like_one_object_does() -> None:
    good, missing = first("contacts"), first("contacts")
    del missing["modified_on"]
    with pytest.raises(KeyError, match="modified_on"):
        types.Contact.from_dicts([good, missing])
    with pytest.raises(TypeError, match="JSON object"):
        types.Contact.from_dicts([good, "not an object"])
    with pytest.raises(TembaException, match="cannot read"):
        _listing(missing).get_contacts().all()


def test_a_transformer_still_sees_every_item_of_a_listing() -> None:
    seen: list[str] = []

    def transformer(clazz: Any, item: dict[str, Any]) -> dict[str, Any]:
        seen.append(item["uuid"])
        return {**item, "name": item["name"].upper()}

    contact = first("contacts")
    listed = _listing(contact, transformer).get_contacts().all()
    assert seen == [contact["uuid"]] and listed[0].name == contact["name"].upper()
