"""Every Gretel overlay method against the live emulator, including bulk ingest under injected faults."""

from __future__ import annotations

import time
from collections.abc import Iterator

import dataports
import pytest
from dataports import InvalidArgumentError
from dataports.gretel import (
    BadRequest,
    Client,
    Forbidden,
    NotFound,
    Unauthorized,
    get_cloud_client,
    temporary_project,
)
from dataports_api.gretel.api.projects import create_project
from dataports_api.gretel.models import ProjectCreate
from dataports_emulators.testing import RunningEmulator

PERSON = {"name": "Ann Smith", "email": "ann@example.com", "ip": "10.0.0.1", "phone": "+1 415 555 1234"}


def wait_until(check: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def test_base_url_from_prefix_url_or_environment(gretel: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAPORTS_GRETEL_URL", raising=False)
    assert get_cloud_client("api", "k").base_url == "https://api.gretel.cloud/"  # the classic value, with its slash
    assert get_cloud_client("api", "k").host == "api.gretel.cloud"
    monkeypatch.setenv("DATAPORTS_GRETEL_URL", gretel.service_url("gretel"))
    with get_cloud_client("api", gretel.token) as client:
        assert client.base_url == gretel.service_url("gretel") + "/"
        assert client.search_projects() == []
    monkeypatch.setenv("GRETEL_API_KEY", gretel.token)
    assert get_cloud_client().search_projects() == []
    monkeypatch.setattr("dataports.gretel.client.getpass", lambda prompt: gretel.token)
    assert get_cloud_client(api_key="prompt").search_projects() == []


def test_projects_named_auto_named_searched_and_deleted(gretel_client: Client) -> None:
    with pytest.raises(Unauthorized):
        gretel_client.get_project(name="my_existing_project")
    named = gretel_client.get_project(name="my_named_project", create=True)
    assert named.name == "my_named_project" and len(named.project_id) == 24
    assert gretel_client.get_project(name="my_named_project", create=True).project_id == named.project_id
    auto = gretel_client.get_project(create=True)
    assert auto.name and auto.name != named.name
    assert {p.name for p in gretel_client.search_projects(query="named")} == {"my_named_project"}
    with pytest.raises(BadRequest) as taken:  # a second project with a taken name, through the spec-built request
        gretel_client.caller.send(create_project.build_request(body=ProjectCreate(name="my_named_project")))
    assert "name" in taken.value.context
    auto.delete()
    wait_until(lambda: auto.name not in {p.name for p in gretel_client.search_projects()})
    with temporary_project(gretel_client) as temporary:
        assert temporary.name in {p.name for p in gretel_client.search_projects()}
    wait_until(lambda: temporary.name not in {p.name for p in gretel_client.search_projects()})


def test_send_returns_success_and_failure_exactly_as_the_docs(gretel_client: Client) -> None:
    project = gretel_client.get_project(create=True)
    success, failure = project.send({"foo": "bar"})
    assert [s["idx"] for s in success] == [0] and len(success[0]["gretel_id"]) == 32 and failure == []
    success, failure = project.send([{"foo": "bar"}, 1, 2, 3])
    assert [s["idx"] for s in success] == [0]
    assert failure == [
        {"idx": i, "message": "Individual records must be JSON objects", "sender_fault": True} for i in (1, 2, 3)
    ]
    with pytest.raises(InvalidArgumentError, match="at most 50") as too_many:
        project.send([{"n": i} for i in range(51)])
    assert isinstance(too_many.value, BadRequest)  # what classic code caught when the API refused the call
    assert list(too_many.value.context) == ["data"] and too_many.value.context["data"][0].startswith("has 51 records")
    with pytest.raises(BadRequest, match="detection_mode"):
        project.send({"a": 1}, detection_mode="slow")


def test_record_stream_forward_backward_and_metadata(gretel_client: Client) -> None:
    project = gretel_client.get_project(create=True)
    summary = project.send_bulk([{"n": i} for i in range(450)], progress=False)
    assert summary.success and len(summary.sent) == 450
    newest_first = [r["record"]["n"] for r in project.iter_records(direction="backward")]
    assert sorted(newest_first) == list(range(450)) and len(newest_first) == 450
    forward = [r["record"]["n"] for r in project.iter_records(wait_for=0)]
    assert forward == list(reversed(newest_first))[-200:]  # forward starts from the most recent 200
    assert len(list(project.iter_records(direction="backward", record_limit=7))) == 7
    project.send(PERSON)
    latest = next(project.iter_records(direction="backward"))
    labels = {f: m["ner"]["labels"][0]["label"] for f, m in latest["metadata"]["fields"].items()}
    assert labels == {"name": "person_name", "email": "email_address", "ip": "ip_address", "phone": "phone_number"}
    first = latest["metadata"]["fields"]["email"]["ner"]["labels"][0]
    assert (first["start"], first["end"], first["text"]) == (0, 15, "ann@example.com")


def test_forward_stream_picks_up_new_records_while_waiting(gretel_client: Client) -> None:
    project = gretel_client.get_project(create=True)
    project.send({"n": 0})
    stream = project.iter_records(wait_for=3)
    assert next(stream)["record"] == {"n": 0}
    project.send({"n": 1})
    assert next(stream)["record"] == {"n": 1}


def test_head_fields_and_entities(gretel_client: Client) -> None:
    project = gretel_client.get_project(create=True)
    project.send([PERSON, {"name": "Tom Baker", "note": "call +1 415 555 9876"}])
    frame = project.head(2)
    assert list(frame["name"]) == ["Tom Baker", "Ann Smith"]  # type: ignore[index]
    assert project.head(1, as_df=False) == [{"name": "Tom Baker", "note": "call +1 415 555 9876"}]
    fields = {f["field"]: f for f in project.get_field_details()}
    assert fields["name"]["count"] == 2 and fields["email"]["count"] == 1
    assert [e["label"] for e in fields["email"]["entities"]] == ["email_address"]
    assert {f["field"] for f in project.get_field_details(entity="phone_number")} == {"phone", "note"}
    entities = {e["label"]: e for e in project.entities}
    assert entities["person_name"]["count"] == 2 and entities["phone_number"]["fields"] == ["note", "phone"]
    rows = project.get_field_entities()  # the classic de-normalised rows: one per (field, entity)
    assert {(r["field"], r["entity_label"]) for r in rows} >= {("email", "email_address"), ("note", "phone_number")}
    assert all("types" not in r and "entities" not in r for r in rows)
    assert list(project.get_field_entities(as_df=True, entity="email_address")["field"]) == ["email"]
    assert project.record_count == 2 and project.field_count == 5
    project.flush()
    wait_until(lambda: project.record_count == 0 and project.field_count == 0)


def test_detect_entities_and_samples(gretel_client: Client) -> None:
    detected = gretel_client.detect_entities([{"msg": "mail bob@example.com from 10.1.2.3"}])
    assert [x["label"] for x in detected[0]["metadata"]["fields"]["msg"]["ner"]["labels"]] == [
        "email_address",
        "ip_address",
    ]
    samples = gretel_client.list_samples()
    assert "safecast" in samples
    assert len(gretel_client.get_sample("safecast", limit=5)) == 5
    assert len(gretel_client.get_sample("safecast", as_df=True, limit=3)) == 3  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        gretel_client.get_sample("no-such-sample")


def test_errors_and_rate_limit(gretel: RunningEmulator, gretel_client: Client) -> None:
    with pytest.raises(Unauthorized) as bad_key:
        get_cloud_client(gretel.service_url("gretel"), "wrong-key-123").search_projects()
    assert "wrong-key-123" not in str(bad_key.value) + repr(bad_key.value) + bad_key.value.describe()
    limited = get_cloud_client(gretel.service_url("gretel"), gretel.token, max_retries=0)
    with gretel.faults("gretel", status=403, rate=1.0), pytest.raises(Forbidden):
        limited.search_projects()
    # With retries (the default), a rate limit is waited out.
    gretel.set_faults("gretel", rate_limit=3, rate_window=1.0)
    project = gretel_client.get_project(create=True)
    for i in range(6):
        project.send({"n": i})
    assert len(list(project.iter_records(direction="backward"))) == 6


def test_classic_errors_are_caught_by_the_cross_service_classes(gretel: RunningEmulator, gretel_client: Client) -> None:
    with pytest.raises(dataports.AuthenticationError) as bad_key:
        get_cloud_client(gretel.service_url("gretel"), "wrong-key-123").search_projects()
    assert isinstance(bad_key.value, Unauthorized) and bad_key.value.status_code == 401
    with pytest.raises(dataports.NotFoundError) as missing:
        gretel_client.get_sample("no-such-sample")
    assert isinstance(missing.value, NotFound) and missing.value.status_code == 404
    limited = get_cloud_client(gretel.service_url("gretel"), gretel.token, max_retries=0)
    with gretel.faults("gretel", status=403, rate=1.0), pytest.raises(dataports.RateLimitError) as limit:
        limited.search_projects()
    assert isinstance(limit.value, Forbidden) and limit.value.status_code == 403


def test_an_api_key_read_with_its_trailing_newline_works(gretel: RunningEmulator) -> None:
    with get_cloud_client(gretel.service_url("gretel"), f"  {gretel.token}\n") as client:
        assert client.get_project(name="from-a-file", create=True).name == "from-a-file"


def test_send_dataframe_and_sampling(gretel_client: Client) -> None:
    import pandas

    project = gretel_client.get_project(create=True)
    frame = pandas.DataFrame({"a": range(120), "b": [f"row {i}" for i in range(120)]})
    assert len(project.send_dataframe(frame, progress=False).sent) == 120
    assert len(project.send_dataframe(frame, sample=10, progress=False).sent) == 10
    assert len(project.send_dataframe(frame, sample=0.5, progress=False).sent) == 60
    with pytest.raises(InvalidArgumentError, match="sample"):
        project.send_dataframe(frame, sample=1.5)


def generator(count: int) -> Iterator[object]:
    for i in range(count):
        yield i if i % 1000 == 999 else {"n": i, "email": f"user{i}@example.com"}


def test_bulk_under_faults_stores_exactly_what_it_reports(gretel: RunningEmulator, gretel_client: Client) -> None:
    project = gretel_client.get_project(create=True)
    gretel.set_faults("gretel", statuses={"500": 0.05, "403": 0.05}, drop_rate=0.05, seed=7, paths="records/send")
    summary = project.send_bulk(generator(20_000), detection_mode="none", progress=False)
    gretel.clear_faults("gretel")
    assert summary.total == 20_000
    assert len(summary.sent) + len(summary.rejected) + len(summary.failed) == 20_000
    assert [r.index for r in summary.rejected] == list(range(999, 20_000, 1000))
    stored = [r["metadata"]["gretel_id"] for r in project.iter_records(direction="backward")]
    assert len(stored) == len(set(stored)), "a record was stored twice"
    assert set(stored) == set(summary.sent.ids()), "stored records differ from those reported sent"
    assert str(summary).startswith("20000 records:")
    if summary.failed:  # anything that did fail can be re-sent with one call
        again = project.send_bulk(summary.failed_records(), progress=False)
        assert len(again.sent) == len(summary.failed)
