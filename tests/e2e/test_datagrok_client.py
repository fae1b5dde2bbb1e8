"""Every classic flat ``DatagrokClient`` method against the live emulator, over loopback HTTP: tables round-tripped
with their types, files, directory sync, dashboards, functions and every group method, with the errors classic
code catches and arguments refused before any request."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dataports
import pandas as pd
import pytest
from dataports.datagrok import (
    DatagrokApiError,
    DatagrokArgumentError,
    DatagrokClient,
    Group,
    GroupMembershipRequest,
    SyncSummary,
)
from dataports_emulators.testing import RunningEmulator

ALL_USERS = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6"


@pytest.fixture
def datagrok(dataports_emulator: RunningEmulator) -> RunningEmulator:
    dataports_emulator.reset("datagrok")
    return dataports_emulator


@pytest.fixture
def client(datagrok: RunningEmulator) -> Iterator[DatagrokClient]:
    with DatagrokClient(f"Bearer {datagrok.token}", datagrok.service_url("datagrok") + "/api") as made:
        yield made


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


# --- construction -------------------------------------------------------------------------------------------
def test_both_constructor_orders_and_the_environment(
    datagrok: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, key = datagrok.service_url("datagrok"), f"Bearer {datagrok.token}"
    classic = DatagrokClient(key, url + "/api")
    resource = DatagrokClient(url + "/api", key)
    keywords = DatagrokClient(base_url=url, api_key=key)
    assert classic.base_url == resource.base_url == keywords.base_url == url + "/api"
    assert classic.api_key == resource.api_key == key and classic.headers == {"Authorization": key}
    monkeypatch.setenv("DATAPORTS_DATAGROK_URL", url)
    from_env = DatagrokClient(key)
    assert from_env.base_url == url + "/api" and from_env.get_current_user_group().personal
    assert DatagrokClient("Bearer x", None).base_url.endswith("/api")
    for made in (classic, resource, keywords, from_env):
        made.close()


def test_the_key_never_shows(datagrok: RunningEmulator) -> None:
    secret = "Bearer s3cr3t-never-shown"
    with DatagrokClient(secret, datagrok.service_url("datagrok")) as wrong:
        assert "s3cr3t" not in repr(wrong)
        with pytest.raises(dataports.AuthenticationError) as refused:
            wrong.list_groups()
    assert refused.value.status_code == 401 and "Bearer" in str(refused.value)
    assert "s3cr3t" not in str(refused.value) and "s3cr3t" not in repr(refused.value.__dict__)
    with pytest.raises(dataports.InvalidArgumentError, match="api_key"):
        DatagrokClient("Bearer bad\nkey", datagrok.service_url("datagrok"))


# --- tables and dashboards ----------------------------------------------------------------------------------
def test_a_csv_round_trip_keeps_every_column_type(client: DatagrokClient) -> None:
    frame = typed_frame()
    ids = client.upload_table("Demo:Sales:Orders", frame)
    assert set(ids) >= {"ID"} and ids["project"] == "Sales"
    for key in (ids["ID"], "Demo:Sales:Orders", "Demo.Sales.Orders"):
        back = client.download_table(key)
        pd.testing.assert_frame_equal(back, frame, check_dtype=False)
        assert [str(back[c].dtype)[:5] for c in ("n", "x", "ok")] == ["int64", "float", "bool"]
        assert back["when"].dtype.kind == "M" and back["label"].tolist() == frame["label"].tolist()


def test_an_upload_replaces_the_data_under_the_same_id(client: DatagrokClient) -> None:
    first = client.upload_table("Demo:Numbers", pd.DataFrame({"a": [1]}))
    second = client.upload_table("Demo:Numbers", pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}))
    assert first["ID"] == second["ID"]
    assert client.download_table("Demo:Numbers").shape == (3, 2)
    big = pd.DataFrame({"k": range(120_000), "v": [f"s{i}" for i in range(120_000)]})
    client.upload_table("Demo:Big", big)  # several streamed chunks
    pd.testing.assert_frame_equal(client.download_table("Demo:Big"), big, check_dtype=False)


def test_table_names_are_checked_locally_and_remotely(client: DatagrokClient) -> None:
    with pytest.raises(DatagrokArgumentError, match="name"):
        client.upload_table("", pd.DataFrame({"a": [1]}))
    with pytest.raises(DatagrokArgumentError, match="empty part"):
        client.download_table("Demo::Orders")
    with pytest.raises(DatagrokArgumentError, match="dataframe"):
        client.upload_table("Demo:T", [1, 2])  # type: ignore[arg-type]
    with pytest.raises(dataports.NotFoundError) as missing:
        client.download_table("Demo:NoSuchTable")
    assert isinstance(missing.value, DatagrokApiError) and missing.value.error_code == 404
    with pytest.raises(dataports.BadRequestError):
        client.upload_table("A.B.C.D", pd.DataFrame({"a": [1]}))


def test_dashboards_are_created_with_a_layout_and_shared(client: DatagrokClient, tmp_path: Path) -> None:
    one = client.upload_table("Demo:One", pd.DataFrame({"a": [1]}))["ID"]
    two = client.upload_table("Demo:Two", pd.DataFrame({"b": [2]}))["ID"]
    layout = tmp_path / "layout.json"
    layout.write_text(json.dumps({"#type": "ViewLayout", "views": []}))
    dashboard = client.create_dashboard("Demo:Board", f"{one},{two}", str(layout))
    assert dashboard["tables"] == [one, two]
    assert client.create_dashboard("Plain", "Demo:One")["ID"] != dashboard["ID"]
    assert client.share_dashboard(dashboard["ID"], "All users,Developers", "Edit") is None
    with pytest.raises(DatagrokArgumentError, match="access"):
        client.share_dashboard(dashboard["ID"], "All users", "Own")
    with pytest.raises(dataports.BadRequestError):
        client.share_dashboard(dashboard["ID"], "NoSuchGroup")
    with pytest.raises(dataports.NotFoundError):
        client.create_dashboard("Broken", "no-such-table")
    with pytest.raises(dataports.NotFoundError):
        client.share_dashboard("no-such-dashboard", "All users")


# --- files --------------------------------------------------------------------------------------------------
def test_files_up_and_down_csv_as_frames(client: DatagrokClient, tmp_path: Path) -> None:
    source = tmp_path / "data.csv"
    typed_frame().to_csv(source, index=False)
    client.upload_file("System:AppData", "reports/2024/data.csv", str(source))
    frame = client.download_file("System:AppData", "reports/2024/data.csv")
    assert isinstance(frame, pd.DataFrame) and frame["n"].tolist() == [1, 2, 3]
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 10)
    client.upload_file("Demo:Home", "bin/blob.bin", blob)
    assert client.download_file("Demo:Home", "bin/blob.bin") == blob.read_bytes()
    saved = client.download_file_to("Demo:Home", "bin/blob.bin", tmp_path / "copy.bin")
    assert saved.read_bytes() == blob.read_bytes()
    assert client.download_file("Demo:Home", "readme.txt").startswith(b"Files of")  # type: ignore[union-attr]


def test_file_errors(client: DatagrokClient, tmp_path: Path) -> None:
    local = tmp_path / "a.txt"
    local.write_text("a")
    with pytest.raises(dataports.NotFoundError):
        client.download_file("System:AppData", "missing.txt")
    with pytest.raises(dataports.NotFoundError):
        client.upload_file("Nobody:Nothing", "a.txt", str(local))
    with pytest.raises(DatagrokArgumentError, match=r"'\.\.'"):
        client.upload_file("System:AppData", "../Demo.Home/escape.txt", str(local))
    with pytest.raises(DatagrokArgumentError, match="remote_path"):
        client.sync_dir("System:AppData", "a/../..", str(tmp_path / "m"))
    with pytest.raises(DatagrokArgumentError, match="path"):
        client.download_file("System:AppData", "")
    with pytest.raises(FileNotFoundError):
        client.upload_file("System:AppData", "a.txt", str(tmp_path / "absent.txt"))


def test_sync_dir_mirrors_changes_and_deletions(client: DatagrokClient, tmp_path: Path) -> None:
    local, mirror = tmp_path / "src", tmp_path / "mirror"
    local.mkdir()
    for name, text in {"a.csv": "a\n1\n", "b.txt": "b", "c.csv": "c\n3\n"}.items():
        (local / name).write_text(text)
    client.upload_file("System:AppData", "proj/a.csv", str(local / "a.csv"))
    client.upload_file("System:AppData", "proj/sub/b.txt", str(local / "b.txt"))
    client.upload_file("System:AppData", "proj/sub/deep/c.csv", str(local / "c.csv"))
    first = client.sync_dir("System:AppData", "/proj", str(mirror))
    assert isinstance(first, SyncSummary)
    assert sorted(first.written) == ["a.csv", "sub/b.txt", "sub/deep/c.csv"] and not first.skipped
    assert (mirror / "sub" / "deep" / "c.csv").read_text() == "c\n3\n"
    meta = json.loads((mirror / ".sync_meta.json").read_text())
    assert set(meta) == {"a.csv", "sub/b.txt", "sub/deep/c.csv"}

    (local / "a.csv").write_text("a\n100\n")
    client.upload_file("System:AppData", "proj/a.csv", str(local / "a.csv"))
    (mirror / "mine.txt").write_text("local only")
    second = client.sync_dir("System:AppData", "proj", str(mirror))
    assert second.written == ["a.csv"] and sorted(second.unchanged) == ["sub/b.txt", "sub/deep/c.csv"]
    assert (mirror / "a.csv").read_text() == "a\n100\n" and (mirror / "mine.txt").exists()
    assert json.loads((mirror / ".sync_meta.json").read_text())["a.csv"] != meta["a.csv"]

    (mirror / "sub" / "b.txt").unlink()  # a local loss is fetched again
    assert client.sync_dir("System:AppData", "proj", str(mirror)).written == ["sub/b.txt"]


def test_sync_dir_ext_recursive_deleted_and_empty(
    datagrok: RunningEmulator, client: DatagrokClient, tmp_path: Path
) -> None:
    datagrok.seed("datagrok", "files", 6, folder="seeded", size=100, fanout=2)
    only_top = client.sync_dir("System:AppData", "seeded", str(tmp_path / "top"), recursive=False)
    assert only_top.cleared  # every seeded file is in a subfolder: nothing at the top level
    wanted = client.sync_dir("System:AppData", "seeded/d000", str(tmp_path / "d0"), ext="bin")
    assert sorted(wanted.written) == ["file00000.bin", "file00002.bin", "file00004.bin"]
    assert client.sync_dir("System:AppData", "seeded/d000", str(tmp_path / "none"), ext="csv").cleared

    mirror = tmp_path / "home"
    assert client.sync_dir("Demo:Home", "", str(mirror)).written == ["readme.txt"]
    (mirror / "stray.txt").write_text("x")
    client.upload_file("Demo:Home", "other.txt", str(mirror / "stray.txt"))
    client.sync_dir("Demo:Home", "", str(mirror))
    datagrok.reset("datagrok")  # readme.txt and other.txt are gone remotely... and readme.txt is back
    gone = client.sync_dir("Demo:Home", "", str(mirror))
    assert gone.deleted == ["other.txt"] and (mirror / "stray.txt").exists() and not (mirror / "other.txt").exists()
    empty = client.sync_dir("System:AppData", "no/such/folder", str(mirror))
    assert empty.cleared and not [p for p in mirror.iterdir() if p.name != ".sync_meta.json"]
    assert json.loads((mirror / ".sync_meta.json").read_text()) == {}


# --- functions ----------------------------------------------------------------------------------------------
def test_functions(client: DatagrokClient) -> None:
    assert client.call_function("Demo:Add", {"a": 2, "b": 40}) == 42
    assert client.call_function("Demo.Echo", {"value": {"k": [1, "two"]}}) == {"k": [1, "two"]}
    with pytest.raises(dataports.NotFoundError) as missing:  # answered 200 with an api-error header
        client.call_function("Demo:NoSuchFunction", {})
    assert missing.value.status_code == 200 and "NoSuchFunction" in str(missing.value)
    with pytest.raises(dataports.BadRequestError):
        client.call_function("Demo:Add", {"a": 1})
    with pytest.raises(DatagrokArgumentError, match="invocation_parameters"):
        client.call_function("Demo:Add", [1, 2])  # type: ignore[arg-type]


# --- groups -------------------------------------------------------------------------------------------------
def test_group_listing_lookup_and_current(client: DatagrokClient) -> None:
    me = client.get_current_user_group()
    assert me.personal and me.name == "demo" and ALL_USERS in {g.id for g in me.memberships}
    names = {g.name for g in client.list_groups()}
    assert {"All users", "Developers"} <= names and "demo" not in names
    assert "demo" in {g.name for g in client.list_groups(include_personal=True)}
    developers = next(g for g in client.list_groups("Dev", include_members=True))
    assert [g.name for g in developers.admin_members] == ["demo"]
    assert {g.name for g in client.lookup_groups("smith")} == {"asmith"}
    all_users = client.get_group(ALL_USERS)
    assert {"demo", "asmith"} <= {g.name for g in all_users.members}
    assert {g.name for g in client.get_group_members(ALL_USERS, admin=False)} >= {"demo", "asmith"}
    assert client.get_group_members(ALL_USERS, admin=True) == []
    assert {g.name for g in client.get_group_memberships(me.id, admin=True)} == {"Developers"}  # type: ignore[arg-type]
    with pytest.raises(dataports.NotFoundError):
        client.get_group("a4b45840:not-an-id")


def test_saving_groups_with_relations_and_requests(client: DatagrokClient) -> None:
    chemists = client.save_group(Group(name="Chemists", description="Medicinal chemistry"))
    assert chemists.id and chemists.description == "Medicinal chemistry"
    alice = client.lookup_groups("asmith")[0]
    chemists.add_member(alice, is_admin=True)  # classic: saved at once
    assert [g.name for g in client.get_group(chemists.id).admin_members] == ["asmith"]  # type: ignore[arg-type]
    assert "Chemists" in {g.name for g in client.get_group_memberships(alice.id)}  # type: ignore[arg-type]

    request = client.request_group_membership(chemists.id)  # type: ignore[arg-type]
    assert isinstance(request, GroupMembershipRequest) and request.approved is None and not request.is_viewed
    assert request.from_group is not None and request.from_group.name == "demo"
    assert [r.id for r in client.get_group_membership_requests(chemists.id)] == [request.id]  # type: ignore[arg-type]
    client.approve_membership_request(request.id)  # type: ignore[arg-type]
    assert "demo" in {g.name for g in client.get_group_members(chemists.id)}  # type: ignore[arg-type]
    resolved = client.get_group_membership_requests(chemists.id)[0]  # type: ignore[arg-type]
    assert resolved.approved is True and resolved.resolution_date is not None
    with pytest.raises(dataports.BadRequestError):
        client.deny_membership_request(request.id)  # type: ignore[arg-type]

    reviewers = client.save_group(Group(name="Reviewers"))
    pending = reviewers.request_membership()
    reviewers.get_membership_requests()[0].deny()
    assert client.get_group_membership_requests(reviewers.id)[0].approved is False  # type: ignore[arg-type]
    assert pending.id == client.get_group_membership_requests(reviewers.id)[0].id  # type: ignore[arg-type]

    chemists.description = "renamed"
    assert client.save_group(chemists).description == "renamed"
    client.delete_group(reviewers)
    with pytest.raises(dataports.NotFoundError):
        client.get_group(reviewers.id)  # type: ignore[arg-type]
    with pytest.raises(DatagrokArgumentError, match="group"):
        client.save_group(Group(description="no name"))
    with pytest.raises(dataports.BadRequestError):
        client.save_group(Group(name="Chemists"))  # the name is taken
    with pytest.raises(dataports.PermissionDeniedError):
        client.delete_group(ALL_USERS)


def test_group_models_as_the_classic_ones() -> None:
    wire = {
        "id": "g1",
        "name": "G",
        "friendlyName": "Gee",
        "createdOn": "2025-04-29T09:53:40.502720Z",
        "children": [{"id": "r", "isAdmin": None, "parent": None, "child": {"id": "c", "name": "C"}}],
    }
    group = Group(None, **wire)
    assert group.friendly_name == "Gee" and group.created_on is not None and group.created_on.tzinfo is not None
    assert [g.name for g in group.members] == ["C"] and group.admin_members == []
    assert group.to_dict()["children"][0]["isAdmin"] is False
    assert Group("described", name="N").description == "described"  # the resource client's positional order
    with pytest.raises(TypeError, match="not bound"):
        Group(name="free").request_membership()
