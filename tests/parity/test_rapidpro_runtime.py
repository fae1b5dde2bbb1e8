"""Runtime parity with rapidpro-python 2.21.0: the classic ``temba_client.v2.TembaClient`` and
``dataports.rapidpro.TembaClient`` side by side against the same emulated workspace.

Every get/create/update/delete/bulk method runs through both clients with the classic idioms verbatim. What one
client reads, the other must read identically: ``serialize()`` equal field by field, and every attribute of the
same kind (a dict stays a dict, a list a list, ``None`` stays ``None``, a datetime in ``timezone.utc`` stays in
``timezone.utc``). What one client writes, it must get back as the other client then reads it. The same bad input
must raise the same classic exception class on both sides (dataports may raise it before sending anything).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import temba_client.exceptions as classic_exceptions
import temba_client.v2 as classic_v2
from dataports.rapidpro import TembaClient, exceptions
from dataports.rapidpro.serialization import TembaObject
from dataports_emulators.testing import RunningEmulator
from temba_client.serialization import TembaObject as ClassicTembaObject

REGISTRATION = "f5901b62-ba76-4003-9c62-72fdacc1b7b7"  # the emulator's preloaded flow
Client = Any  # either client: the idioms below are the classic ones, valid for both


class Pair:
    """The classic client and dataports, on the same emulated workspace."""

    def __init__(self, emulator: RunningEmulator) -> None:
        self.emulator = emulator
        url = emulator.service_url("rapidpro")
        self.classic = classic_v2.TembaClient(url, emulator.token)
        self.ours = TembaClient(url, emulator.token)

    def clients(self) -> list[tuple[str, Client]]:
        return [("classic", self.classic), ("dataports", self.ours)]

    def read(self, getter: str, *args: Any, **kwargs: Any) -> tuple[list[Any], list[Any]]:
        """The same listing through both clients, checked identical."""
        classic = getattr(self.classic, getter)(*args, **kwargs).all()
        ours = getattr(self.ours, getter)(*args, **kwargs).all()
        assert_same_objects(classic, ours, getter)
        return classic, ours

    def read_back(self, written: Any, getter: str, **filters: Any) -> None:
        """An object one client wrote is what both clients then read."""
        classic, ours = self.read(getter, **filters)
        assert len(classic) == 1, f"{getter}({filters}) found {len(classic)} objects"
        if isinstance(written, ClassicTembaObject):
            assert_same_object(written, ours[0], f"{getter}: read back by dataports")
        else:
            assert_same_object(classic[0], written, f"{getter}: written by dataports")


@pytest.fixture
def pair(rapidpro: RunningEmulator) -> Iterator[Pair]:
    both = Pair(rapidpro)
    with both.ours:
        yield both


# ---------------------------------------------------------------------------------------- comparing objects


def assert_same_objects(classic: list[Any], ours: list[Any], where: str) -> None:
    assert isinstance(ours, list), f"{where}: dataports returned {type(ours).__name__}, not a list"
    assert len(ours) == len(classic), f"{where}: {len(ours)} objects, classic {len(classic)}"
    for index, (expected, actual) in enumerate(zip(classic, ours, strict=True)):
        assert_same_object(expected, actual, f"{where}[{index}]")


def assert_same_object(classic: Any, ours: Any, where: str) -> None:
    assert ours.serialize() == classic.serialize(), f"{where}: serialize() differs"
    assert_same_kind(classic, ours, where)


def assert_same_kind(classic: Any, ours: Any, where: str) -> None:
    """``ours`` is what classic code expects where the classic client gave ``classic`` (recursively)."""
    if classic is None:
        assert ours is None, f"{where}: {ours!r} where the classic client has None"
    elif isinstance(classic, ClassicTembaObject):
        assert isinstance(ours, TembaObject), f"{where}: {type(ours).__name__} is not a TembaObject"
        for name in type(classic)._get_fields():
            assert_same_kind(getattr(classic, name), getattr(ours, name), f"{where}.{name}")
    elif isinstance(classic, dict):
        assert isinstance(ours, dict), f"{where}: {type(ours).__name__} where the classic client has a dict"
        assert set(ours) == set(classic), f"{where}: keys {sorted(ours)} != {sorted(classic)}"
        for key in classic:
            assert_same_kind(classic[key], ours[key], f"{where}[{key!r}]")
    elif isinstance(classic, list):
        assert isinstance(ours, list), f"{where}: {type(ours).__name__} where the classic client has a list"
        assert len(ours) == len(classic), f"{where}: {len(ours)} items, classic {len(classic)}"
        for index, (expected, actual) in enumerate(zip(classic, ours, strict=True)):
            assert_same_kind(expected, actual, f"{where}[{index}]")
    elif isinstance(classic, datetime.datetime):
        assert isinstance(ours, datetime.datetime), f"{where}: {type(ours).__name__}, not a datetime"
        assert ours == classic, f"{where}: {ours} != {classic}"
        if classic.tzinfo is datetime.UTC:
            assert ours.tzinfo is datetime.UTC, f"{where}: tzinfo {ours.tzinfo!r}, not timezone.utc"
        else:
            assert ours.utcoffset() == classic.utcoffset(), f"{where}: offset {ours.utcoffset()}"
    else:
        assert type(ours) is type(classic), f"{where}: {type(ours).__name__} where classic has {type(classic)}"
        assert ours == classic, f"{where}: {ours!r} != {classic!r}"


# ---------------------------------------------------------------------------------------- reads


def seed(emulator: RunningEmulator) -> None:
    for kind, count in (
        ("archives", 4),
        ("boundaries", 3),
        ("classifiers", 2),
        ("channel_events", 2),
        ("resthook_events", 3),
        ("contacts", 5),
        ("messages", 6),
        ("runs", 3),
        ("labels", 2),
    ):
        emulator.seed("rapidpro", kind, count)


def test_every_listing_reads_the_same_objects(pair: Pair) -> None:
    seed(pair.emulator)
    contact = pair.classic.create_contact(name="Ann", language="eng", urns=["tel:+250788000001"])
    for getter in (
        "get_archives",
        "get_boundaries",
        "get_broadcasts",
        "get_campaigns",
        "get_campaign_events",
        "get_channels",
        "get_classifiers",
        "get_contacts",
        "get_fields",
        "get_flows",
        "get_flow_starts",
        "get_globals",
        "get_groups",
        "get_labels",
        "get_messages",
        "get_resthooks",
        "get_resthook_events",
        "get_resthook_subscribers",
        "get_runs",
    ):
        pair.read(getter)
    # Filters, positionally where the classic signature allows it.
    pair.read("get_archives", "message", "daily")
    pair.read("get_boundaries", True)
    pair.read("get_contacts", contact.uuid)
    pair.read("get_contacts", None, "tel:+250788000001")
    pair.read("get_contacts", reverse=True)
    pair.read("get_flows", REGISTRATION, "message", False)
    pair.read("get_messages", None, "inbox")
    pair.read("get_runs", None, REGISTRATION, False)
    pair.read("get_resthook_subscribers", None, "new-mother")
    pair.read("get_resthook_events", "new-mother")
    assert_same_object(pair.classic.get_org(), pair.ours.get_org(), "get_org")
    assert_same_object(
        pair.classic.get_definitions(flows=[REGISTRATION], dependencies="all"),
        pair.ours.get_definitions(flows=[REGISTRATION], dependencies="all"),
        "get_definitions",
    )


def test_dict_valued_fields_are_dicts(pair: Pair) -> None:
    pair.classic.create_field("Age", "number")
    ann = pair.classic.create_contact(name="Ann", urns=["tel:+250788000002"], fields={"age": 34})
    pair.classic.create_flow_start(REGISTRATION, contacts=[ann], params={"day": "Monday"})
    pair.emulator.seed("rapidpro", "resthook_events", 1)
    contact = pair.ours.get_contacts(uuid=ann.uuid).first()
    assert contact is not None
    assert contact.fields.get("age") == 34 and dict(contact.fields.items()) == {"age": 34}
    assert dict(contact.fields) == pair.classic.get_contacts(uuid=ann.uuid).first().fields
    start = pair.ours.get_flow_starts().first()
    event = pair.ours.get_resthook_events().first()
    run = pair.ours.get_runs().first()
    definitions = pair.ours.get_definitions(flows=[REGISTRATION])
    for value in (contact.fields, start.params, event.data, run.values, definitions.flows[0]):  # type: ignore[union-attr]
        assert isinstance(value, dict)
    assert start.params == {"day": "Monday"}  # type: ignore[union-attr]
    assert definitions.flows[0]["uuid"] == REGISTRATION


# ---------------------------------------------------------------------------------------- writes


def write_everything(pair: Pair, client: Client, tag: str) -> None:
    """Every create/update/delete/bulk method, in the classic idioms, each result checked against what both clients
    read back. ``tag`` keeps the two runs' names and URNs apart."""
    number = "1" if tag == "C" else "2"
    group = client.create_group(f"Reporters {tag}")
    pair.read_back(group, "get_groups", uuid=group.uuid)
    group = client.update_group(group, f"Writers {tag}")
    pair.read_back(group, "get_groups", uuid=group.uuid)

    label = client.create_label(f"Todo {tag}")
    pair.read_back(label, "get_labels", uuid=label.uuid)
    label = client.update_label(label, f"Done {tag}")
    pair.read_back(label, "get_labels", uuid=label.uuid)

    field = client.create_field(f"Age {tag}", "number")
    pair.read_back(field, "get_fields", key=field.key)
    field = client.update_field(field, f"Years {tag}", "number")
    pair.read_back(field, "get_fields", key=field.key)

    glbl = client.create_global(f"Org Name {tag}", "Acme")
    pair.read_back(glbl, "get_globals", key=glbl.key)
    glbl = client.update_global(glbl, "Acme Ltd")
    pair.read_back(glbl, "get_globals", key=glbl.key)

    ann = client.create_contact(
        name=f"Ann {tag}",
        language="eng",
        urns=[f"tel:+25078800{number}001"],
        fields={field.key: 34},
        groups=[group],
    )
    pair.read_back(ann, "get_contacts", uuid=ann.uuid)
    ann = client.update_contact(ann, name=f"Anne {tag}", fields={field.key: 35})
    pair.read_back(ann, "get_contacts", uuid=ann.uuid)
    ann = client.update_contact(f"tel:+25078800{number}001", language="fra")
    pair.read_back(ann, "get_contacts", uuid=ann.uuid)
    bob = client.create_contact(name=f"Bob {tag}", urns=[f"tel:+25078800{number}002"])

    message = client.create_message(ann, "Hello", [], quick_replies=["Yes", "No"])
    pair.read_back(message, "get_messages", uuid=message.uuid)
    broadcast = client.create_broadcast(f"Hi all {tag}", urns=[f"tel:+25078800{number}003"], contacts=[bob])
    pair.read_back(broadcast, "get_broadcasts", uuid=broadcast.uuid)

    start = client.create_flow_start(
        REGISTRATION, contacts=[ann], groups=[group], restart_participants=True, params={"day": tag}
    )
    pair.read_back(start, "get_flow_starts", uuid=start.uuid)

    campaign = client.create_campaign(f"Reminders {tag}", group)
    pair.read_back(campaign, "get_campaigns", uuid=campaign.uuid)
    campaign = client.update_campaign(campaign, f"Reminders 2 {tag}", group)
    pair.read_back(campaign, "get_campaigns", uuid=campaign.uuid)
    client.create_field(f"EDD {tag}", "datetime")
    edd = f"edd_{tag.lower()}"
    event = client.create_campaign_event(campaign, edd, 14, "days", -1, message="Time to visit")
    pair.read_back(event, "get_campaign_events", uuid=event.uuid)
    event = client.update_campaign_event(event, edd, 7, "days", 9, flow=REGISTRATION)
    pair.read_back(event, "get_campaign_events", uuid=event.uuid)

    subscriber = client.create_resthook_subscriber("new-mother", f"http://example.test/{tag}")
    pair.read_back(subscriber, "get_resthook_subscribers", id=subscriber.id)

    client.bulk_add_contacts([bob], group)
    client.bulk_remove_contacts([ann.uuid], group.uuid)
    client.bulk_block_contacts([bob])
    client.bulk_unblock_contacts([bob])
    client.bulk_interrupt_contacts([ann])
    client.bulk_archive_contact_messages([bob])
    client.bulk_label_messages([message], label_name=f"Important {tag}")
    client.bulk_unlabel_messages([message], label=label)
    client.bulk_archive_messages([message])
    client.bulk_restore_messages([message])
    pair.read("get_contacts", group=group)
    pair.read("get_messages", uuid=message.uuid)
    pair.read("get_labels")
    client.bulk_delete_messages([message])
    client.bulk_delete_contacts([bob])
    pair.read("get_contacts", deleted=True)

    assert client.delete_campaign_event(event) is None
    assert client.delete_resthook_subscriber(subscriber) is None
    assert client.delete_contact(ann) is None
    assert client.delete_label(label) is None
    assert client.delete_group(group) is None
    for getter, filters in (
        ("get_campaign_events", {"uuid": event.uuid}),
        ("get_resthook_subscribers", {"id": subscriber.id}),
        ("get_labels", {"uuid": label.uuid}),
        ("get_groups", {"uuid": group.uuid}),
    ):
        assert pair.read(getter, **filters) == ([], [])


