"""Every ClicData data, account, dashboard and schedule method against the live emulator, with the classic
``SessionManager`` flow, DataFrame round trips, chunked appends that account for every row, and local argument
checks that send nothing."""

from __future__ import annotations

import base64
import math
from collections.abc import Iterator

import dataports
import httpx
import numpy as np
import pandas as pd
import pytest
from dataports.clicdata import (
    Account,
    APIError,
    BadRequest,
    ClicData,
    ClicDataConnectionError,
    Dashboard,
    Data,
    InvalidArgument,
    InvalidDataType,
    InvalidRecId,
    ObjectNotFound,
    Schedule,
    Session,
    SessionManager,
    SessionNotBound,
)
from dataports.clicdata.session import Session as ClassicSession
from dataports_emulators.testing import RunningEmulator

CLIENT_ID = "dataports-demo"
SALES, LEADS = 100_001, 100_002
PNG = b"\x89PNG\r\n\x1a\n"


class Counting(httpx.BaseTransport):
    """A real transport that counts the requests that reach it (to prove local checks send nothing)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def clicdata(dataports_emulator: RunningEmulator) -> Iterator[RunningEmulator]:
    """The session emulator with a fresh ClicData account, default settings, and no shared session bound."""
    dataports_emulator.reset("clicdata")
    dataports_emulator.configure("clicdata", token_ttl=3600, page_size=1000)
    yield dataports_emulator
    SessionManager.close_session()
    dataports_emulator.configure("clicdata", token_ttl=3600, page_size=1000)


@pytest.fixture
def counting() -> Counting:
    return Counting()


@pytest.fixture
def session(clicdata: RunningEmulator, counting: Counting) -> Iterator[Session]:
    """The shared session, as ``SessionManager(client_id=..., client_secret=...)`` binds it."""
    SessionManager(
        client_id=CLIENT_ID, client_secret=clicdata.token, url=clicdata.service_url("clicdata"), transport=counting
    )
    yield SessionManager.get_session()


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


# --- sessions -------------------------------------------------------------------------------------------------------
def test_classes_use_the_shared_session_or_an_isolated_one(clicdata: RunningEmulator) -> None:
    with pytest.raises(SessionNotBound):
        Data()
    url = clicdata.service_url("clicdata")
    SessionManager(client_id=CLIENT_ID, client_secret=clicdata.token, url=url)
    shared = SessionManager.get_session()
    assert Session is ClassicSession
    assert Data().session is shared and Account().session is shared and Schedule().session is shared
    with Data(client_id=CLIENT_ID, client_secret=clicdata.token, url=url) as isolated:
        assert isolated.session is not shared
        assert len(isolated.get_data(output="dict")) == 2
    assert isolated.session.http.is_closed and not shared.http.is_closed
    with pytest.raises(InvalidArgument, match="session"):
        Data(session=shared, client_id=CLIENT_ID)
    everything = ClicData(session=shared)
    assert everything.get_account(output="dict")["usage"]["data_sets"] == 2
    assert everything.get_schedule(701, output="dict")[0]["id"] == 701


def test_the_url_comes_from_the_argument_then_the_environment_then_the_public_api(
    clicdata: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATAPORTS_CLICDATA_URL", raising=False)
    assert Session(client_id=CLIENT_ID, client_secret="s").url == "https://api.clicdata.com/"
    monkeypatch.setenv("DATAPORTS_CLICDATA_URL", clicdata.service_url("clicdata"))
    with Session(client_id=CLIENT_ID, client_secret=clicdata.token) as from_environment:
        assert from_environment.url == clicdata.service_url("clicdata") + "/"
        assert len(Data(session=from_environment).get_data(output="dict")) == 2
    assert Session(client_id=CLIENT_ID, client_secret="s", url="https://eu.example/").url == "https://eu.example/"


# --- reading data ---------------------------------------------------------------------------------------------------
def test_get_data_lists_data_sets_with_every_filter(session: Session) -> None:
    data = Data()
    listed = data.get_data()
    assert isinstance(listed, pd.DataFrame) and list(listed["name"]) == ["Sales", "Leads"]
    rec_id = data.create_data("Custom numbers", cols={"n": "number"})
    assert [d["name"] for d in data.get_data(name="sales", output="dict")] == ["Sales"]  # type: ignore[index]
    assert [d["id"] for d in data.get_data(refresh=False, output="dict")] == [rec_id]  # type: ignore[index]
    assert [d["id"] for d in data.get_data(refresh=True, output="dict")] == [SALES, LEADS]  # type: ignore[index]
    assert [d["id"] for d in data.get_data(unique_key_available=False, output="dict")] == [rec_id]  # type: ignore[index]


def test_get_data_follows_every_page_and_types_the_columns(clicdata: RunningEmulator, session: Session) -> None:
    clicdata.configure("clicdata", page_size=7)
    (rec_id,) = clicdata.seed("clicdata", "data_sets", 1, rows=50)["ids"]
    rows = Data().get_data(rec_id, output="dict")
    assert isinstance(rows, list) and [row["id"] for row in rows] == list(range(1, 51))
    table = Data().get_data(rec_id, progress=True)
    assert isinstance(table, pd.DataFrame) and len(table) == 50
    assert list(table.columns) == ["id", "name", "amount", "share", "created", "day", "active", "tier"]
    kinds = {name: table[name].dtype.kind for name in table.columns}
    assert kinds == {
        "id": "i",
        "name": "O",
        "amount": "f",
        "share": "f",
        "created": "M",
        "day": "M",
        "active": "b",
        "tier": "O",
    }
    assert table["created"].iloc[0] == pd.Timestamp("2024-01-01 09:31")


def test_create_and_append_round_trips_a_dataframe(session: Session) -> None:
    source = frame(30)
    source.loc[3, "amount"] = np.nan
    source.loc[4, "name"] = None
    source["small"] = source["id"].astype("int32")  # int32/float32/datetime64[ns] raised KeyError classically
    source["ratio"] = (source["amount"] / 10).astype("float32")
    source["ns"] = source["when"].astype("datetime64[ns]")
    created = Data().create_and_append("Round trip", "from a DataFrame", source, progress=False)
    assert created["status"] == f"30 rows to data set {created['rec_id']}: 30 appended, 0 rejected, 0 failed"
    assert created["summary"].success
    back = Data().get_data(created["rec_id"])
    assert isinstance(back, pd.DataFrame)
    back = back.sort_values("id").reset_index(drop=True)
    assert back["id"].tolist() == list(range(30))
    assert back["name"][3] == "row 3" and pd.isna(back["name"][4]) and back["name"][5] == "row 5"
    assert math.isnan(back["amount"][3]) and back["amount"][5] == 6.25
    assert (back["when"] == source["when"]).all() and (back["ns"] == source["ns"]).all()
    assert back["ok"].tolist() == source["ok"].tolist()
    assert np.allclose(back["ratio"], source["ratio"], equal_nan=True) and back["small"].tolist() == list(range(30))
    static = Data().static_send_data("README name", desc="static", data=frame(3), progress=False)
    assert static["summary"].appended == 3


def test_create_data_maps_types_and_returns_the_rec_id(session: Session, counting: Counting) -> None:
    data = Data()
    rec_id = data.create_data(
        "Typed",
        "every way to give a type",
        {"a": "percentage", "b": np.dtype("int16"), "c": bool, "d": pd.StringDtype()},
    )
    assert isinstance(rec_id, int) and int(rec_id.text) == rec_id  # classic code read int(response.text)
    (listed,) = [d for d in data.get_data(output="dict") if d["id"] == rec_id]  # type: ignore[index,union-attr]
    assert [(c["name"], c["data_type"]) for c in listed["columns"]] == [
        ("a", "percentage"),
        ("b", "number"),
        ("c", "checkbox"),
        ("d", "text"),
    ]
    before = len(counting.requests)
    for cols in ({"a": "money"}, {"a": np.dtype("complex128")}, {}, {"a": object()}):
        with pytest.raises(InvalidDataType):
            data.create_data("Bad", cols=cols)
    with pytest.raises(InvalidArgument, match="name"):
        data.create_data("", cols={"a": "text"})
    assert len(counting.requests) == before
    with pytest.raises(BadRequest, match="exists already") as taken:
        data.create_data("typed", cols={"a": "text"})
    assert taken.value.code == "NameTaken"


# --- appending ------------------------------------------------------------------------------------------------------
def test_append_in_chunks_accounts_for_every_row(session: Session) -> None:
    data = Data()
    rec_id = data.create_data("Chunked", cols=dict(frame(1).dtypes))
    source = frame(2345)
    summary = data.append_data(rec_id, source, chunk_size=100, concurrency=4, progress=False)
    assert (summary.total, summary.appended, summary.rejected, summary.failed) == (2345, 2345, [], [])
    assert summary and summary.text.endswith("2345 appended, 0 rejected, 0 failed")
    back = data.get_data(rec_id, output="dict")
    ids = sorted(row["id"] for row in back)  # type: ignore[index]
    assert ids == list(range(2345))  # nothing lost, nothing twice (chunks may land in any order)


def test_rows_the_api_refuses_are_rejected_one_by_one_and_the_rest_appended(session: Session) -> None:
    data = Data()
    rec_id = data.create_data("Strict", cols={"id": "number", "score": "number"})
    rows = pd.DataFrame({"id": range(12), "score": [1, 2, "high", 4, 5, 6, 7, "low", 9, 10, 11, float("inf")]})
    summary = data.append_data(rec_id, rows, chunk_size=5, concurrency=2, progress=False)
    assert summary.appended == 9 and summary.failed == []
    assert [(r.index, "score" in r.message) for r in summary.rejected] == [(2, True), (7, True), (11, True)]
    assert "infinite" in summary.rejected[-1].message
    assert summary.rejected_rows(rows)["id"].tolist() == [2, 7, 11]
    assert sorted(r["id"] for r in data.get_data(rec_id, output="dict")) == [0, 1, 3, 4, 5, 6, 8, 9, 10]  # type: ignore[index]
    assert not summary and "3 rejected" in str(summary)


def test_append_takes_row_dicts_and_checks_its_arguments_first(session: Session, counting: Counting) -> None:
    data = Data()
    rec_id = data.create_data("Records", cols={"k": "text", "v": "number"})
    summary = data.append_data(rec_id, ({"k": f"k{i}", "v": i} for i in range(7)), progress=False)
    assert summary.total == 7 and summary.appended == 7
    before = len(counting.requests)
    for arguments, name in (
        ({"rec_id": "1", "data": frame(1)}, "rec_id"),
        ({"rec_id": rec_id, "data": None}, "data"),
        ({"rec_id": rec_id, "data": {"k": "v"}}, "data"),
        ({"rec_id": rec_id, "data": frame(1), "chunk_size": 0}, "chunk_size"),
        ({"rec_id": rec_id, "data": frame(1), "concurrency": 0}, "concurrency"),
    ):
        with pytest.raises(InvalidArgument) as refused:
            data.append_data(**arguments)  # type: ignore[arg-type]
        assert refused.value.argument == name
    assert len(counting.requests) == before
    with pytest.raises(InvalidArgument, match="not columns of data set"):
        data.append_data(rec_id, pd.DataFrame({"k": ["a"], "extra": [1]}))
    with pytest.raises(InvalidRecId):
        data.append_data(999_999, frame(2))


# --- history, refreshes, deletes ------------------------------------------------------------------------------------
def test_data_history_lists_versions_and_reads_each(session: Session) -> None:
    data = Data()
    versions = data.get_data_history(SALES, output="dict")
    assert [(v["id"], v["row_count"], v["data_rec_id"]) for v in versions] == [(1, 120, SALES)]  # type: ignore[index]
    data.rebuild_data(SALES, "reload")
    table = data.get_data_history(SALES)
    assert isinstance(table, pd.DataFrame) and table["row_count"].tolist() == [120, 130]
    first, second = data.get_data_history(SALES, 1), data.get_data_history(SALES, 2, output="dict")
    assert len(first) == 120 and len(second) == 130
    assert first["updated"].dtype.kind == "M"  # type: ignore[union-attr]
    with pytest.raises(BadRequest) as disabled:
        data.get_data_history(LEADS)
    assert disabled.value.code == "DataHistoryDisabled"
    with pytest.raises(ObjectNotFound):
        data.get_data_history(SALES, 99)
    with pytest.raises(InvalidArgument, match="rec_id"):
        data.get_data_history()


def test_rebuild_methods_change_the_data_set_as_each_method_says(session: Session, counting: Counting) -> None:
    data = Data()

    def snapshot() -> dict[int, float]:
        return {row["id"]: row["amount"] for row in data.get_data(SALES, output="dict")}  # type: ignore[index]

    start = snapshot()
    assert "120 rows updated, 0 appended" in data.rebuild_data(SALES, "update")
    updated = snapshot()
    assert set(updated) == set(start) and all(updated[k] != start[k] for k in start)
    # The source gains 10 deals at each refresh: 130 after the update (whose 10 new keys it left out), then 140.
    assert data.rebuild_data(SALES, "updateappend").endswith("with updateappend: 120 rows updated, 20 appended.")
    assert len(snapshot()) == 140
    assert "150 rows appended (140 before)" in data.rebuild_data(SALES, "append")
    assert len(data.get_data(SALES, output="dict")) == 290
    assert data.rebuild_data(SALES).endswith("refreshed with reload: 160 rows.")
    assert data.rebuild_data(SALES, "recreate").endswith("refreshed with recreate: 170 rows.")
    assert len(data.get_data(SALES, output="dict")) == 170
    before = len(counting.requests)
    for method in ("rebuild", "refresh", ""):
        with pytest.raises(InvalidArgument, match="reload, recreate, update, updateappend, append"):
            data.rebuild_data(SALES, method)
    assert len(counting.requests) == before
    custom = data.create_data("Static", cols={"a": "text"})
    with pytest.raises(BadRequest) as static:
        data.rebuild_data(custom, "reload")
    assert static.value.code == "NoSource"


def test_delete_and_update_send_their_filters(session: Session, counting: Counting) -> None:
    data = Data()
    rec_id = data.create_data("Deletable", cols={"city": "text", "n": "number", "day": "date"})
    rows = pd.DataFrame(
        {"city": ["Kigali", "Lyon", "Kigali", "Kigali", "Oslo"], "n": [1, 2, 3, 3, 5], "day": ["2024-01-01"] * 5}
    )
    data.append_data(rec_id, rows, concurrency=1, progress=False)
    assert data.delete_data(rec_id, {"city": "Kigali", "n": 3}, multiple_rows="first") == (
        f"1 rows deleted from data set {rec_id}."
    )
    assert data.delete_data(rec_id, {"city": "Nowhere"}).startswith("0 rows deleted")
    assert data.update_data(rec_id, {"city": "Lyon"}, {"n": 20}).startswith("1 rows updated")
    assert data.delete_data(rec_id, {"day": pd.Timestamp("2024-01-01")}, multiple_rows="all").startswith("4 rows")
    assert data.get_data(rec_id, output="dict") == []
    before = len(counting.requests)
    for filters, multiple in (({}, "all"), (None, "all"), ({"city": "x"}, "some"), ({"city": object()}, "all")):
        with pytest.raises(InvalidArgument):
            data.delete_data(rec_id, filters, multiple)  # type: ignore[arg-type]
    assert len(counting.requests) == before
    with pytest.raises(BadRequest) as unknown:
        data.delete_data(rec_id, {"country": "RW"})
    assert unknown.value.column == "country"


def test_retrieve_paginated_data_and_api_call_as_classically(clicdata: RunningEmulator, session: Session) -> None:
    clicdata.configure("clicdata", page_size=25)
    assert len(Data().retrieve_paginated_data(f"data/{SALES}")) == 120
    response = session.api_call("data", "get", params={"name": "Leads"})
    assert [d["id"] for d in response.json()["data"]] == [LEADS]
    rec_id = Data().create_data("Via api_call", cols={"a": "text"})
    session.api_call(f"data/{rec_id}/row", "post", body={"data": [[{"column": "a", "value": "x"}]] * 3})
    # The classic wrapper dropped the body of DELETE requests; here the filter reaches the API.
    deleted = session.api_call(
        f"data/{rec_id}/row", "delete", body={"multiplerows": "first", "find": [{"column": "a", "value": "x"}]}
    )
    assert deleted.text.startswith("1 rows deleted")
    with pytest.raises(ObjectNotFound):
        session.api_call("data/1/versions", "GET")
    for suffix, method in (("https://elsewhere.example/data", "get"), ("data", "patch"), (None, "get")):
        with pytest.raises(InvalidArgument):
            session.api_call(suffix, method)
    session.reinitialize()  # kept for classic code; the session renews tokens by itself


# --- account, dashboards, schedules ---------------------------------------------------------------------------------
def test_account_usage_and_activity_change_with_use(session: Session) -> None:
    account = Account()
    before = account.get_account(output="dict")
    data = Data()
    rec_id = data.create_data("Usage", cols=dict(frame(1).dtypes))
    data.append_data(rec_id, frame(100), progress=False)
    after = account.get_account()
    assert isinstance(after, pd.DataFrame) and list(after.columns) == ["usage", "limits"]
    assert after.loc["rows", "usage"] == before["usage"]["rows"] + 100  # type: ignore[index]
    assert after.loc["data_sets", "usage"] == before["usage"]["data_sets"] + 1  # type: ignore[index]
    assert after.loc["storage_bytes", "usage"] > before["usage"]["storage_bytes"]  # type: ignore[index]
    assert after.loc["api_calls", "usage"] > before["usage"]["api_calls"]  # type: ignore[index]
    users = account.get_account_activity()
    assert isinstance(users, pd.DataFrame)
    calls = dict(zip(users["email"], users["api_calls"], strict=True))
    assert calls["demo@dataports.dev"] >= 5 and calls["analyst@dataports.dev"] == 0
    Dashboard().get_dashboard_thumbnail(502)
    views = account.get_account_activity("dashboards", output="dict")
    assert {d["dashboard_id"]: d["views"] for d in views["dashboards"]} == {501: 0, 502: 1, 503: 0}  # type: ignore[index]
    with pytest.raises(InvalidArgument, match="entity"):
        account.get_account_activity("teams")


def test_dashboards_carry_base64_thumbnails_and_snapshots(session: Session) -> None:
    dashboards = Dashboard()
    plain = dashboards.get_dashboard()
    assert isinstance(plain, pd.DataFrame) and "thumbnail" not in plain.columns and len(plain) == 3
    with_images = dashboards.get_dashboard(thumbnail=True, name="kpi", output="dict")
    (only,) = with_images["dashboards"]  # type: ignore[index]
    assert only["name"] == "Marketing KPIs" and base64.b64decode(only["thumbnail"]).startswith(PNG)
    thumbnail = dashboards.get_dashboard_thumbnail(501)
    assert isinstance(thumbnail, str) and base64.b64decode(thumbnail).startswith(PNG)
    snapshot = dashboards.get_dashboard_snapshot(name="Operations", output="image")
    assert isinstance(snapshot, bytes) and snapshot.startswith(PNG) and len(snapshot) > len(base64.b64decode(thumbnail))
    with pytest.raises(ObjectNotFound):
        dashboards.get_dashboard_thumbnail(999)
    with pytest.raises(ObjectNotFound):
        dashboards.get_dashboard_snapshot(name="No such dashboard")
    with pytest.raises(InvalidArgument, match="output"):
        dashboards.get_dashboard_thumbnail(501, output="png")
    with pytest.raises(InvalidArgument, match="rec_id"):
        dashboards.get_dashboard_thumbnail("501")  # type: ignore[arg-type]


def test_triggering_a_schedule_runs_it_and_records_the_run(session: Session) -> None:
    schedules = Schedule()
    listed = schedules.get_schedule()
    assert isinstance(listed, pd.DataFrame) and listed["id"].tolist() == [701, 702, 703]
    response = schedules.trigger_schedule(701)
    assert response.status_code == 200 and "refreshed with reload: 130 rows" in response.text
    (nightly,) = schedules.get_schedule(701, output="dict")  # type: ignore[misc]
    assert nightly["run_count"] == 1 and nightly["last_status"] == "Success"
    assert nightly["runs"][0]["by"] == "demo@dataports.dev"
    assert len(Data().get_data(SALES, output="dict")) == 130  # the run refreshed its data set
    assert "Publication sent" in schedules.trigger_schedule(703).text
    with pytest.raises(ObjectNotFound):
        schedules.trigger_schedule(9)
    with pytest.raises(InvalidArgument):
        schedules.get_schedule("701")  # type: ignore[arg-type]


# --- errors ---------------------------------------------------------------------------------------------------------
def test_every_error_class(clicdata: RunningEmulator, session: Session) -> None:
    data = Data()
    with pytest.raises(InvalidRecId) as missing:
        data.get_data(424242)
    assert isinstance(missing.value, ObjectNotFound) and isinstance(missing.value, dataports.NotFoundError)
    assert missing.value.status_code == 404 and missing.value.code == "NotFound"
    with pytest.raises(InvalidArgument) as output:
        data.get_data(output="csv")
    assert isinstance(output.value, ValueError) and isinstance(output.value, dataports.InvalidArgumentError)
    quick = Data(session=session.with_options(max_retries=0))
    with clicdata.faults("clicdata", status=429, rate=1.0, retry_after=1), pytest.raises(APIError) as limited:
        quick.get_data()
    assert isinstance(limited.value, dataports.RateLimitError) and limited.value.status_code == 429
    with clicdata.faults("clicdata", status=503, rate=1.0), pytest.raises(APIError) as failed:
        quick.get_data()
    assert isinstance(failed.value, dataports.ServerError)
    patient = Data(session=session.with_options(max_retries=8))
    with clicdata.faults("clicdata", status=429, rate=0.5, seed=7):
        assert len(patient.get_data(SALES, output="dict")) == 120  # rate limits are waited out
    offline = Data(client_id=CLIENT_ID, client_secret="s", url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(ClicDataConnectionError) as no_answer:
        offline.get_data()
    assert isinstance(no_answer.value, dataports.APIConnectionError)
