"""Every TembaClient method against the live emulator over real HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import dataports
import httpx
import pytest
from dataports import InvalidArgumentError
from dataports.rapidpro import (
    Contact,
    Group,
    TembaBadRequestError,
    TembaClient,
    TembaConnectionError,
    TembaException,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaTokenError,
)
from dataports_emulators.testing import RunningEmulator

REGISTRATION = "f5901b62-ba76-4003-9c62-72fdacc1b7b7"


def test_accepts_host_url_and_api_root(rapidpro: RunningEmulator) -> None:
    base = rapidpro.service_url("rapidpro")
    for host in (base, base + "/", base + "/api/v2", base + "/api/v2/"):
        with TembaClient(host, rapidpro.token) as client:
            assert client.root_url == base + "/api/v2"
            assert client.get_org().name
    assert TembaClient("rapidpro.io", "t").root_url == "https://rapidpro.io/api/v2"


def test_base_url_from_environment(rapidpro: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATAPORTS_RAPIDPRO_URL", rapidpro.service_url("rapidpro"))
    with TembaClient(token=rapidpro.token) as client:
        assert client.get_org().timezone == "Africa/Kigali"


def test_contacts_groups_and_counts_stay_consistent(temba: TembaClient) -> None:
    reporters = temba.create_group("Reporters")
    temba.create_field("Age", "number")
    ann = temba.create_contact(
        name="Ann", language="eng", urns=["tel:+250788000001"], fields={"age": 34}, groups=[reporters]
    )
    assert isinstance(ann, Contact)
    assert ann.groups[0].name == "Reporters"
    assert ann.fields["age"] == 34
    assert ann.created_on.tzinfo is not None
    group = temba.get_groups(uuid=reporters.uuid).first()
    assert isinstance(group, Group) and group.count == 1

    bob = temba.create_contact(name="Bob", urns=["tel:+250788000002"])
    temba.bulk_add_contacts([bob], reporters)
    assert [c.name for c in temba.get_contacts(group="Reporters").all()] == ["Bob", "Ann"]
    temba.bulk_remove_contacts([ann.uuid], reporters.uuid)
    assert temba.get_groups(name="Reporters").first().count == 1  # type: ignore[union-attr]

    renamed = temba.update_contact(ann, name="Anne", fields={"age": 35})
    assert (renamed.name, renamed.fields["age"]) == ("Anne", 35)
    by_urn = temba.update_contact("tel:+250788000001", language="fra")
    assert by_urn.uuid == ann.uuid and by_urn.language == "fra"
    assert temba.get_contacts(urn="tel:+250788000001").first().name == "Anne"  # type: ignore[union-attr]

    temba.bulk_block_contacts([bob])
    assert temba.get_contacts(uuid=bob.uuid).first().status == "blocked"  # type: ignore[union-attr]
    temba.bulk_unblock_contacts([bob])
    temba.bulk_interrupt_contacts([bob])
    temba.bulk_archive_contact_messages([bob])
    temba.bulk_delete_contacts([bob])
    temba.delete_contact(ann)
    assert temba.get_contacts().first() is None
    assert {c.uuid for c in temba.get_contacts(deleted=True).all()} == {ann.uuid, bob.uuid}


def test_groups_labels_fields_globals_lifecycle(temba: TembaClient) -> None:
    group = temba.update_group(temba.create_group("Staff"), name="Team")
    assert temba.get_groups(uuid=group.uuid).first().name == "Team"  # type: ignore[union-attr]
    temba.delete_group(group)
    assert temba.get_groups(uuid=group.uuid).first() is None

    label = temba.update_label(temba.create_label("Todo"), name="Done")
    assert temba.get_labels(name="Done").first().uuid == label.uuid  # type: ignore[union-attr]
    temba.delete_label(label)
    assert temba.get_labels().all() == []

    field = temba.create_field(label="Nick Name", value_type="text")
    assert (field.key, field.name, field.type) == ("nick_name", "Nick Name", "text")
    assert temba.update_field(field, name="Nickname", type="text").name == "Nickname"
    assert temba.get_fields(key="nick_name").first().name == "Nickname"  # type: ignore[union-attr]

    org_name = temba.create_global("Org Name", "Acme")
    assert temba.update_global(org_name, "Acme Ltd").value == "Acme Ltd"
    assert temba.get_globals(key=org_name.key).first().value == "Acme Ltd"  # type: ignore[union-attr]


def test_messages_broadcasts_and_message_actions(temba: TembaClient) -> None:
    joe = temba.create_contact(name="Joe", urns=["tel:+250788111111"])
    message = temba.create_message(joe, "Hello", quick_replies=["Yes", "No"])
    assert (message.text, message.direction, message.contact.uuid) == ("Hello", "out", joe.uuid)
    assert [q.text for q in message.quick_replies] == ["Yes", "No"]  # type: ignore[union-attr]
    assert temba.get_messages(folder="Outbox").first().uuid == message.uuid  # type: ignore[union-attr]

    temba.bulk_label_messages([message], label_name="Important")
    important = temba.get_labels(name="Important").first()
    assert important is not None and important.count == 1
    assert temba.get_messages(label="Important").first().uuid == message.uuid  # type: ignore[union-attr]
    temba.bulk_unlabel_messages([message], label=important)
    assert temba.get_labels(uuid=important.uuid).first().count == 0  # type: ignore[union-attr]
    temba.bulk_archive_messages([message])
    assert temba.get_messages(folder="archived").first().uuid == message.uuid  # type: ignore[union-attr]
    temba.bulk_restore_messages([message])
    temba.bulk_delete_messages([message])
    assert temba.get_messages(uuid=message.uuid).first() is None

    broadcast = temba.create_broadcast("Hi all", urns=["tel:+250788222222"], contacts=[joe])
    assert temba.get_broadcasts(uuid=broadcast.uuid).first().text == "Hi all"  # type: ignore[union-attr]
    assert temba.get_messages(contact=joe).first().text == "Hi all"  # type: ignore[union-attr]


def test_flows_starts_runs_and_definitions(temba: TembaClient) -> None:
    flow = temba.get_flows(uuid=REGISTRATION).first()
    assert flow is not None and flow.name == "Registration"
    assert temba.get_flows(archived=False, type="message").all()[0].uuid == REGISTRATION
    joe = temba.create_contact(name="Joe", urns=["tel:+250788333333"])
    start = temba.create_flow_start(flow, contacts=[joe], restart_participants=True, params={"day": "Monday"})
    assert start.flow.uuid == REGISTRATION and start.contacts[0].uuid == joe.uuid
    assert temba.get_flow_starts(uuid=start.uuid).first() is not None
    runs = temba.get_runs(flow=flow, contact=joe).all()
    assert len(runs) == 1 and runs[0].start is not None and runs[0].start.uuid == start.uuid  # type: ignore[union-attr]
    assert temba.get_runs(responded=True).all() == []
    export = temba.get_definitions(flows=[flow], dependencies="none")
    assert [f["uuid"] for f in (item.to_dict() for item in export.flows)] == [REGISTRATION]


def test_campaigns_events_and_resthooks(temba: TembaClient) -> None:
    group = temba.create_group("Mothers")
    temba.create_field("EDD", "datetime")
    campaign = temba.create_campaign("Reminders", group)
    campaign = temba.update_campaign(campaign, "Reminders 2", group)
    assert temba.get_campaigns(uuid=campaign.uuid).first().name == "Reminders 2"  # type: ignore[union-attr]
    event = temba.create_campaign_event(campaign, "edd", 14, "days", -1, message="Time to visit")
    event = temba.update_campaign_event(event, "edd", 7, "days", 9, flow=REGISTRATION)
    fetched = temba.get_campaign_events(campaign=campaign).first()
    assert fetched is not None and (fetched.offset, fetched.delivery_hour) == (7, 9)
    temba.delete_campaign_event(event)
    assert temba.get_campaign_events(uuid=event.uuid).first() is None

    assert [r.resthook for r in temba.get_resthooks().all()] == ["new-mother"]
    subscriber = temba.create_resthook_subscriber("new-mother", "http://example.test/mothers")
    assert temba.get_resthook_subscribers(resthook="new-mother").first().id == subscriber.id  # type: ignore[union-attr]
    temba.delete_resthook_subscriber(subscriber)
    assert temba.get_resthook_subscribers().all() == []
    assert temba.get_resthook_events(resthook="new-mother").all() == []


def test_read_only_endpoints_list_seeded_objects(temba: TembaClient, rapidpro: RunningEmulator) -> None:
    for kind in ("archives", "boundaries", "classifiers", "channel_events", "resthook_events"):
        rapidpro.seed("rapidpro", kind, 3)
    assert len(temba.get_archives().all()) == 3
    assert {a.type for a in temba.get_archives(type="message", period="daily").all()} == {"message"}
    assert {a.type for a in temba.get_archives(archive_type="run").all()} == {"run"}
    assert len(temba.get_boundaries(geometry=True).all()) == 3
    assert len(temba.get_classifiers().all()) == 3
    assert len(temba.get_channel_events().all()) == 3
    assert len(temba.get_resthook_events().all()) == 3
    channel = temba.get_channels().first()
    assert channel is not None and temba.get_channels(address=channel.address).first() is not None  # type: ignore[arg-type]
    org = temba.get_org()
    assert (org.country, org.primary_language) == ("RW", "eng")


def test_pagination_over_more_than_one_page_newest_first_and_reverse(
    temba: TembaClient, rapidpro: RunningEmulator
) -> None:
    rapidpro.seed("rapidpro", "contacts", 601)
    pages = [len(page) for page in temba.get_contacts().iterfetches()]
    assert pages == [250, 250, 101]
    everyone = temba.get_contacts().all()
    assert len(everyone) == 601 and len({c.uuid for c in everyone}) == 601
    assert everyone[0].modified_on > everyone[-1].modified_on
    oldest_first = temba.get_contacts(reverse=True).all()
    assert [c.uuid for c in oldest_first] == [c.uuid for c in reversed(everyone)]
    assert [c.uuid for c in temba.get_contacts().iter()] == [c.uuid for c in everyone]
    recent = temba.get_contacts(after=everyone[9].modified_on).all()
    assert [c.uuid for c in recent] == [c.uuid for c in everyone[:10]]
    assert len(temba.get_contacts(before=everyone[-5].modified_on).all()) == 5


def test_resume_from_a_cursor(temba: TembaClient, rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 700)
    fetches = temba.get_contacts().iterfetches()
    first = next(fetches)
    cursor = fetches.get_cursor()
    assert cursor
    rest = [c for page in temba.get_contacts().iterfetches(resume_cursor=cursor) for c in page]
    uuids = [c.uuid for c in first + rest]
    assert len(uuids) == 700 and len(set(uuids)) == 700
    for _ in fetches:
        pass
    assert fetches.get_cursor() is None


def test_to_dataframe(temba: TembaClient, rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 300)
    frame = temba.get_contacts().to_dataframe()
    assert len(frame) == 300
    assert str(frame["created_on"].dtype) == "datetime64[us, UTC]" or "UTC" in str(frame["created_on"].dtype)
    assert {"uuid", "name", "urns", "groups", "fields"} <= set(frame.columns)


def test_progress_bar_on_all(temba: TembaClient, rapidpro: RunningEmulator, capsys: pytest.CaptureFixture[str]) -> None:
    rapidpro.seed("rapidpro", "contacts", 260)
    assert len(temba.get_contacts().all(progress=True)) == 260
    assert "260" in capsys.readouterr().err


def test_errors_map_to_the_classic_exceptions(temba: TembaClient, rapidpro: RunningEmulator) -> None:
    with pytest.raises(TembaNoSuchObjectError) as not_found:
        temba.update_label("invalid-uuid", name="Test", parent=None)
    assert not_found.value.status_code == 404 and not_found.value.body == {"detail": "Not found."}

    temba.create_contact(urns=["tel:+250788000009"])
    with pytest.raises(TembaBadRequestError) as bad:
        temba.create_contact(urns=["tel:+250788000009"])
    assert bad.value.errors == {"urns": ["URN 0 is in use by another contact."]}
    assert "in use" in str(bad.value)

    wrong = TembaClient(rapidpro.service_url("rapidpro"), "not-the-token")
    with wrong, pytest.raises(TembaTokenError) as token_error:
        wrong.get_contacts().first()
    assert "not-the-token" not in repr(token_error.value) + str(token_error.value) + token_error.value.describe()

    with pytest.raises(TembaConnectionError):
        TembaClient("http://127.0.0.1:9", "t", max_retries=0).get_org()

    with (
        rapidpro.faults("rapidpro", status=429, rate=1.0, retry_after=7),
        pytest.raises(TembaRateExceededError) as limited,
    ):
        temba.get_contacts().first()
    assert limited.value.retry_after == 7
    assert isinstance(limited.value, TembaException)


def test_rate_limited_fetch_succeeds_when_asked_to_wait(temba: TembaClient, rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 600)
    # A per-token limit of 2 requests per second: a 3-page fetch must wait once.
    rapidpro.set_faults("rapidpro", rate_limit=2, rate_window=1.0)
    with pytest.raises(TembaRateExceededError):
        temba.get_contacts().all()
    contacts = temba.get_contacts().all(retry_on_rate_exceed=True)
    assert len(contacts) == 600
    pages = [len(p) for p in temba.get_contacts().iterfetches(retry_on_rate_exceed=True)]
    assert pages == [250, 250, 100]


def test_bad_input_fails_before_any_request(temba: TembaClient) -> None:
    # An unreachable transport proves nothing was sent.
    unreachable = TembaClient("http://127.0.0.1:9", "t", max_retries=0)
    cases = [
        (lambda: unreachable.update_contact(None, name="x"), "contact"),
        (lambda: unreachable.update_group(None, name="x"), "group"),
        (lambda: unreachable.delete_label(""), "label"),
        (lambda: unreachable.get_messages(folder="spam"), "folder"),
        (lambda: unreachable.get_archives(period="weekly"), "period"),
        (lambda: unreachable.create_field("Age", "integer"), "type"),
        (lambda: unreachable.create_contact(language="english"), "language"),
        (lambda: unreachable.bulk_block_contacts([f"c{i}" for i in range(101)]), "contacts"),
        (lambda: unreachable.bulk_label_messages(["m1"]), "label"),
        (lambda: unreachable.create_campaign_event("c", "edd", 1, "days", 30, message="x"), "delivery_hour"),
        (lambda: unreachable.create_broadcast("hi"), "urns/contacts/groups"),
        (lambda: unreachable.update_label("x", "y", parent="p"), "parent"),
        (lambda: TembaClient("rapidpro.io", None), "token"),
    ]
    for call, argument in cases:
        with pytest.raises(InvalidArgumentError) as caught:
            call()
        assert caught.value.argument == argument
        assert isinstance(caught.value, ValueError)
        # ... and the classic class the server answers the same mistake with, so classic `except` clauses catch it.
        assert isinstance(caught.value, TembaTokenError if argument == "token" else TembaBadRequestError)
    assert temba.get_contacts().all() == []


def test_transformer_hook_adapts_items(rapidpro: RunningEmulator) -> None:
    def add_suffix(cls: type, item: dict[str, object]) -> dict[str, object]:
        return {**item, "name": f"{item['name']}!"} if cls.__name__ == "Group" else item

    with TembaClient(rapidpro.service_url("rapidpro"), rapidpro.token, transformer=add_suffix) as client:
        assert client.create_group("Fans").name == "Fans!"
        assert client.get_groups().first().name == "Fans!"  # type: ignore[union-attr]


def test_timestamps_serialise_like_the_classic_client(temba: TembaClient) -> None:
    temba.create_contact(name="Now", urns=["tel:+250788444444"])
    naive_future = datetime.now() + timedelta(days=1)
    assert temba.get_contacts(after=naive_future).all() == []
    assert len(temba.get_contacts(before=datetime.now(UTC) + timedelta(days=1)).all()) == 1


def test_updated_contacts_move_to_the_front(temba: TembaClient) -> None:
    first = temba.create_contact(name="First", urns=["tel:+250788555001"])
    temba.create_contact(name="Second", urns=["tel:+250788555002"])
    temba.update_contact(first, name="First again")
    assert [c.name for c in temba.get_contacts().all()] == ["First again", "Second"]


class WireWatch(httpx.BaseTransport):
    """A real HTTP transport that notes, per request, when httpcore reports its body fully sent (on the wire)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.on_the_wire: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        previous = request.extensions.get("trace")
        url = str(request.url)

        def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_body.complete"):
                self.on_the_wire.append(url)
            if previous is not None:
                previous(event, info)

        request.extensions = {**request.extensions, "trace": trace}
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_prefetch_sends_the_next_request_before_the_caller_parses(rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 600)
    wire = WireWatch()
    with TembaClient(rapidpro.service_url("rapidpro"), rapidpro.token, transport=wire) as client:
        sent_when_handed: list[int] = []
        contacts = 0
        for contact in client.get_contacts().iter():
            if contacts % 250 == 0:
                sent_when_handed.append(len(wire.on_the_wire))
            contacts += 1
            assert contact.uuid
    assert contacts == 600
    # When page i reaches the caller, the request for page i+1 is already on the wire (the worker may be further
    # ahead still; it may never be behind). Without prefetch this reads [1, 2, 3].
    assert len(sent_when_handed) == 3
    assert all(sent >= page + 2 for page, sent in enumerate(sent_when_handed[:2])), sent_when_handed
    assert "cursor=" in wire.on_the_wire[1] and "cursor=" in wire.on_the_wire[2]