def test_every_write_gives_back_what_both_clients_read(pair: Pair) -> None:
    for tag, (_, client) in zip(("C", "D"), pair.clients(), strict=True):
        write_everything(pair, client, tag)
    pair.read("get_contacts", deleted=True)


# ---------------------------------------------------------------------------------------- paging


def test_pages_cursors_and_first_match(pair: Pair) -> None:
    pair.emulator.seed("rapidpro", "contacts", 620)
    classic_pages = [[c.uuid for c in page] for page in pair.classic.get_contacts().iterfetches()]
    ours_pages = [[c.uuid for c in page] for page in pair.ours.get_contacts().iterfetches()]
    assert ours_pages == classic_pages and [len(p) for p in ours_pages] == [250, 250, 120]

    resumed: dict[str, list[str]] = {}
    for name, client in pair.clients():
        fetches = client.get_contacts().iterfetches()
        next(fetches)
        cursor = fetches.get_cursor()
        assert isinstance(cursor, str) and cursor
        resumed[name] = [c.uuid for page in client.get_contacts().iterfetches(resume_cursor=cursor) for c in page]
        for _ in fetches:
            pass
        assert fetches.get_cursor() is None
    assert resumed["dataports"] == resumed["classic"] and len(resumed["classic"]) == 370
    assert_same_object(pair.classic.get_contacts().first(), pair.ours.get_contacts().first(), "first()")
    assert pair.ours.get_contacts(uuid="00000000-0000-4000-8000-000000000000").first() is None


