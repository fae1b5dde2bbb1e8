"""The resource-style sub-clients (``datagrok-api`` 0.1.0 names and signatures) against the live emulator: the same
calls as the flat methods, reached as ``client.tables.download(...)``, ``client.groups.add_member(...)``..."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dataports
import pandas as pd
import pytest
from dataports.datagrok import (
    Credentials,
    DatabaseDataSourceType,
    DataConnection,
    DatagrokArgumentError,
    DatagrokClient,
    FileDataSourceType,
    Group,
    ShareFailedError,
    ShareResponse,
    User,
    UserStatus,
)
from dataports_emulators.testing import RunningEmulator


@pytest.fixture
def grok(dataports_emulator: RunningEmulator) -> Iterator[DatagrokClient]:
    dataports_emulator.reset("datagrok")
    # The resource client's argument order: base URL first.
    with DatagrokClient(dataports_emulator.service_url("datagrok") + "/api", f"Bearer {dataports_emulator.token}") as c:
        yield c


def test_tables_and_dashboards(grok: DatagrokClient) -> None:
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    ids = grok.tables.upload("Demo:Proj:T", frame)
    pd.testing.assert_frame_equal(grok.tables.download("Demo:Proj:T"), frame, check_dtype=False)
    assert grok.tables.create_dashboard("Board", ids["ID"])["tables"] == [ids["ID"]]


def test_files_and_sync_with_connection_objects(grok: DatagrokClient, tmp_path: Path) -> None:
    home = grok.connections.get("Demo:Home")
    assert isinstance(home, DataConnection) and home.data_source is FileDataSourceType.Files
    source = tmp_path / "n.csv"
    source.write_text("n\n1\n2\n")
    grok.files.upload(home, "data/n.csv", str(source))
    assert grok.files.download(home, "data/n.csv")["n"].tolist() == [1, 2]  # type: ignore[index]
    summary = grok.files.sync_dir(home, "data", str(tmp_path / "mirror"))
    assert summary.written == ["n.csv"] and (tmp_path / "mirror" / "n.csv").read_text() == "n\n1\n2\n"
    database = DataConnection(name="Db", data_source=DatabaseDataSourceType.Postgres, server="db")
    with pytest.raises(DatagrokArgumentError, match="file connections"):
        grok.files.download(database, "x.csv")


def test_functions_users_and_connections(grok: DatagrokClient) -> None:
    assert grok.functions.call("Demo:Add", {"a": 1.5, "b": 2}) == 3.5
    assert grok.functions.call("Demo:Echo", {"value": None}) is None
    me = grok.users.current()
    assert isinstance(me, User) and me.login == "demo" and me.status is UserStatus.active and me.group is not None
    assert grok.users.get("asmith").first_name == "Alice" and grok.users.get(me.id).login == "demo"  # type: ignore[arg-type]
    listed = grok.users.list(include_group=True)
    assert {u.login for u in listed} == {"demo", "asmith"} and all(u.group for u in listed)
    alice = grok.users.get("asmith")
    grok.users.block(alice)
    assert grok.users.list("status=blocked")[0].login == "asmith"
    grok.users.unblock(alice)
    assert grok.users.get("asmith").status is UserStatus.active
    with pytest.raises(dataports.BadRequestError):
        grok.users.block(me)
    with pytest.raises(dataports.NotFoundError):
        grok.users.get("nobody")

    conn = DataConnection(
        name="Chembl",
        data_source=DatabaseDataSourceType.Postgres,
        server="db.example.com",
        port=5432,
        db="chembl",
        credentials=Credentials(login="reader", password="hunter2"),
        tags=["chem"],
    )
    saved = grok.connections.save(conn, save_credentials=True)
    assert saved.id == conn.id and saved.server == "db.example.com" and saved.namespace == "Demo:"
    assert "hunter2" not in repr(saved.credentials) and saved.credentials.parameters == {}
    assert grok.connections.get("Demo:Chembl").id == saved.id
    assert [c.name for c in grok.connections.list(data_source=DatabaseDataSourceType.Postgres)] == ["Chembl"]
    assert [c.name for c in grok.connections.list(tags=["chem"])] == ["Chembl"]
    assert {c.name for c in grok.connections.list("dataSource='Files'")} == {"AppData", "Home"}
    grok.connections.test(saved)
    broken = DataConnection(name="NoServer", data_source=DatabaseDataSourceType.MySql)
    with pytest.raises(dataports.DataportsError, match="not available"):
        grok.connections.test(broken)
    with pytest.raises(DatagrokArgumentError):
        grok.connections.test(DataConnection(name="S", data_source=DatabaseDataSourceType.AWSSM))
    grok.connections.delete(saved)
    with pytest.raises(dataports.NotFoundError):
        grok.connections.get("Demo:Chembl")
    with pytest.raises(dataports.PermissionDeniedError):
        grok.connections.delete("System:AppData")


def test_groups_and_shares(grok: DatagrokClient) -> None:
    me = grok.groups.current()
    assert me.personal and me.name == "demo"
    chem = grok.groups.save(Group(name="Chem", description="chemistry"))
    chem.add_member(Group(id="free", name="local only"))  # resource style: only the object changes
    assert grok.groups.get_members(chem) == []
    chem = grok.groups.get(chem.id)  # type: ignore[arg-type]
    updated = grok.groups.add_member(chem, grok.users.get("asmith"), is_admin=True)
    assert [g.name for g in updated.admin_members] == ["asmith"]
    updated = grok.groups.add_member("Chem", "demo")
    assert {g.name for g in grok.groups.get_members(updated)} == {"asmith", "demo"}
    assert [g.name for g in grok.groups.get_members(updated, admin=True)] == ["asmith"]
    assert "Chem" in {g.name for g in grok.groups.get_memberships(me)}
    assert {g.name for g in grok.groups.find("chem")} == {"Chem"}
    assert "Chem" in {g.name for g in grok.groups.list(include_members=True)}
    with pytest.raises(DatagrokArgumentError, match="ambiguous"):
        grok.groups.add_member("NoSuchGroup", "demo")

    outcome = grok.shares.share(updated, [Group.ALL_USERS(), "NoSuchGroup"], "Edit")
    assert isinstance(outcome, ShareResponse) and outcome.is_partial()
    assert outcome.shared == ["All users"] and outcome.failed == ["NoSuchGroup"]
    assert grok.shares.share(updated.id, "All users").already_shared == ["All users"]  # type: ignore[arg-type]
    with pytest.raises(ShareFailedError) as failed:
        grok.shares.share(updated, "Nobody")
    assert isinstance(failed.value, RuntimeError) and failed.value.response.failed == ["Nobody"]
    with pytest.raises(dataports.NotFoundError):
        grok.shares.share("no-such-entity", "All users")
    grok.groups.delete(updated)
    with pytest.raises(dataports.NotFoundError):
        grok.groups.get("Chem")


def test_sub_clients_follow_with_options(grok: DatagrokClient) -> None:
    quick = grok.with_options(timeout=5, max_retries=0)
    assert quick.tables.client is quick and grok.tables.client is grok
    assert quick.functions.call("Demo:Add", {"a": 1, "b": 1}) == 2