def test_a_missing_object_is_the_shared_not_found_error(temba: TembaClient) -> None:
    try:
        temba.delete_group("00000000-0000-4000-8000-000000000000")
    except dataports.NotFoundError as error:  # what cross-service code catches
        assert isinstance(error, TembaNoSuchObjectError) and error.status_code == 404
    else:
        pytest.fail("deleting a missing group did not raise")
    with pytest.raises(dataports.NotFoundError):
        temba.update_campaign("00000000-0000-4000-8000-000000000000", "Nothing", temba.create_group("G"))


def test_objects_work_as_classic_objects(temba: TembaClient) -> None:
    temba.create_field("Age", "number")
    ann = temba.create_contact(name="Ann", urns=["tel:+250788666001"], fields={"age": 34})
    fetched = temba.get_contacts(uuid=ann.uuid).first()
    assert fetched is not None and fetched.fields.get("age") == 34 and dict(fetched.fields) == {"age": 34}
    serialized = fetched.serialize()
    assert json.loads(json.dumps(serialized)) == serialized and serialized["fields"] == {"age": 34}
    assert serialized["created_on"].endswith("Z") and fetched.created_on.tzinfo is UTC
    assert Contact.deserialize(serialized) == Contact.deserialize(fetched.serialize())
    # Objects made with create(), as classic tests and mocks make them, are accepted wherever objects are.
    stand_in = Contact.create(uuid=ann.uuid)
    assert stand_in.name is None and temba.update_contact(stand_in, name="Anne").name == "Anne"
    group = temba.create_group("Mothers")
    temba.bulk_add_contacts([Contact.create(uuid=ann.uuid)], Group.create(uuid=group.uuid))
    assert temba.get_groups(uuid=group.uuid).first().count == 1  # type: ignore[union-attr]