def test_transformer_sees_the_classic_arguments(pair: Pair) -> None:
    pair.classic.create_group("Fans")
    seen: dict[str, list[str]] = {}

    def transformer(clazz: type, item: dict[str, Any]) -> dict[str, Any]:
        seen.setdefault(clazz.__name__, []).append(item["name"])
        return {**item, "name": item["name"].upper()}

    url = pair.emulator.service_url("rapidpro")
    classic = classic_v2.TembaClient(url, pair.emulator.token, transformer=transformer)
    with TembaClient(url, pair.emulator.token, transformer=transformer) as ours:
        assert_same_objects(classic.get_groups().all(), ours.get_groups().all(), "transformed groups")
    assert seen == {"Group": ["Fans", "Fans"]}


# ---------------------------------------------------------------------------------------- errors


def raised(call: Callable[[], Any]) -> BaseException:
    try:
        result = call()
        if hasattr(result, "all"):
            result.all()
    except Exception as error:
        return error
    raise AssertionError("no exception")


def assert_same_exception(classic_call: Callable[[], Any], ours_call: Callable[[], Any]) -> BaseException:
    classic, ours = raised(classic_call), raised(ours_call)
    expected = type(classic)
    if expected.__module__ == classic_exceptions.__name__:
        expected = getattr(exceptions, expected.__name__)  # the classic class under its dataports name
    assert isinstance(ours, expected), f"dataports raised {type(ours).__name__}, classic {type(classic).__name__}"
    return ours


