"""Every ClicData async class against the live emulator: ``AsyncSession``/``AsyncSessionManager``, ``AsyncData``
(typed reads over every page, history, chunked appends that account for every row, a cancelled append reporting the
fate of every row), ``AsyncAccount``, ``AsyncDashboard``, ``AsyncSchedule``, ``AsyncTeam``, ``AsyncUser`` and
``AsyncClicData``, with tokens renewed under asyncio, timeouts and retries."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator

import dataports
import httpx
import numpy as np
import pandas as pd
import pytest
from dataports.clicdata import (
    AppendSummary,
    BadRequest,
    InvalidArgument,
    ObjectNotFound,
    SessionNotBound,
)
from dataports.clicdata.async_client import (
    AsyncAccount,
    AsyncClicData,
    AsyncDashboard,
    AsyncData,
    AsyncSchedule,
    AsyncSession,
    AsyncSessionManager,
    AsyncTeam,
    AsyncUser,
)
from dataports.toolkit import CANCELLED, cancelled_summary
from dataports_emulators.testing import RunningEmulator

from tests.asyncio.conftest import assert_every_generated_member_ran

CLIENT_ID = "dataports-demo"
SALES, LEADS = 100_001, 100_002
OWNER, ANALYST = 2001, 2002
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def clicdata(dataports_emulator: RunningEmulator) -> Iterator[RunningEmulator]:
    dataports_emulator.reset("clicdata")
    dataports_emulator.configure("clicdata", token_ttl=3600, page_size=1000)
    yield dataports_emulator
    AsyncSessionManager.close_session()
    dataports_emulator.configure("clicdata", token_ttl=3600, page_size=1000)


def session_of(emulator: RunningEmulator, **options: object) -> AsyncSession:
    return AsyncSession(
        client_id=CLIENT_ID,
        client_secret=emulator.token,
        url=emulator.service_url("clicdata"),
        **options,  # type: ignore[arg-type]
    )


def frame(count: int, start: int = 0) -> pd.DataFrame:
    ids = np.arange(start, start + count)
    return pd.DataFrame(
        {
            "id": ids,
            "name": [f"row {i}" for i in ids],
            "amount": ids * 1.25,
            "when": pd.Timestamp("2024-01-01 08:00") + pd.to_timedelta(ids, unit="min"),
            "ok": ids % 2 == 0,
        }
    )


async def test_sessions_shared_and_isolated(clicdata: RunningEmulator) -> None:
    with pytest.raises(SessionNotBound):
        AsyncData()
    url = clicdata.service_url("clicdata")
    AsyncSessionManager(client_id=CLIENT_ID, client_secret=clicdata.token, url=url)
    shared = AsyncSessionManager.get_session()
    assert AsyncData().session is shared and AsyncAccount().session is shared
    async with AsyncData(client_id=CLIENT_ID, client_secret=clicdata.token, url=url) as isolated:
        assert isolated.session is not shared
        assert len(await isolated.get_data(output="dict")) == 2
    assert isolated.session.async_http.is_closed and not shared.async_http.is_closed
    with AsyncSchedule(client_id=CLIENT_ID, client_secret=clicdata.token, url=url) as plain:
        assert (await plain.get_schedule(701, output="dict"))[0]["id"] == 701  # type: ignore[index]
    async with AsyncClicData(session=shared) as everything:
        assert (await everything.get_account(output="dict"))["usage"]["data_sets"] == 2  # type: ignore[index]
    assert not shared.async_http.is_closed  # the shared session is not the object's own
    other = session_of(clicdata)
    AsyncSessionManager.bind_session(other)
    assert AsyncSessionManager.get_session() is other
    await shared.aclose()


async def test_reads_every_page_typed_history_and_classic_calls(clicdata: RunningEmulator) -> None:
    clicdata.configure("clicdata", page_size=7)
    (rec_id,) = clicdata.seed("clicdata", "data_sets", 1, rows=50)["ids"]
    async with session_of(clicdata) as session:
        data = AsyncData(session=session)
        listed = await data.get_data()
        assert isinstance(listed, pd.DataFrame) and "Sales" in listed["name"].tolist()
        rows = await data.get_data(rec_id, output="dict")
        assert [row["id"] for row in rows] == list(range(1, 51))  # type: ignore[index]
        table = await data.get_data(rec_id, progress=True)
        assert isinstance(table, pd.DataFrame) and len(table) == 50
        assert table["created"].dtype.kind == "M" and table["active"].dtype.kind == "b"

        versions = await data.get_data_history(SALES, output="dict")
        assert [(v["id"], v["data_rec_id"]) for v in versions] == [(1, SALES)]  # type: ignore[index]
        assert "reload" in await data.rebuild_data(SALES, "reload")
        first = await data.get_data_history(SALES, 1)
        assert isinstance(first, pd.DataFrame) and len(first) == 120
        with pytest.raises(BadRequest) as disabled:
            await data.get_data_history(LEADS)
        assert disabled.value.code == "DataHistoryDisabled"
        with pytest.raises(InvalidArgument, match="reload, recreate"):
            await data.rebuild_data(SALES, "rebuild")

        assert len(await data.retrieve_paginated_data(f"data/{SALES}")) == 130
        response = await session.api_call("data", "get", params={"name": "Leads"})
        assert [d["id"] for d in response.json()["data"]] == [LEADS]
        with pytest.raises(ObjectNotFound):
            await session.api_call("data/1/versions", "GET")
        session.reinitialize()
        from dataports_api.clicdata.api.data import list_data_sets

        assert (await session.fetch_records(list_data_sets.build_request(), "data"))[0]["id"] == SALES


async def test_create_append_update_delete(clicdata: RunningEmulator) -> None:
    async with AsyncData(
        client_id=CLIENT_ID, client_secret=clicdata.token, url=clicdata.service_url("clicdata")
    ) as data:
        created = await data.create_and_append("Round trip", "from a DataFrame", frame(30), progress=False)
        assert created["summary"].success
        back = await data.get_data(created["rec_id"])
        assert isinstance(back, pd.DataFrame) and sorted(back["id"].tolist()) == list(range(30))
        static = await data.static_send_data("README name", desc="static", data=frame(3), progress=False)
        assert static["summary"].appended == 3

        rec_id = await data.create_data("Chunked", cols=dict(frame(1).dtypes))
        summary = await data.append_data(rec_id, frame(2345), chunk_size=100, concurrency=4, progress=False)
        assert isinstance(summary, AppendSummary)
        assert (summary.total, summary.appended, summary.rejected, summary.failed) == (2345, 2345, [], [])
        ids = sorted(row["id"] for row in await data.get_data(rec_id, output="dict"))  # type: ignore[index]
        assert ids == list(range(2345))

        strict = await data.create_data("Strict", cols={"id": "number", "score": "number"})
        rows = pd.DataFrame({"id": range(12), "score": [1, 2, "high", 4, 5, 6, 7, "low", 9, 10, 11, float("inf")]})
        refused = await data.append_data(strict, rows, chunk_size=5, concurrency=2, progress=False)
        assert refused.appended == 9 and [r.index for r in refused.rejected] == [2, 7, 11]

        cities = await data.create_data("Deletable", cols={"city": "text", "n": "number"})
        await data.append_data(cities, pd.DataFrame({"city": ["Kigali", "Lyon", "Kigali"], "n": [1, 2, 3]}))
        assert (await data.delete_data(cities, {"city": "Kigali", "n": 3}, multiple_rows="first")).startswith("1 rows")
        assert (await data.update_data(cities, {"city": "Lyon"}, {"n": 20})).startswith("1 rows updated")
        with pytest.raises(BadRequest) as unknown:
            await data.delete_data(cities, {"country": "RW"})
        assert unknown.value.column == "country"


async def test_a_cancelled_append_reports_every_row(clicdata: RunningEmulator) -> None:
    async with session_of(clicdata) as session:
        data = AsyncData(session=session)
        rec_id = await data.create_data("Cancelled", cols={"id": "number", "label": "text"})
        rows = pd.DataFrame({"id": range(2000), "label": [f"r{i}" for i in range(2000)]})
        with clicdata.faults("clicdata", latency_ms=300, rate=0.0):
            task = asyncio.create_task(data.append_data(rec_id, rows, chunk_size=100, concurrency=3, progress=False))
            await asyncio.sleep(0.8)
            task.cancel()
            with pytest.raises(asyncio.CancelledError) as cancelled:
                await task
        summary = cancelled_summary(cancelled.value)
        assert summary is not None
        sent = {index for index, _ in summary.sent}
        failed = {failure.index for failure in summary.failed}
        assert not sent & failed and sent | failed == set(range(summary.total))
        assert summary.failed and all(failure.error == CANCELLED for failure in summary.failed)
        stored = sorted(row["id"] for row in await data.get_data(rec_id, output="dict"))  # type: ignore[index]
        assert stored == sorted(sent)  # what was reported sent is exactly what the data set holds


async def test_tokens_renew_under_asyncio(clicdata: RunningEmulator) -> None:
    clicdata.configure("clicdata", token_ttl=1, page_size=40)
    (rec_id,) = clicdata.seed("clicdata", "data_sets", 1, rows=800)["ids"]
    refused = 0

    async def count(response: httpx.Response) -> None:
        nonlocal refused
        refused += response.status_code == 401

    async with session_of(clicdata, token_refresh_margin=-60) as late:
        late.async_http.event_hooks["response"].insert(0, count)
        with clicdata.faults("clicdata", latency_ms=120, rate=0.0):
            rows = await AsyncData(session=late).get_data(rec_id, output="dict")
        assert [row["id"] for row in rows] == list(range(1, 801))  # type: ignore[index]
        assert late.token_refreshes >= 2 and refused >= 1
    clicdata.configure("clicdata", token_ttl=1)
    async with session_of(clicdata, token_refresh_margin=-60) as session:
        data = AsyncData(session=session)
        target = await data.create_data("Expiring", cols={"id": "number"})
        with clicdata.faults("clicdata", latency_ms=150, rate=0.0):
            summary = await data.append_data(target, pd.DataFrame({"id": range(3000)}), chunk_size=100, concurrency=3)
        assert (summary.appended, summary.failed) == (3000, []) and session.token_refreshes >= 2


async def test_timeouts_and_retries(clicdata: RunningEmulator) -> None:
    async with session_of(clicdata) as session:
        data = AsyncData(session=session)
        with clicdata.faults("clicdata", latency_ms=500), pytest.raises(dataports.APITimeoutError):
            await AsyncData(session=session.with_options(timeout=0.1, max_retries=0)).get_data(output="dict")
        clicdata.set_faults("clicdata", status=503, rate=0.5, seed=7)
        with pytest.raises(dataports.APIStatusError):
            for _ in range(8):
                await AsyncData(session=session.with_options(max_retries=0)).get_data(output="dict")
        clicdata.set_faults("clicdata", status=503, rate=0.5, seed=7)
        for _ in range(8):
            assert len(await AsyncData(session=session.with_options(max_retries=6)).get_data(output="dict")) == 2
        clicdata.clear_faults("clicdata")
        assert len(await data.get_data(output="dict")) == 2


async def test_account_dashboards_schedules(clicdata: RunningEmulator) -> None:
    AsyncSessionManager(client_id=CLIENT_ID, client_secret=clicdata.token, url=clicdata.service_url("clicdata"))
    account = AsyncAccount()
    usage = await account.get_account()
    assert isinstance(usage, pd.DataFrame) and list(usage.columns) == ["usage", "limits"]
    users = await account.get_account_activity()
    assert isinstance(users, pd.DataFrame) and "demo@dataports.dev" in users["email"].tolist()
    dashboards = AsyncDashboard()
    plain = await dashboards.get_dashboard()
    assert isinstance(plain, pd.DataFrame) and len(plain) == 3
    with_images = await dashboards.get_dashboard(thumbnail=True, name="kpi", output="dict")
    (only,) = with_images["dashboards"]  # type: ignore[index]
    assert base64.b64decode(only["thumbnail"]).startswith(PNG)
    thumbnail = await dashboards.get_dashboard_thumbnail(502)
    snapshot = await dashboards.get_dashboard_snapshot(502)
    assert thumbnail and snapshot
    schedules = AsyncSchedule()
    assert (await schedules.get_schedule(701, output="dict"))[0]["id"] == 701  # type: ignore[index]
    assert await schedules.trigger_schedule(701)
    with pytest.raises(ObjectNotFound):
        await schedules.trigger_schedule(799)


async def test_teams_and_users(clicdata: RunningEmulator) -> None:
    AsyncSessionManager(client_id=CLIENT_ID, client_secret=clicdata.token, url=clicdata.service_url("clicdata"))
    teams, users = AsyncTeam(), AsyncUser()
    team_id = await teams.create_team("Analysts", description="Reads the sales data")
    assert await teams.update_team(team_id, name="Data analysts") == f"Team {team_id} updated."
    assert "added to" in await teams.add_user_to_team(team_id, ANALYST)
    await teams.set_team_parameter(team_id, "region", "North")
    await teams.remove_team_parameter(team_id, "region")
    await teams.add_user_to_team(team_id, OWNER)
    await teams.remove_user_from_team(team_id, OWNER)
    (team,) = await teams.get_team(team_id, output="dict")  # type: ignore[misc]
    assert team["users"] == [ANALYST] and team["parameters"] == []

    user_id = await users.create_user("bob@example.com", "Bob", "Builder")
    assert await users.update_user(user_id, first_name="Robert") == f"User {user_id} updated."
    assert (await users.get_user(user_id, output="dict"))[0]["first_name"] == "Robert"  # type: ignore[index]
    assert await users.update_user_password(user_id, "Passw0rd-1")
    with pytest.raises(BadRequest):
        await users.update_user_password(user_id, "short1")
    assert await users.delete_user(user_id) == f"User {user_id} deleted."
    assert await teams.delete_team(team_id) == f"Team {team_id} deleted."
    with pytest.raises(ObjectNotFound):
        await teams.get_team(team_id)


async def test_bad_input_fails_before_any_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    async with AsyncSession(
        client_id=CLIENT_ID,
        client_secret="s",
        url="https://clicdata.example/",
        async_transport=httpx.MockTransport(refuse),
    ) as session:
        data = AsyncData(session=session)
        with pytest.raises(InvalidArgument, match="rec_id"):
            await data.get_data_history()
        with pytest.raises(InvalidArgument):
            await session.api_call("https://elsewhere.example/data", "get")
        with pytest.raises(InvalidArgument):
            await data.delete_data(1, {}, "all")


def test_every_async_method_ran(request: pytest.FixtureRequest) -> None:
    assert_every_generated_member_ran(
        request,
        AsyncSession,
        AsyncSessionManager,
        AsyncData,
        AsyncAccount,
        AsyncDashboard,
        AsyncSchedule,
        AsyncTeam,
        AsyncUser,
    )
