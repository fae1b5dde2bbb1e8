"""The official ``datagrok-api`` 0.1.0 package, unchanged, against the emulator: tables, files, sync_dir, functions
and groups work as they do against a real server (base URL ``<emulator>/datagrok/api``, key ``"Bearer <token>"``),
and what it stores reads back identically through dataports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from dataports_emulators.testing import RunningEmulator

datagrok_api = pytest.importorskip("datagrok_api")
from datagrok_api.models import Group  # noqa: E402
from dataports.datagrok import DatagrokClient as DataportsClient  # noqa: E402


@pytest.fixture
def official(dataports_emulator: RunningEmulator) -> Iterator[datagrok_api.DatagrokClient]:
    dataports_emulator.reset("datagrok")
    url = dataports_emulator.service_url("datagrok") + "/api"
    with datagrok_api.DatagrokClient(url, f"Bearer {dataports_emulator.token}") as grok:
        yield grok


@pytest.fixture
def ours(dataports_emulator: RunningEmulator) -> Iterator[DataportsClient]:
    with DataportsClient(
        dataports_emulator.service_url("datagrok") + "/api", f"Bearer {dataports_emulator.token}"
    ) as c:
        yield c


def test_tables(official: datagrok_api.DatagrokClient, ours: DataportsClient) -> None:
    frame = pd.DataFrame({"n": [1, 2, 3], "x": [0.5, 1.5, 2.5], "s": ["a", "b", "c"], "ok": [True, False, True]})
    ids = official.tables.upload("Demo:Official:Frame", frame)
    pd.testing.assert_frame_equal(official.tables.download(ids["ID"]), frame, check_dtype=False)
    pd.testing.assert_frame_equal(ours.download_table("Demo:Official:Frame"), frame, check_dtype=False)
    ours.upload_table("Demo:Ours", frame)
    pd.testing.assert_frame_equal(official.tables.download("Demo:Ours"), frame, check_dtype=False)
    dashboard = official.tables.create_dashboard("Board", ids["ID"])
    assert dashboard["ID"]


def test_files_and_sync(official: datagrok_api.DatagrokClient, tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("a,b\n1,x\n")
    official.files.upload("System:AppData", "shared/a.csv", str(source))
    official.files.upload("System:AppData", "shared/sub/b.bin", str(source))
    assert official.files.download("System:AppData", "shared/a.csv")["b"].tolist() == ["x"]
    assert official.files.download("System:AppData", "shared/sub/b.bin") == source.read_bytes()
    mirror = tmp_path / "mirror"
    official.files.sync_dir("System:AppData", "shared", str(mirror))
    assert (mirror / "sub" / "b.bin").read_bytes() == source.read_bytes()
    meta = json.loads((mirror / ".sync_meta.json").read_text())
    assert set(meta) == {"a.csv", "sub/b.bin"}
    source.write_text("a,b\n2,y\n")
    official.files.upload("System:AppData", "shared/a.csv", str(source))
    official.files.sync_dir("System:AppData", "shared", str(mirror))
    assert (mirror / "a.csv").read_text() == "a,b\n2,y\n"
    assert json.loads((mirror / ".sync_meta.json").read_text())["sub/b.bin"] == meta["sub/b.bin"]
    official.files.sync_dir("System:AppData", "shared", str(mirror), ext="csv", recursive=False)
    official.files.sync_dir("System:AppData", "nothing/here", str(mirror))  # 204: the folder is emptied
    assert [p.name for p in mirror.iterdir()] == [".sync_meta.json"]


def test_functions(official: datagrok_api.DatagrokClient) -> None:
    assert official.functions.call("Demo:Add", {"a": 2, "b": 3}) == 5
    assert official.functions.call("Demo:Echo", {"value": "hi"}) == "hi"
    with pytest.raises(Exception, match="ApiError"):  # 200 with the api-error header, as the real server
        official.functions.call("Demo:Missing")


def test_groups_users_connections_and_shares(official: datagrok_api.DatagrokClient) -> None:
    me = official.groups.current()
    assert me.personal and me.name == "demo"
    chem = official.groups.save(Group(name="Chemists", description="chem"))
    saved = official.groups.add_member(chem, me, is_admin=True)
    assert [g.name for g in saved.admin_members] == ["demo"]
    assert [g.name for g in official.groups.get_members(chem)] == ["demo"]
    assert "Chemists" in {g.name for g in official.groups.get_memberships(me)}
    assert {g.name for g in official.groups.find("Chem")} == {"Chemists"}
    assert {"All users", "Developers", "Chemists"} <= {g.name for g in official.groups.list(include_members=True)}
    assert official.users.current().login == "demo"
    assert official.connections.get("System:AppData").name == "AppData"
    assert official.shares.share(chem, ["All users"]).is_success()
    official.groups.delete(chem)
    with pytest.raises(Exception, match="404"):
        official.groups.get(chem.id)


def test_a_bad_key_is_a_401(dataports_emulator: RunningEmulator) -> None:
    grok = datagrok_api.DatagrokClient(dataports_emulator.service_url("datagrok") + "/api", "Bearer wrong")
    with pytest.raises(Exception, match="401"):
        grok.users.current()
