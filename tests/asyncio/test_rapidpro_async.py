"""Every ``AsyncTembaClient`` method against the live emulator, with the sync client's scenarios: listings by items
and by pages (``async for``), resume, progress, DataFrames, the classic exceptions, timeouts, retries, rate limits and
cancellation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import dataports
import pytest
from dataports import InvalidArgumentError
from dataports.rapidpro import (
    TembaBadRequestError,
    TembaClient,
    TembaConnectionError,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaTokenError,
)
from dataports.rapidpro.async_client import AsyncCursorIterator, AsyncCursorQuery, AsyncTembaClient
from dataports.rapidpro.types import Contact, Group
from dataports_emulators.testing import RunningEmulator

from tests.asyncio.conftest import assert_every_generated_member_ran

REGISTRATION = "f5901b62-ba76-4003-9c62-72fdacc1b7b7"


def client(emulator: RunningEmulator, **options: object) -> AsyncTembaClient:
    return AsyncTembaClient(emulator.service_url("rapidpro"), emulator.token, **options)  # type: ignore[arg-type]


async def test_contacts_groups_and_bulk_actions(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        reporters = await temba.create_group("Reporters")
        await temba.create_field("Age", "number")
        ann = await temba.create_contact(
            name="Ann", language="eng", urns=["tel:+250788000001"], fields={"age": 34}, groups=[reporters]
        )
        assert isinstance(ann, Contact) and ann.groups[0].name == "Reporters" and ann.fields["age"] == 34
        group = await temba.get_groups(uuid=reporters.uuid).first()
        assert isinstance(group, Group) and group.count == 1

        bob = await temba.create_contact(name="Bob", urns=["tel:+250788000002"])
        await temba.bulk_add_contacts([bob], reporters)
        assert [c.name for c in await temba.get_contacts(group="Reporters").all()] == ["Bob", "Ann"]
        await temba.bulk_remove_contacts([ann.uuid], reporters.uuid)
        assert (await temba.get_groups(name="Reporters").first()).count == 1  # type: ignore[union-attr]

        renamed = await temba.update_contact(ann, name="Anne", fields={"age": 35})
        assert (renamed.name, renamed.fields["age"]) == ("Anne", 35)
        by_urn = await temba.update_contact("tel:+250788000001", language="fra")
        assert by_urn.uuid == ann.uuid and by_urn.language == "fra"

        await temba.bulk_block_contacts([bob])
        assert (await temba.get_contacts(uuid=bob.uuid).first()).status == "blocked"  # type: ignore[union-attr]
        await temba.bulk_unblock_contacts([bob])
        await temba.bulk_interrupt_contacts([bob])
        await temba.bulk_archive_contact_messages([bob])
        await temba.bulk_delete_contacts([bob])
        await temba.delete_contact(ann)
        assert await temba.get_contacts().first() is None
        assert {c.uuid for c in await temba.get_contacts(deleted=True).all()} == {ann.uuid, bob.uuid}


async def test_groups_labels_fields_globals(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        group = await temba.update_group(await temba.create_group("Staff"), name="Team")
        assert (await temba.get_groups(uuid=group.uuid).first()).name == "Team"  # type: ignore[union-attr]
        await temba.delete_group(group)
        assert await temba.get_groups(uuid=group.uuid).first() is None

        label = await temba.update_label(await temba.create_label("Todo"), name="Done")
        assert (await temba.get_labels(name="Done").first()).uuid == label.uuid  # type: ignore[union-attr]
        await temba.delete_label(label)
        assert await temba.get_labels().all() == []

        field = await temba.create_field(label="Nick Name", value_type="text")
        assert (field.key, field.name, field.type) == ("nick_name", "Nick Name", "text")
        assert (await temba.update_field(field, name="Nickname", type="text")).name == "Nickname"
        assert (await temba.get_fields(key="nick_name").first()).name == "Nickname"  # type: ignore[union-attr]

        org_name = await temba.create_global("Org Name", "Acme")
        assert (await temba.update_global(org_name, "Acme Ltd")).value == "Acme Ltd"
        assert (await temba.get_globals(key=org_name.key).first()).value == "Acme Ltd"  # type: ignore[union-attr]


async def test_messages_broadcasts_and_message_actions(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        joe = await temba.create_contact(name="Joe", urns=["tel:+250788111111"])
        message = await temba.create_message(joe, "Hello", quick_replies=["Yes", "No"])
        assert (message.text, message.direction, message.contact.uuid) == ("Hello", "out", joe.uuid)
        assert (await temba.get_messages(folder="Outbox").first()).uuid == message.uuid  # type: ignore[union-attr]

        await temba.bulk_label_messages([message], label_name="Important")
        important = await temba.get_labels(name="Important").first()
        assert important is not None and important.count == 1
        await temba.bulk_unlabel_messages([message], label=important)
        assert (await temba.get_labels(uuid=important.uuid).first()).count == 0  # type: ignore[union-attr]
        await temba.bulk_archive_messages([message])
        assert (await temba.get_messages(folder="archived").first()).uuid == message.uuid  # type: ignore[union-attr]
        await temba.bulk_restore_messages([message])
        await temba.bulk_delete_messages([message])
        assert await temba.get_messages(uuid=message.uuid).first() is None

        broadcast = await temba.create_broadcast("Hi all", urns=["tel:+250788222222"], contacts=[joe])
        assert (await temba.get_broadcasts(uuid=broadcast.uuid).first()).text == "Hi all"  # type: ignore[union-attr]
        assert (await temba.get_messages(contact=joe).first()).text == "Hi all"  # type: ignore[union-attr]


async def test_flows_starts_runs_and_definitions(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        flow = await temba.get_flows(uuid=REGISTRATION).first()
        assert flow is not None and flow.name == "Registration"
        assert (await temba.get_flows(archived=False, type="message").all())[0].uuid == REGISTRATION
        joe = await temba.create_contact(name="Joe", urns=["tel:+250788333333"])
        start = await temba.create_flow_start(flow, contacts=[joe], restart_participants=True, params={"a": "b"})
        assert start.flow.uuid == REGISTRATION and start.contacts[0].uuid == joe.uuid
        assert await temba.get_flow_starts(uuid=start.uuid).first() is not None
        runs = await temba.get_runs(flow=flow, contact=joe).all()
        assert len(runs) == 1 and runs[0].start.uuid == start.uuid  # type: ignore[union-attr]
        export = await temba.get_definitions(flows=[flow], dependencies="none")
        assert [item.to_dict()["uuid"] for item in export.flows] == [REGISTRATION]


async def test_campaigns_events_and_resthooks(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        group = await temba.create_group("Mothers")
        await temba.create_field("EDD", "datetime")
        campaign = await temba.update_campaign(await temba.create_campaign("Reminders", group), "Reminders 2", group)
        assert (await temba.get_campaigns(uuid=campaign.uuid).first()).name == "Reminders 2"  # type: ignore[union-attr]
        event = await temba.create_campaign_event(campaign, "edd", 14, "days", -1, message="Time to visit")
        event = await temba.update_campaign_event(event, "edd", 7, "days", 9, flow=REGISTRATION)
        fetched = await temba.get_campaign_events(campaign=campaign).first()
        assert fetched is not None and (fetched.offset, fetched.delivery_hour) == (7, 9)
        await temba.delete_campaign_event(event)
        assert await temba.get_campaign_events(uuid=event.uuid).first() is None

        assert [r.resthook for r in await temba.get_resthooks().all()] == ["new-mother"]
        subscriber = await temba.create_resthook_subscriber("new-mother", "http://example.test/mothers")
        found = await temba.get_resthook_subscribers(resthook="new-mother").first()
        assert found is not None and found.id == subscriber.id
        await temba.delete_resthook_subscriber(subscriber)
        assert await temba.get_resthook_subscribers().all() == []
        assert await temba.get_resthook_events(resthook="new-mother").all() == []


async def test_read_only_endpoints_list_seeded_objects(rapidpro: RunningEmulator) -> None:
    for kind in ("archives", "boundaries", "classifiers", "channel_events", "resthook_events"):
        rapidpro.seed("rapidpro", kind, 3)
    async with client(rapidpro) as temba:
        assert len(await temba.get_archives().all()) == 3
        assert {a.type for a in await temba.get_archives(archive_type="run").all()} == {"run"}
        assert len(await temba.get_boundaries(geometry=True).all()) == 3
        assert len(await temba.get_classifiers().all()) == 3
        assert len(await temba.get_channel_events().all()) == 3
        assert len(await temba.get_resthook_events().all()) == 3
        channel = await temba.get_channels().first()
        assert channel is not None and await temba.get_channels(address=channel.address).first() is not None  # type: ignore[arg-type]
        org = await temba.get_org()
        assert (org.country, org.primary_language) == ("RW", "eng")


async def test_listings_by_items_by_pages_and_like_the_sync_client(rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 601)
    with TembaClient(rapidpro.service_url("rapidpro"), rapidpro.token) as sync:
        expected = [c.uuid for c in sync.get_contacts().all()]
    async with client(rapidpro) as temba:
        query = temba.get_contacts()
        assert isinstance(query, AsyncCursorQuery)
        fetches = query.iterfetches()
        assert isinstance(fetches, AsyncCursorIterator)
        assert [len(page) async for page in fetches] == [250, 250, 101]
        assert [c.uuid async for c in temba.get_contacts().iter()] == expected
        assert [c.uuid for c in await temba.get_contacts().all()] == expected
        oldest_first = await temba.get_contacts(reverse=True).all()
        assert [c.uuid for c in oldest_first] == expected[::-1]
        everyone = await temba.get_contacts().all()
        recent = await temba.get_contacts(after=everyone[9].modified_on).all()
        assert [c.uuid for c in recent] == expected[:10]


async def test_resume_from_a_cursor(rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 700)
    async with client(rapidpro) as temba:
        fetches = temba.get_contacts().iterfetches()
        first = await anext(fetches)
        cursor = fetches.get_cursor()
        assert cursor
        rest = [c async for page in temba.get_contacts().iterfetches(resume_cursor=cursor) for c in page]
        resumed_items = [c async for c in temba.get_contacts().iter(resume_cursor=cursor)]
        uuids = [c.uuid for c in first + rest]
        assert len(uuids) == 700 == len(set(uuids)) and [c.uuid for c in resumed_items] == uuids[250:]
        async for _ in fetches:
            pass
        assert fetches.get_cursor() is None


async def test_to_dataframe_and_progress(rapidpro: RunningEmulator, capsys: pytest.CaptureFixture[str]) -> None:
    rapidpro.seed("rapidpro", "contacts", 300)
    async with client(rapidpro) as temba:
        frame = await temba.get_contacts().to_dataframe()
        assert len(frame) == 300 and "UTC" in str(frame["created_on"].dtype)
        assert len(await temba.get_contacts().all(progress=True)) == 300
        assert len([c async for c in temba.get_contacts().iter(progress=True)]) == 300
    assert "300" in capsys.readouterr().err


async def test_errors_map_to_the_classic_exceptions(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        with pytest.raises(TembaNoSuchObjectError) as not_found:
            await temba.update_label("invalid-uuid", name="Test", parent=None)
        assert not_found.value.status_code == 404 and isinstance(not_found.value, dataports.NotFoundError)
        await temba.create_contact(urns=["tel:+250788000009"])
        with pytest.raises(TembaBadRequestError) as bad:
            await temba.create_contact(urns=["tel:+250788000009"])
        assert bad.value.errors == {"urns": ["URN 0 is in use by another contact."]}
        with pytest.raises(InvalidArgumentError) as local:  # refused before any request, as the sync client does
            await temba.bulk_block_contacts([f"c{i}" for i in range(101)])
        assert local.value.argument == "contacts" and isinstance(local.value, TembaBadRequestError)
        with pytest.raises(InvalidArgumentError):
            temba.get_messages(folder="spam")
    async with AsyncTembaClient(rapidpro.service_url("rapidpro"), "not-the-token") as wrong:
        with pytest.raises(TembaTokenError) as token_error:
            await wrong.get_contacts().first()
        assert "not-the-token" not in str(token_error.value) + token_error.value.describe()
    async with AsyncTembaClient("http://127.0.0.1:9", "t", max_retries=0) as unreachable:
        with pytest.raises(TembaConnectionError):
            await unreachable.get_org()


async def test_timeouts_and_retries(rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 600)
    async with client(rapidpro) as temba:
        with rapidpro.faults("rapidpro", latency_ms=500), pytest.raises(TembaConnectionError) as slow:
            await temba.with_options(timeout=0.1).get_org()
        assert "timed out" in str(slow.value).lower() or "timeout" in str(slow.value).lower()
        # Half the requests answer 503: without retries a listing fails; with the default retries it completes.
        rapidpro.set_faults("rapidpro", status=503, rate=0.5, seed=7)
        with pytest.raises(dataports.APIStatusError):
            await temba.with_options(max_retries=0).get_contacts().all()
        rapidpro.set_faults("rapidpro", status=503, rate=0.5, seed=7)
        assert len(await temba.with_options(max_retries=4).get_contacts().all()) == 600
        rapidpro.clear_faults("rapidpro")


async def test_rate_limited_listing_waits_when_asked(rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 600)
    rapidpro.set_faults("rapidpro", rate_limit=2, rate_window=1.0)
    async with client(rapidpro) as temba:
        with pytest.raises(TembaRateExceededError):
            await temba.get_contacts().all()
        assert len(await temba.get_contacts().all(retry_on_rate_exceed=True)) == 600
        pages = [len(p) async for p in temba.get_contacts().iterfetches(retry_on_rate_exceed=True)]
        assert pages == [250, 250, 100]
        assert (await temba.get_org(retry_on_rate_exceed=True)).country == "RW"
        assert await temba.get_contacts().first(retry_on_rate_exceed=True) is not None
        frame = await temba.get_contacts().to_dataframe(retry_on_rate_exceed=True)
        assert len(frame) == 600
        export = await temba.get_definitions(flows=[REGISTRATION], retry_on_rate_exceed=True)
        assert len(export.flows) == 1
    rapidpro.clear_faults("rapidpro")


async def test_cancelled_listing_leaves_no_task_and_the_client_usable(rapidpro: RunningEmulator) -> None:
    rapidpro.seed("rapidpro", "contacts", 600)
    async with client(rapidpro) as temba:
        rapidpro.set_faults("rapidpro", latency_ms=300)
        listing = asyncio.create_task(temba.get_contacts().all())
        await asyncio.sleep(0.45)  # the first page arrived; the prefetch of the second is on the wire
        listing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await listing
        await asyncio.sleep(0)
        assert not [task for task in asyncio.all_tasks() if task.get_name() == "dataports-prefetch"]
        rapidpro.clear_faults("rapidpro")
        assert len(await temba.get_contacts().all()) == 600


async def test_many_calls_share_one_loop_and_one_pool(rapidpro: RunningEmulator) -> None:
    async with client(rapidpro) as temba:
        groups = await asyncio.gather(*(temba.create_group(f"G{i}") for i in range(20)))
        assert len({g.uuid for g in groups}) == 20
        patient = temba.with_options(max_retries=5)
        assert patient.async_http is not temba.async_http  # its own options...
        assert temba.with_options(max_retries=5).async_http is patient.async_http  # ...made once...
        await patient.get_org()
        assert await temba.get_groups().all()
    assert temba.async_http.is_closed and patient.async_http.is_closed  # ...and closed with the client
    with pytest.raises(RuntimeError, match="closed"):
        await patient.get_org()


async def test_bad_input_fails_before_any_request(rapidpro: RunningEmulator) -> None:
    async with AsyncTembaClient("http://127.0.0.1:9", "t", max_retries=0) as unreachable:
        cases = [
            (unreachable.update_contact(None, name="x"), "contact"),
            (unreachable.delete_label(""), "label"),
            (unreachable.create_field("Age", "integer"), "type"),
            (unreachable.bulk_label_messages(["m1"]), "label"),
            (unreachable.create_campaign_event("c", "edd", 1, "days", 30, message="x"), "delivery_hour"),
            (unreachable.create_broadcast("hi"), "urns/contacts/groups"),
        ]
        for call, argument in cases:
            with pytest.raises(InvalidArgumentError) as caught:
                await call
            assert caught.value.argument == argument


async def test_transformer_and_classic_objects(rapidpro: RunningEmulator) -> None:
    def add_suffix(cls: type, item: dict[str, object]) -> dict[str, object]:
        return {**item, "name": f"{item['name']}!"} if cls.__name__ == "Group" else item

    async with client(rapidpro, transformer=add_suffix) as temba:
        assert (await temba.create_group("Fans")).name == "Fans!"
        assert (await temba.get_groups().first()).name == "Fans!"  # type: ignore[union-attr]
        ann = await temba.create_contact(name="Ann", urns=["tel:+250788666001"])
        group = await temba.create_group("Mothers")
        await temba.bulk_add_contacts([Contact.create(uuid=ann.uuid)], Group.create(uuid=group.uuid))
        naive_future = datetime.now() + timedelta(days=1)
        assert await temba.get_contacts(after=naive_future).all() == []
        assert len(await temba.get_contacts(before=datetime.now(UTC) + timedelta(days=1)).all()) == 1


def test_every_async_method_ran(request: pytest.FixtureRequest) -> None:
    assert_every_generated_member_ran(request, AsyncTembaClient, AsyncCursorQuery, AsyncCursorIterator)
