"""Every async Gretel method against the live emulator: projects, records, streams (``async for``), fields, samples,
bulk ingest with bounded concurrency under faults, and a cancelled ``send_bulk`` that reports every record."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import dataports
import pytest
from dataports import InvalidArgumentError
from dataports.gretel import BadRequest, Forbidden, NotFound, Unauthorized
from dataports.gretel.async_client import (
    AsyncClient,
    AsyncProject,
    async_project_from_uri,
    async_temporary_project,
    get_async_cloud_client,
)
from dataports.gretel.errors import NotSupportedError
from dataports_emulators.testing import RunningEmulator

from tests.asyncio.conftest import assert_every_generated_member_ran

PERSON = {"name": "Ann Smith", "email": "ann@example.com", "ip": "10.0.0.1", "phone": "+1 415 555 1234"}


def client(emulator: RunningEmulator, **options: Any) -> AsyncClient:
    return get_async_cloud_client(emulator.service_url("gretel"), emulator.token, **options)


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


async def names(gretel: AsyncClient) -> set[str]:
    return {project.name for project in await gretel.search_projects()}


async def test_projects_named_auto_named_searched_and_deleted(
    gretel: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with client(gretel) as gretel_client:
        assert gretel_client.base_url == gretel.service_url("gretel") + "/"
        with pytest.raises(Unauthorized):
            await gretel_client.get_project(name="my_existing_project")
        named = await gretel_client.get_project(name="my_named_project", create=True)
        assert isinstance(named, AsyncProject) and len(named.project_id) == 24
        again = await gretel_client.get_project(name="my_named_project", create=True)
        assert again.project_id == named.project_id and named.get_console_url().endswith("my_named_project")
        assert named.console_url == named.get_console_url()
        auto = await gretel_client.get_project(create=True)
        assert auto.name and auto.name != named.name
        assert {p.name for p in await gretel_client.search_projects(query="named")} == {"my_named_project"}
        await auto.delete()
        await eventually(lambda: _absent(gretel_client, auto.name))
        async with async_temporary_project(gretel_client) as temporary:
            assert temporary.name in await names(gretel_client)
        await eventually(lambda: _absent(gretel_client, temporary.name))
        with pytest.raises(NotSupportedError):
            gretel_client.install_transformers()
    monkeypatch.setenv("GRETEL_API_KEY", gretel.token)
    host = gretel.service_url("gretel").removeprefix("http://")
    monkeypatch.setenv("DATAPORTS_GRETEL_URL", gretel.service_url("gretel"))
    from_uri = await async_project_from_uri(f"gretel://{host.partition('/')[0]}/my_named_project")
    assert from_uri.project_id == named.project_id
    await from_uri.client.aclose()


async def _absent(gretel_client: AsyncClient, name: str) -> bool:
    return name not in await names(gretel_client)


async def test_send_returns_success_and_failure_exactly_as_the_docs(gretel: RunningEmulator) -> None:
    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        success, failure = await project.send({"foo": "bar"})
        assert [s["idx"] for s in success] == [0] and len(success[0]["gretel_id"]) == 32 and failure == []
        success, failure = await project.send([{"foo": "bar"}, 1, 2, 3])
        assert [f["idx"] for f in failure] == [1, 2, 3]
        with pytest.raises(InvalidArgumentError, match="at most 50") as too_many:
            await project.send([{"n": i} for i in range(51)])
        assert isinstance(too_many.value, BadRequest)
        with pytest.raises(BadRequest, match="detection_mode"):
            await project.send({"a": 1}, detection_mode="slow")


async def test_record_stream_forward_backward_and_waiting(gretel: RunningEmulator) -> None:
    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        summary = await project.send_bulk([{"n": i} for i in range(450)], progress=False)
        assert summary.success and len(summary.sent) == 450
        newest_first = [r["record"]["n"] async for r in project.iter_records(direction="backward")]
        assert sorted(newest_first) == list(range(450))
        forward = [r["record"]["n"] async for r in project.iter_records(wait_for=0)]
        assert forward == list(reversed(newest_first))[-200:]
        assert len([r async for r in project.iter_records(direction="backward", record_limit=7)]) == 7
        doubled = [
            r async for r in project.iter_records(direction="backward", post_process=lambda r: 2, record_limit=2)
        ]
        assert doubled == [2, 2]

        fresh = await gretel_client.get_project(create=True)
        await fresh.send({"n": 0})
        stream = fresh.iter_records(wait_for=3)
        assert (await anext(stream))["record"] == {"n": 0}
        await fresh.send({"n": 1})  # the stream is waiting (polling without blocking the loop): it sees this one
        assert (await anext(stream))["record"] == {"n": 1}


async def test_head_sample_fields_entities_and_flush(gretel: RunningEmulator) -> None:
    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        await project.send([PERSON, {"name": "Tom Baker", "note": "call +1 415 555 9876"}])
        frame = await project.head(2)
        assert list(frame["name"]) == ["Tom Baker", "Ann Smith"]  # type: ignore[index]
        assert await project.head(1, as_df=False) == [{"name": "Tom Baker", "note": "call +1 415 555 9876"}]
        assert [record["data"]["name"] for record in await project.sample(2)] == ["Tom Baker", "Ann Smith"]
        fields = {f["field"]: f for f in await project.get_field_details()}
        assert fields["name"]["count"] == 2 and fields["email"]["count"] == 1
        assert {f["field"] for f in await project.get_field_details(entity="phone_number")} == {"phone", "note"}
        entities = {e["label"]: e for e in await project.entities}
        assert entities["person_name"]["count"] == 2
        rows = await project.get_field_entities()
        assert {(r["field"], r["entity_label"]) for r in rows} >= {("email", "email_address")}  # type: ignore[index]
        assert list((await project.get_field_entities(as_df=True, entity="email_address"))["field"]) == ["email"]  # type: ignore[call-overload]
        assert await project.record_count == 2 and await project.field_count == 5
        await project.flush()
        await eventually(lambda: _empty(project))


async def _empty(project: AsyncProject) -> bool:
    return await project.record_count == 0 and await project.field_count == 0


async def test_detect_entities_and_samples(gretel: RunningEmulator) -> None:
    async with client(gretel) as gretel_client:
        detected = await gretel_client.detect_entities([{"msg": "mail bob@example.com from 10.1.2.3"}])
        labels = [x["label"] for x in detected[0]["metadata"]["fields"]["msg"]["ner"]["labels"]]
        assert labels == ["email_address", "ip_address"]
        assert "safecast" in await gretel_client.list_samples()
        assert {"name", "description"} <= set((await gretel_client.list_samples(include_details=True))[0])  # type: ignore[arg-type]
        assert len(await gretel_client.get_sample("safecast", limit=5)) == 5
        assert len(await gretel_client.get_sample("safecast", as_df=True, limit=3)) == 3
        with pytest.raises(NotFound) as missing:
            await gretel_client.get_sample("no-such-sample")
        assert isinstance(missing.value, dataports.NotFoundError)


async def test_errors_timeouts_and_rate_limits(gretel: RunningEmulator) -> None:
    async with get_async_cloud_client(gretel.service_url("gretel"), "wrong-key-123") as wrong:
        with pytest.raises(Unauthorized) as bad_key:
            await wrong.search_projects()
        assert "wrong-key-123" not in str(bad_key.value) + repr(bad_key.value) + bad_key.value.describe()
    async with client(gretel, max_retries=0) as limited, client(gretel) as patient:
        with gretel.faults("gretel", status=403, rate=1.0), pytest.raises(Forbidden):
            await limited.search_projects()
        with gretel.faults("gretel", latency_ms=400), pytest.raises(dataports.APIConnectionError):
            await limited.with_options(timeout=0.1).search_projects()
        gretel.set_faults("gretel", rate_limit=3, rate_window=1.0)  # waited out with backoff, without blocking
        project = await patient.get_project(create=True)
        await asyncio.gather(*(project.send({"n": i}) for i in range(6)))
        assert len([r async for r in project.iter_records(direction="backward")]) == 6
        gretel.clear_faults("gretel")


async def test_send_dataframe_and_sampling(gretel: RunningEmulator) -> None:
    import pandas

    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        frame = pandas.DataFrame({"a": range(120), "b": [f"row {i}" for i in range(120)]})
        assert len((await project.send_dataframe(frame, progress=False)).sent) == 120
        assert len((await project.send_dataframe(frame, sample=10, progress=False)).sent) == 10
        with pytest.raises(InvalidArgumentError, match="sample"):
            await project.send_dataframe(frame, sample=1.5)


def generator(count: int) -> Iterator[object]:
    for i in range(count):
        yield i if i % 1000 == 999 else {"n": i, "email": f"user{i}@example.com"}


async def stored(project: AsyncProject) -> list[Any]:
    return [r async for r in project.iter_records(direction="backward")]


async def test_bulk_under_faults_stores_exactly_what_it_reports(gretel: RunningEmulator) -> None:
    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        await project.send({"warm": "up"})  # the first answer tells the client the emulator keeps idempotency keys
        gretel.set_faults("gretel", statuses={"500": 0.05, "403": 0.05}, drop_rate=0.05, seed=7, paths="records/send")
        summary = await project.send_bulk(generator(20_000), detection_mode="none", progress=False, concurrency=16)
        gretel.clear_faults("gretel")
        assert summary.total == 20_000
        assert len(summary.sent) + len(summary.rejected) + len(summary.failed) == 20_000
        assert [r.index for r in summary.rejected] == list(range(999, 20_000, 1000))
        ids = [r["metadata"]["gretel_id"] for r in await stored(project) if "warm" not in r["record"]]
        assert len(ids) == len(set(ids)), "a record was stored twice"
        assert set(ids) == set(summary.sent.ids()), "stored records differ from those reported sent"
        if summary.failed:
            again = await project.send_bulk(summary.failed_records(), progress=False)
            assert len(again.sent) == len(summary.failed)


async def test_cancelled_send_bulk_reports_the_fate_of_every_record(gretel: RunningEmulator) -> None:
    from dataports.toolkit import CANCELLED, cancelled_summary

    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        gretel.set_faults("gretel", latency_ms=150, paths="records/send")
        read: list[int] = []

        def records() -> Iterator[dict[str, int]]:
            for i in range(100_000):
                read.append(i)
                yield {"n": i}

        task = asyncio.create_task(project.send_bulk(records(), progress=False, concurrency=4))
        await asyncio.sleep(0.5)  # a few rounds of batches answered, the next ones in flight
        task.cancel()
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await task
        gretel.clear_faults("gretel")
        summary = cancelled_summary(cancelled.value)
        assert summary is not None and summary.total == len(read) < 100_000
        assert len(summary.sent) + len(summary.rejected) + len(summary.failed) == len(read)
        assert summary.sent and summary.failed and {f.error for f in summary.failed} == {CANCELLED}
        sent = {index for index, _ in summary.sent}
        cancelled_indices = {f.index for f in summary.failed}
        await asyncio.sleep(0.3)  # requests the server had already taken finish
        kept = {r["record"]["n"] for r in await stored(project)}
        assert sent <= kept  # everything reported sent is stored...
        assert kept - sent <= cancelled_indices  # ...and what else is stored was reported as cancelled mid-flight


async def test_bulk_concurrency_is_bounded_and_needs_no_threads(
    gretel: RunningEmulator, threads_started_here: list[threading.Thread]
) -> None:
    async with client(gretel) as gretel_client:
        project = await gretel_client.get_project(create=True)
        gretel.set_faults("gretel", latency_ms=50, paths="records/send")
        started = time.monotonic()
        summary = await project.send_bulk(({"n": i} for i in range(2_000)), progress=False, worker_threads=20)
        elapsed = time.monotonic() - started
        gretel.clear_faults("gretel")
        assert summary.success and len(summary.sent) == 2_000
        # 40 batches of 50 at 50 ms each: 20 at a time take about 2 rounds, one at a time would take 2 s.
        assert elapsed < 1.5 and threads_started_here == []


def test_every_async_method_ran(request: pytest.FixtureRequest) -> None:
    assert_every_generated_member_ran(request, AsyncClient, AsyncProject)