BAD_INPUT: list[tuple[str, Callable[[Client], Any]]] = [
    ("unknown field type", lambda c: c.create_field("Age", "integer")),
    ("empty group name", lambda c: c.create_group("")),
    ("two-letter language", lambda c: c.create_contact(name="X", language="en")),
    ("more than 100 contacts", lambda c: c.bulk_block_contacts([f"tel:+2507880{i:05}" for i in range(101)])),
    ("more than 100 messages", lambda c: c.bulk_archive_messages(list(range(1, 102)))),
    ("dependencies as a boolean", lambda c: c.get_definitions(flows=[REGISTRATION], dependencies=True)),
    ("unknown message folder", lambda c: c.get_messages(folder="spam")),
    ("unknown archive period", lambda c: c.get_archives(period="weekly")),
    ("unknown campaign event unit", lambda c: c.create_campaign_event("x", "created_on", 1, "years", -1, "Hi")),
    ("no contact to update", lambda c: c.update_contact(None, name="X")),
    ("missing contact", lambda c: c.update_contact("00000000-0000-4000-8000-000000000000", name="X")),
    ("missing group", lambda c: c.delete_group("00000000-0000-4000-8000-000000000000")),
    ("missing label", lambda c: c.update_label("00000000-0000-4000-8000-000000000000", "X")),
    ("flow start without recipients", lambda c: c.create_flow_start(REGISTRATION)),
]


