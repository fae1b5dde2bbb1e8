"""Every ``AsyncDatagrokClient`` method (flat and resource-style) against the live emulator: tables round-tripped
with their types (spooled, then parsed on a worker thread), files, ``sync_dir`` streaming its multipart answer into
the local folder, dashboards, functions, groups, users, connections and shares, with the sync client's errors, timeouts,
retries and cancellation."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import dataports
import httpx
import pandas as pd
import pytest
from dataports.datagrok import (
    DatabaseDataSourceType,
    DataConnection,
    DatagrokApiError,
    DatagrokArgumentError,
    Group,
    GroupMembershipRequest,
    ShareFailedError,
    ShareResponse,
    SyncSummary,
    User,
    UserStatus,
)
from dataports.datagrok.async_client import (
    AsyncConnectionsClient,
    AsyncDatagrokClient,
    AsyncFilesClient,
    AsyncFunctionsClient,
    AsyncGroupsClient,
    AsyncSharesClient,
    AsyncTablesClient,
    AsyncUsersClient,
)
from dataports_emulators.testing import RunningEmulator

from tests.asyncio.conftest import assert_every_generated_member_ran

ALL_USERS = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6"


@pytest.fixture
def datagrok(dataports_emulator: RunningEmulator) -> RunningEmulator:
    dataports_emulator.reset("datagrok")
    return dataports_emulator


def make_client(datagrok: RunningEmulator, **options: object) -> AsyncDatagrokClient:
    return AsyncDatagrokClient(f"Bearer {datagrok.token}", datagrok.service_url("datagrok"), **options)  # type: ignore[arg-type]


def typed_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "n": [1, 2, 3],
            "x": [0.5, 1.25, -3.0],
            "label": ["a", "b, with comma", 'quote "q"'],
            "ok": [True, False, True],
            "when": pd.to_datetime(["2024-01-01 10:00:00", "2024-02-29 23:59:59", "2025-12-31 00:00:00"]),
        }
    )


async def test_tables_round_trip_and_dashboards(datagrok: RunningEmulator, tmp_path: Path) -> None:
    async with make_client(datagrok) as client:
        frame = typed_frame()
        ids = await client.upload_table("Demo:Sales:Orders", frame)
        assert ids["project"] == "Sales"
        back = await client.download_table("Demo:Sales:Orders")
        pd.testing.assert_frame_equal(back, frame, check_dtype=False)
        assert back["when"].dtype.kind == "M" and str(back["n"].dtype) == "int64"
        big = pd.DataFrame({"k": range(120_000), "v": [f"s{i}" for i in range(120_000)]})
        await client.upload_table("Demo:Big", big)  # several streamed chunks; the answer spills to a temporary file
        pd.testing.assert_frame_equal(await client.download_table("Demo:Big"), big, check_dtype=False)
        with pytest.raises(dataports.NotFoundError) as missing:
            await client.download_table("Demo:NoSuchTable")
        assert isinstance(missing.value, DatagrokApiError) and missing.value.error_code == 404
        with pytest.raises(DatagrokArgumentError, match="empty part"):
            await client.download_table("Demo::Orders")

        one = (await client.upload_table("Demo:One", pd.DataFrame({"a": [1]})))["ID"]
        two = (await client.upload_table("Demo:Two", pd.DataFrame({"b": [2]})))["ID"]
        layout = tmp_path / "layout.json"
        layout.write_text(json.dumps({"#type": "ViewLayout", "views": []}))
        dashboard = await client.create_dashboard("Demo:Board", f"{one},{two}", str(layout))
        assert dashboard["tables"] == [one, two]
        assert await client.share_dashboard(dashboard["ID"], "All users,Developers", "Edit") is None
        with pytest.raises(dataports.BadRequestError):
            await client.share_dashboard(dashboard["ID"], "NoSuchGroup")

        tables = client.tables
        assert isinstance(tables, AsyncTablesClient)
        await tables.upload("Demo:Res", frame)
        pd.testing.assert_frame_equal(await tables.download("Demo:Res"), frame, check_dtype=False)
        assert (await tables.create_dashboard("Plain", "Demo:One"))["ID"] != dashboard["ID"]


async def test_files_and_sync_dir(datagrok: RunningEmulator, tmp_path: Path) -> None:
    async with make_client(datagrok) as client:
        source = tmp_path / "data.csv"
        typed_frame().to_csv(source, index=False)
        await client.upload_file("System:AppData", "reports/2024/data.csv", str(source), progress=True)
        frame = await client.download_file("System:AppData", "reports/2024/data.csv")
        assert isinstance(frame, pd.DataFrame) and frame["n"].tolist() == [1, 2, 3]
        blob = tmp_path / "blob.bin"
        blob.write_bytes(bytes(range(256)) * 10)
        await client.upload_file("Demo:Home", "bin/blob.bin", blob)
        assert await client.download_file("Demo:Home", "bin/blob.bin") == blob.read_bytes()
        saved = await client.download_file_to("Demo:Home", "bin/blob.bin", tmp_path / "copy.bin")
        assert saved.read_bytes() == blob.read_bytes()
        with pytest.raises(dataports.NotFoundError):
            await client.download_file("System:AppData", "missing.txt")

        local, mirror = tmp_path / "src", tmp_path / "mirror"
        local.mkdir()
        for name, text in {"a.csv": "a\n1\n", "b.txt": "b", "c.csv": "c\n3\n"}.items():
            (local / name).write_text(text)
        files = client.files
        assert isinstance(files, AsyncFilesClient)
        await files.upload("System:AppData", "proj/a.csv", str(local / "a.csv"))
        await files.upload("System:AppData", "proj/sub/b.txt", str(local / "b.txt"))
        await files.upload("System:AppData", "proj/sub/deep/c.csv", str(local / "c.csv"))
        first = await client.sync_dir("System:AppData", "/proj", str(mirror), progress=True)
        assert isinstance(first, SyncSummary)
        assert sorted(first.written) == ["a.csv", "sub/b.txt", "sub/deep/c.csv"] and not first.skipped
        assert (mirror / "sub" / "deep" / "c.csv").read_text() == "c\n3\n"
        (local / "a.csv").write_text("a\n100\n")
        await files.upload("System:AppData", "proj/a.csv", str(local / "a.csv"))
        second = await files.sync_dir("System:AppData", "proj", str(mirror))
        assert second.written == ["a.csv"] and sorted(second.unchanged) == ["sub/b.txt", "sub/deep/c.csv"]
        assert (mirror / "a.csv").read_text() == "a\n100\n"
        assert (await client.sync_dir("System:AppData", "no/such/folder", str(tmp_path / "empty"))).cleared
        back = await files.download("System:AppData", "proj/a.csv")
        assert isinstance(back, pd.DataFrame) and back["a"].tolist() == [100]

        datagrok.seed("datagrok", "files", 40, folder="seeded", size=20_000, fanout=2)
        many = await client.sync_dir("System:AppData", "seeded", str(tmp_path / "seeded"))
        assert len(many.written) == 40 and all(
            (tmp_path / "seeded" / name).stat().st_size == 20_000 for name in many.written
        )


async def test_functions_users_connections_and_shares(datagrok: RunningEmulator) -> None:
    async with make_client(datagrok) as client:
        assert await client.call_function("Demo:Add", {"a": 2, "b": 40}) == 42
        with pytest.raises(dataports.NotFoundError) as missing:  # answered 200 with an api-error header
            await client.call_function("Demo:NoSuchFunction", {})
        assert missing.value.status_code == 200
        functions = client.functions
        assert isinstance(functions, AsyncFunctionsClient)
        assert await functions.call("Demo:Add", {"a": 1.5, "b": 2}) == 3.5

        me = await client.current_user()
        assert isinstance(me, User) and me.login == "demo"
        assert (await client.get_user("asmith")).first_name == "Alice"
        assert {u.login for u in await client.list_users(include_group=True)} == {"demo", "asmith"}
        users = client.users
        assert isinstance(users, AsyncUsersClient)
        assert (await users.current()).id == me.id and (await users.get(me.id)).login == "demo"  # type: ignore[arg-type]
        alice = await users.get("asmith")
        await client.block_user(alice)
        assert (await users.list("status=blocked"))[0].login == "asmith"
        await client.unblock_user(alice)
        await users.block(alice)
        await users.unblock(alice)
        assert (await users.get("asmith")).status is UserStatus.active
        with pytest.raises(dataports.BadRequestError):
            await users.block(me)

        conn = DataConnection(name="Chembl", data_source=DatabaseDataSourceType.Postgres, server="db.example.com")
        saved = await client.save_connection(conn)
        assert (await client.get_connection("Demo:Chembl")).id == saved.id
        assert [c.name for c in await client.list_connections(data_source=DatabaseDataSourceType.Postgres)] == [
            "Chembl"
        ]
        await client.test_connection(saved)
        with pytest.raises(dataports.DataportsError, match="not available"):
            await client.test_connection(DataConnection(name="NoServer", data_source=DatabaseDataSourceType.MySql))
        connections = client.connections
        assert isinstance(connections, AsyncConnectionsClient)
        assert (await connections.get("Demo:Chembl")).id == saved.id
        again = await connections.save(saved)
        assert again.id in {c.id for c in await connections.list()}
        await connections.test(again)
        await client.delete_connection(saved)
        with pytest.raises(dataports.NotFoundError):
            await connections.get("Demo:Chembl")
        other = await connections.save(DataConnection(name="Other", data_source=DatabaseDataSourceType.Postgres))
        await connections.delete(other)
        with pytest.raises(dataports.PermissionDeniedError):
            await connections.delete("System:AppData")

        table = (await client.upload_table("Demo:Shared", pd.DataFrame({"a": [1]})))["ID"]
        outcome = await client.share(table, "All users,NoSuchGroup", "Edit")
        assert isinstance(outcome, ShareResponse) and outcome.failed == ["NoSuchGroup"]
        shares = client.shares
        assert isinstance(shares, AsyncSharesClient)
        assert (await shares.share(table, ["All users"])).already_shared == ["All users"]
        with pytest.raises(ShareFailedError):
            await shares.share(table, "Nobody")


async def test_groups_flat_and_resource_style(datagrok: RunningEmulator) -> None:
    async with make_client(datagrok) as client:
        me = await client.get_current_user_group()
        assert me.personal and me.name == "demo"
        assert {"All users", "Developers"} <= {g.name for g in await client.list_groups()}
        assert {g.name for g in await client.lookup_groups("smith")} == {"asmith"}
        assert {"demo", "asmith"} <= {g.name for g in (await client.get_group(ALL_USERS)).members}
        assert {g.name for g in await client.get_group_members(ALL_USERS, admin=False)} >= {"demo", "asmith"}
        assert {g.name for g in await client.get_group_memberships(me.id, admin=True)} == {"Developers"}  # type: ignore[arg-type]

        chemists = await client.save_group(Group(name="Chemists"))
        alice = (await client.lookup_groups("asmith"))[0]
        chemists.add_member(alice, is_admin=True)  # an async client's models are unbound: only the object changes
        await client.save_group(chemists, save_relations=True)
        assert [g.name for g in (await client.get_group(chemists.id)).admin_members] == ["asmith"]  # type: ignore[arg-type]
        request = await client.request_group_membership(chemists.id)  # type: ignore[arg-type]
        assert isinstance(request, GroupMembershipRequest) and request.approved is None
        with pytest.raises(TypeError, match="not bound"):
            request.approve()
        assert [r.id for r in await client.get_group_membership_requests(chemists.id)] == [request.id]  # type: ignore[arg-type]
        await client.approve_membership_request(request.id)  # type: ignore[arg-type]
        with pytest.raises(dataports.BadRequestError):
            await client.deny_membership_request(request.id)  # type: ignore[arg-type]
        reviewers = await client.save_group(Group(name="Reviewers"))
        pending = await client.request_group_membership(reviewers.id)  # type: ignore[arg-type]
        await client.deny_membership_request(pending.id)  # type: ignore[arg-type]
        await client.delete_group(reviewers)
        with pytest.raises(dataports.NotFoundError):
            await client.get_group(reviewers.id)  # type: ignore[arg-type]

        groups = client.groups
        assert isinstance(groups, AsyncGroupsClient)
        assert (await groups.current()).name == "demo"
        assert {g.name for g in await groups.find("smith")} == {"asmith"}
        assert (await groups.get(ALL_USERS)).id == ALL_USERS
        assert "Developers" in {g.name for g in await groups.list()}
        physicists = await groups.save(Group(name="Physicists"))
        joined = await groups.add_member(physicists, "asmith", is_admin=True)
        assert [g.name for g in joined.admin_members] == ["asmith"]
        assert {g.name for g in await groups.get_members(physicists)} == {"asmith"}
        assert "Physicists" in {g.name for g in await groups.get_memberships(alice)}
        await groups.delete(physicists)


async def test_errors_timeouts_and_retries(datagrok: RunningEmulator) -> None:
    async with AsyncDatagrokClient("Bearer wrong", datagrok.service_url("datagrok")) as wrong:
        with pytest.raises(dataports.AuthenticationError) as refused:
            await wrong.list_groups()
        assert refused.value.status_code == 401
    async with make_client(datagrok, max_retries=2) as client:
        # Half the requests answer 503: without retries some call fails; with them every call completes.
        datagrok.set_faults("datagrok", status=503, rate=0.5, seed=7)
        with pytest.raises(dataports.APIStatusError):
            for _ in range(8):
                await client.with_options(max_retries=0).list_groups()
        datagrok.set_faults("datagrok", status=503, rate=0.5, seed=7)
        for _ in range(8):
            assert await client.with_options(max_retries=6).get_current_user_group()
        datagrok.clear_faults("datagrok")
    async with make_client(datagrok) as client:
        with datagrok.faults("datagrok", latency_ms=600), pytest.raises(dataports.APITimeoutError) as slow:
            await client.with_options(timeout=0.2, max_retries=0).download_table("Demo:Anything")
        assert "timed out" in str(slow.value).lower() or "timeout" in str(slow.value).lower()


async def test_cancelled_download_and_sync_leave_nothing_behind(datagrok: RunningEmulator, tmp_path: Path) -> None:
    datagrok.seed("datagrok", "files", 30, folder="slow", size=10_000, fanout=1)
    async with make_client(datagrok) as client:
        await client.upload_table("Demo:Mid", pd.DataFrame({"k": range(50_000)}))
        with datagrok.faults("datagrok", latency_ms=500):
            task = asyncio.create_task(client.download_table("Demo:Mid"))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        # the connection pool is still usable after the cancellation
        assert (await client.download_table("Demo:Mid")).shape == (50_000, 1)
        mirror = tmp_path / "m"
        assert len((await client.sync_dir("System:AppData", "slow", str(mirror))).written) == 30
        assert not [p for p in mirror.rglob("*") if p.name.startswith(".") and p.name != ".sync_meta.json"]


async def test_bad_input_fails_before_any_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    async with AsyncDatagrokClient(
        "Bearer k", "https://datagrok.example/api", async_transport=httpx.MockTransport(refuse)
    ) as client:
        with pytest.raises(DatagrokArgumentError, match="dataframe"):
            await client.upload_table("Demo:T", [1, 2])  # type: ignore[arg-type]
        with pytest.raises(DatagrokArgumentError, match="access"):
            await client.share_dashboard("x", "All users", "Own")
        with pytest.raises(DatagrokArgumentError, match="remote_path"):
            await client.sync_dir("System:AppData", "a/../..", "unused")
        with pytest.raises(DatagrokArgumentError, match="invocation_parameters"):
            await client.call_function("Demo:Add", [1, 2])  # type: ignore[arg-type]
    with pytest.raises(DatagrokArgumentError, match="api_key"):
        AsyncDatagrokClient(base_url="https://datagrok.example/api")


def test_every_async_method_ran(request: pytest.FixtureRequest) -> None:
    assert_every_generated_member_ran(
        request,
        AsyncDatagrokClient,
        AsyncTablesClient,
        AsyncFilesClient,
        AsyncFunctionsClient,
        AsyncGroupsClient,
        AsyncUsersClient,
        AsyncConnectionsClient,
        AsyncSharesClient,
    )
