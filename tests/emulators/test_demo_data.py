"""The demo workspace (``seed(service, "demo")``): what each service's demo promises, read back through the dataports
clients over loopback HTTP; the same bytes from every seed (and from a second emulator); no duplicates when seeded
again; bad control input refused naming the field; and ``--demo-data`` servers that reset back to the demo."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import dataports.voxel51 as vapi
import httpx
import pytest
from dataports.clicdata.data import Data
from dataports.clicdata.session import Session
from dataports.clicdata.team import Team
from dataports.datagrok import DatagrokClient
from dataports.gretel import get_cloud_client
from dataports.rapidpro import TembaClient
from dataports_emulators.core.app import Emulator, available_services
from dataports_emulators.services.clicdata.wire import CLIENT_ID, OWNER_EMAIL, basic_header
from dataports_emulators.testing import RunningEmulator, run_emulator

DAYS = [(date(2026, 1, 31) - timedelta(days=29 - i)).isoformat() for i in range(30)]


@pytest.fixture(scope="module", autouse=True)
def leave_the_session_emulator_empty(dataports_emulator: RunningEmulator) -> Iterator[None]:
    """Other modules expect a fresh emulator to be empty: reset it once these tests are done with the demo."""
    yield
    dataports_emulator.reset()


# --- what the demo holds, through each client --------------------------------------------------------------------
def test_rapidpro_demo_has_reporters_with_fields_a_month_of_messages_and_mixed_runs(
    demo_emulator: RunningEmulator,
) -> None:
    with TembaClient(demo_emulator.service_url("rapidpro"), demo_emulator.token) as client:
        reporters = client.get_contacts(group="Reporters").all()
        assert len(reporters) == 16
        for contact in reporters:
            assert contact.name and contact.urns and contact.language in ("eng", "fra", "kin")
            assert contact.fields["district"] and contact.fields["age"] >= 18
            assert contact.fields["registration_date"].startswith("2025-")
            assert "Reporters" in [group.name for group in contact.groups]
        readme = client.get_contacts(uuid="cc276708-7752-4b52-a4ea-d3264847220e").first()
        assert readme is not None and readme.name == "Aline Uwase"
        assert {urn.split(":")[0] for c in reporters for urn in c.urns} == {"tel", "whatsapp"}
        groups = {group.name: group.count for group in client.get_groups().all()}
        assert groups == {"Reporters": 16, "Farmers": 14, "Health Workers": 8, "Youth Volunteers": 8}

        messages = client.get_messages().all()
        days = sorted({m.created_on.date().isoformat() for m in messages})
        assert days == DAYS
        assert {m.direction for m in messages} == {"in", "out"}
        labelled = Counter(label.name for m in messages for label in m.labels)
        assert set(labelled) == {"Crop Report", "Weather", "Urgent", "Follow Up"}
        assert {label.name: label.count for label in client.get_labels().all()} == dict(labelled)

        runs = client.get_runs().all()
        exits = Counter(run.exit_type for run in runs)
        assert set(exits) == {"completed", "interrupted", "expired", "failed", None}
        completed = [run for run in runs if run.exit_type == "completed"]
        assert all(run.exited_on and run.path and run.values for run in completed)
        weekly = client.get_flows().first()
        assert weekly is not None and weekly.name == "Weekly Report"
        assert weekly.runs.completed + weekly.runs.active + weekly.runs.interrupted + weekly.runs.expired == 64

        campaigns = client.get_campaigns().all()
        assert {c.name for c in campaigns} == {"Reporter Onboarding", "Planting Season Reminders"}
        events = client.get_campaign_events().all()
        assert len(events) == 5 and {e.relative_to.key for e in events} == {"registration_date"}
        assert {g.key for g in client.get_globals().all()} == {"org_name", "hotline", "report_deadline"}
        assert len(client.get_channels().all()) == 1
        assert len(client.get_broadcasts().all()) == 1


def test_gretel_demo_projects_hold_records_with_entities_per_field(demo_emulator: RunningEmulator) -> None:
    with get_cloud_client(demo_emulator.service_url("gretel"), demo_emulator.token) as client:
        assert sorted(p.name for p in client.search_projects()) == [
            "hr-onboarding",
            "my_named_project",
            "web-access-logs",
        ]
        project = client.get_project(name="my_named_project")
        assert project.record_count == 120
        fields = {f["field"]: [e["label"] for e in f["entities"]] for f in project.get_field_details()}
        assert fields["customer.name"] == ["person_name"]
        assert fields["customer.email"] == ["email_address"]
        assert fields["client_ip"] == ["ip_address"]
        assert set(fields["message"]) == {"person_name", "phone_number", "email_address"}
        assert fields["priority"] == []
        records = list(project.iter_records(direction="backward", record_limit=5))
        assert len(records) == 5
        for item in records:
            assert item["metadata"]["entities"]["fields_by_entity"]["email_address"]
            assert item["ingest_time"].startswith("2026-01-")
        logs = client.get_project(name="web-access-logs")
        assert {e["label"] for e in logs.entities} == {"ip_address", "email_address"}


def test_voxel51_demo_has_data_analytics_and_jobs_in_every_state_with_durations(
    demo_emulator: RunningEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    token = tmp_path / "token.json"
    access = {"private_key": demo_emulator.token, "base_api_url": demo_emulator.service_url("voxel51")}
    token.write_text(json.dumps({"access_token": access}))
    with vapi.API(token) as api:
        data = api.list_data()
        assert len(data) == 10 and all(d["name"].endswith(".mp4") and d["size"] > 0 for d in data)
        assert all(d["expiration_date"] > "2100" for d in data)
        own = [a for a in api.list_analytics() if a["scope"] == "private"]
        assert [(a["name"], a["pending"]) for a in own] == [("acme/parking-occupancy", False)]

        jobs = api.query_jobs(vapi.JobsQuery().add_all_fields())["jobs"]
        states = Counter(job["state"] for job in jobs)
        assert states == {"COMPLETE": 13, "FAILED": 3, "QUEUED": 2, "READY": 2}
        assert sum(job["archived"] for job in jobs) == 4
        assert len(api.list_jobs()) == 16  # archived jobs are left out
        for job in jobs:
            assert not job["expired"]
            if job["state"] == "COMPLETE":
                started, done = job["start_date"], job["completion_date"]
                assert started < done and done[:10] == started[:10]
        failures = {job["failure_type"] for job in jobs if job["state"] == "FAILED"}
        assert failures == {"ANALYTIC", "PLATFORM", "USER"}
        finished = next(job for job in jobs if job["state"] == "COMPLETE")
        api.download_job_output(finished["id"], str(tmp_path / "labels.json"))
        assert json.loads((tmp_path / "labels.json").read_text())["attrs"]


def test_datagrok_demo_has_tables_report_files_directory_and_connections(
    demo_emulator: RunningEmulator, tmp_path: Path
) -> None:
    url = demo_emulator.service_url("datagrok") + "/api"
    with DatagrokClient(f"Bearer {demo_emulator.token}", url) as client:
        demog = client.download_table("Samples:Demog")
        assert demog.shape == (300, 11)
        assert list(demog.columns[:5]) == ["USUBJID", "AGE", "SEX", "RACE", "DIS_POP"]
        assert set(demog["STUDY"]) == {"CARD-301", "NEURO-114", "ONC-220"}
        assert demog["AGE"].between(18, 80).all() and set(demog["SEX"]) == {"F", "M"}
        assert client.download_table("Samples:Cars").shape == (12, 6)
        assert client.download_table("Demo.Clinical.Labs").shape == (180, 6)

        summary = client.sync_dir("System:AppData", "reports", str(tmp_path / "reports"), ext="csv")
        assert sorted(summary.written) == [
            "archive/enrollment-2025-10.csv",
            "enrollment-2025-11.csv",
            "enrollment-2025-12.csv",
            "enrollment-2026-01.csv",
            "site-summary.csv",
        ]
        header = (tmp_path / "reports" / "enrollment-2026-01.csv").read_text().splitlines()
        assert header[0] == "month,site,study,enrolled" and len(header) == 16
        assert client.call_function("Demo:Add", {"a": 1, "b": 2}) == 3

        logins = {user.login for user in client.list_users()}
        assert {"demo", "asmith", "jdoe", "mgarcia", "kchen", "lnkusi"} <= logins
        clinical = client.lookup_groups("Clinical Team")[0]
        assert len(client.get_group_members(clinical.id)) == 2
        names = {c.name for c in client.list_connections()}
        assert {"ClinicalDB", "Chembl", "AppData", "Home"} <= names


def test_clicdata_demo_has_daily_sales_by_region_teams_and_users(demo_emulator: RunningEmulator) -> None:
    with Session(
        client_id=CLIENT_ID, client_secret=demo_emulator.token, url=demo_emulator.service_url("clicdata")
    ) as s:
        data = Data(session=s)
        sets = data.get_data(output="dict")
        assert isinstance(sets, list)
        by_name = {item["name"]: item for item in sets}
        assert by_name["Daily Sales by Region"]["row_count"] == 480
        daily = data.get_data(by_name["Daily Sales by Region"]["id"], output="df")
        assert sorted(daily["date"].astype(str).str[:10].unique()) == DAYS
        assert set(daily["region"]) == {"North", "South", "East", "West"}
        assert (daily["revenue"] >= 0).all() and daily["units"].sum() > 0
        assert by_name["Web Traffic"]["row_count"] == 30
        teams = Team(session=s).get_team(output="dict")
        assert isinstance(teams, list)
        assert {t["name"]: len(t["users"]) for t in teams} == {"Sales": 4, "Marketing": 3, "Finance": 2}


# --- deterministic, idempotent, checked ------------------------------------------------------------------------
def _listings(emulator: RunningEmulator) -> dict[str, bytes]:
    """The raw bytes of many listings and downloads of every service's demo, through the public API (the server's own
    address, in page links, written as ``<emulator>``)."""
    token = emulator.token
    auth = {
        "rapidpro": {"Authorization": f"Token {token}"},
        "gretel": {"Authorization": token},
        "voxel51": {"Authorization": f"Bearer {token}"},
        "datagrok": {"Authorization": f"Bearer {token}"},
        "clicdata": {"Authorization": basic_header(CLIENT_ID, OWNER_EMAIL, token)},
    }
    paths = {
        "rapidpro": [
            f"/api/v2/{name}.json"
            for name in (
                "contacts",
                "groups",
                "fields",
                "messages",
                "runs",
                "flows",
                "flow_starts",
                "campaigns",
                "campaign_events",
                "labels",
                "globals",
                "channels",
                "broadcasts",
            )
        ],
        "gretel": [
            "/projects",
            "/streams/records/my_named_project?count=500&with_meta=yes",
            "/fields/schema/web-access-logs",
            "/fields/entities/hr-onboarding",
        ],
        "voxel51": ["/v1/data/list", "/v1/jobs/list", "/v1/analytics/list?all_versions=true"],
        "datagrok": [
            "/api/public/v1/tables/Samples.Demog",
            "/api/public/v1/tables/Demo.Clinical.Visits",
            "/api/public/v1/files/System.AppData/reports/site-summary.csv",
            "/api/public/v1/users",
            "/api/public/v1/groups",
            "/api/public/v1/connections",
        ],
        "clicdata": ["/data", "/data/100003?page=2", "/user", "/team", "/dashboard", "/schedule"],
    }
    found: dict[str, bytes] = {}
    with httpx.Client(timeout=30) as http:
        for service, wanted in paths.items():
            for path in wanted:
                response = http.get(emulator.service_url(service) + path, headers=auth[service])
                assert response.status_code == 200, (service, path, response.text)
                # Page links name the server; everything else must be the same byte for byte.
                found[f"{service}{path}"] = response.content.replace(emulator.url.encode(), b"<emulator>")
    return found


def test_the_demo_is_the_same_bytes_every_time_and_never_duplicated(dataports_emulator: RunningEmulator) -> None:
    first = dataports_emulator.seed_demo()
    before = _listings(dataports_emulator)
    again = dataports_emulator.seed_demo()  # seeding over the demo replaces it
    assert again == first
    assert _listings(dataports_emulator) == before
    with run_emulator(token=dataports_emulator.token) as other:  # another server: no state shared
        other.seed_demo()
        assert _listings(other) == before
    contacts = json.loads(before["rapidpro/api/v2/contacts.json"])["results"]
    assert len(contacts) == 40 and len({c["uuid"] for c in contacts}) == 40


def test_the_end_parameter_moves_the_demo_and_bad_input_names_the_field(dataports_emulator: RunningEmulator) -> None:
    seeded = dataports_emulator.seed("rapidpro", "demo", end="2025-06-30")
    assert seeded["kind"] == "demo" and seeded["contacts"] == 40
    with TembaClient(dataports_emulator.service_url("rapidpro"), dataports_emulator.token) as client:
        days = {m.created_on.date() for m in client.get_messages().all()}
    assert min(days) == date(2025, 6, 1) and max(days) == date(2025, 6, 30)

    control = httpx.Client(base_url=dataports_emulator.url + "/_emulator", timeout=30)
    bad = [
        ({"service": "gretel", "kind": "demo", "params": {"size": 3}}, "size"),
        ({"service": "voxel51", "kind": "demo", "params": {"end": "last tuesday"}}, "end"),
        ({"service": "datagrok", "kind": "demo", "params": {"end": 20260131}}, "end"),
        ({"service": "clicdata", "kind": "demo", "params": {"end": "1999-01-01"}}, "end"),
        ({"service": "rapidpro", "kind": "demo", "count": 5}, "count"),
    ]
    for payload, field in bad:
        response = control.post("/seed", json=payload)
        assert response.status_code == 400, response.text
        assert response.json()["error"].startswith(f"{field}: "), response.text
    control.close()


def test_the_pinned_clock_stays_inside_the_seed(demo_emulator: RunningEmulator) -> None:
    """Objects made through the API after (or beside) a demo seed get real times and random ids."""
    with TembaClient(demo_emulator.service_url("rapidpro"), demo_emulator.token) as client:
        made = [client.create_label(f"After the demo {n}") for n in range(2)]
        listed = client.get_contacts().first()
        created = client.create_contact(name="Real Time", urns=["tel:+250700000001"])
    assert made[0].uuid != made[1].uuid and created.uuid != (listed.uuid if listed else None)
    assert created.created_on.year >= 2026 and created.created_on.date() > date(2026, 1, 31)


def test_a_demo_data_server_resets_back_to_the_demo() -> None:
    with run_emulator(services=["rapidpro", "clicdata"], demo_data=True) as server:
        url, token = server.service_url("rapidpro"), server.token
        with TembaClient(url, token) as client:
            assert len(client.get_contacts(group="Reporters").all()) == 16
            client.delete_contact(client.get_contacts(group="Reporters").first())
            assert len(client.get_contacts(group="Reporters").all()) == 15
            server.reset("rapidpro")
            assert len(client.get_contacts(group="Reporters").all()) == 16
    plain = Emulator(["rapidpro"], ["t"])
    try:
        plain.services["rapidpro"].reset()
        assert len(plain.services["rapidpro"].state.collections["contacts"]) == 0
    finally:
        plain.close()


def test_every_service_offers_the_demo_and_the_cli_documents_it() -> None:
    for name, service in available_services().items():
        assert "demo" in service.seed_kinds, name
    shown = subprocess.run(
        [sys.executable, "-m", "dataports_emulators.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "--demo-data" in shown and "reset" in shown