@pytest.mark.parametrize(("mistake", "call"), BAD_INPUT, ids=[m for m, _ in BAD_INPUT])
def test_the_same_mistake_raises_the_same_classic_exception(
    pair: Pair, mistake: str, call: Callable[[Client], Any]
) -> None:
    ours = assert_same_exception(lambda: call(pair.classic), lambda: call(pair.ours))
    if isinstance(ours, exceptions.TembaBadRequestError):
        assert isinstance(ours.errors, dict) and ours.errors, f"{mistake}: errors {ours.errors!r}"
        assert all(isinstance(m, list) and m for m in ours.errors.values()), ours.errors


def test_token_connection_and_rate_limit_errors(pair: Pair) -> None:
    url = pair.emulator.service_url("rapidpro")
    wrong = (classic_v2.TembaClient(url, "not-the-token"), TembaClient(url, "not-the-token"))
    assert_same_exception(lambda: wrong[0].get_contacts().all(), lambda: wrong[1].get_contacts().all())
    closed = (classic_v2.TembaClient("http://127.0.0.1:9", "t"), TembaClient("http://127.0.0.1:9", "t", max_retries=0))
    assert_same_exception(lambda: closed[0].get_org(), lambda: closed[1].get_org())
    with pair.emulator.faults("rapidpro", status=429, rate=1.0, retry_after=7):
        ours = assert_same_exception(lambda: pair.classic.get_org(), lambda: pair.ours.get_org())
        classic = raised(lambda: pair.classic.get_contacts().first())
    assert isinstance(ours, exceptions.TembaRateExceededError) and isinstance(classic, Exception)
    assert ours.retry_after == classic.retry_after == 7  # type: ignore[attr-defined]
    assert str(ours) == str(classic)


def test_objects_of_the_wrong_shape_raise_the_serialization_exception() -> None:
    from dataports.rapidpro import types

    for name, item in (
        ("Group", {"count": "many"}),
        ("Campaign", {"archived": "no"}),
        ("Run", {"path": "n1"}),
        ("Contact", {"urns": "tel:+1"}),
    ):
        assert_same_exception(
            lambda n=name, i=item: getattr(classic_v2, n).deserialize(i),  # type: ignore[misc]
            lambda n=name, i=item: getattr(types, n).deserialize(i),  # type: ignore[misc]
        )


# ---------------------------------------------------------------------------------------- real-server JSON

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro"
#: Listing fixture -> classic type name (the fixtures are rapidpro-python's own, from real servers).
LISTINGS = {
    "archives": "Archive",
    "boundaries": "Boundary",
    "broadcasts": "Broadcast",
    "campaign_events": "CampaignEvent",
    "campaigns": "Campaign",
    "channels": "Channel",
    "classifiers": "Classifier",
    "contacts": "Contact",
    "fields": "Field",
    "flow_starts": "FlowStart",
    "flows": "Flow",
    "globals": "Global",
    "groups": "Group",
    "labels": "Label",
    "messages": "Message",
    "resthook_events": "ResthookEvent",
    "resthook_subscribers": "ResthookSubscriber",
    "resthooks": "Resthook",
    "runs": "Run",
}


def fixture_items() -> list[tuple[str, dict[str, Any]]]:
    items = [
        (name, item)
        for fixture, name in sorted(LISTINGS.items())
        for item in json.loads((FIXTURES / f"{fixture}.json").read_text())["results"]
    ]
    items.append(("Org", json.loads((FIXTURES / "org.json").read_text())))
    items.append(("Export", json.loads((FIXTURES / "definitions.json").read_text())))
    return items


@pytest.mark.parametrize(("name", "item"), fixture_items(), ids=lambda value: value if isinstance(value, str) else "")
def test_real_server_json_reads_as_the_classic_objects(name: str, item: dict[str, Any]) -> None:
    from dataports.rapidpro import types

    classic = getattr(classic_v2.types, name).deserialize(item)
    model = getattr(types, name)
    parsed = model.from_dict(item)  # what TembaClient builds from API answers
    assert_same_object(classic, parsed, f"{name}.from_dict")
    # The classic entry points give the same objects as the API path.
    assert model.deserialize(item) == parsed
    assert model.deserialize_list([item]) == [parsed]
    # A serialized object reads back as itself, as with the classic client.
    assert_same_object(classic, model.deserialize(parsed.serialize()), f"{name} round trip")
