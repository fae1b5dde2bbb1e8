"""The Voxel51 emulator over real HTTP: data on disk with TTLs, queries, job requests, the job lifecycle, auth and
error bodies. Two emulators: one whose jobs advance every 50 ms (lifecycle), one whose jobs sit in each state for an
hour (state guards), so no assertion depends on winning a race against the clock."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from dataports_emulators.cli import build_parser
from dataports_emulators.core.app import Emulator
from dataports_emulators.testing import RunningEmulator, run_emulator

SERVICE = "voxel51"
VEHICLE_SENSE = "voxel51/vehicle-sense"


@pytest.fixture(scope="module")
def fast() -> Iterator[RunningEmulator]:
    with run_emulator(services=[SERVICE], settings={"voxel51_job_step_seconds": 0.05}) as running:
        yield running


@pytest.fixture(scope="module")
def slow() -> Iterator[RunningEmulator]:
    with run_emulator(services=[SERVICE], settings={"voxel51_job_step_seconds": 3600}) as running:
        yield running


def _client(running: RunningEmulator) -> httpx.Client:
    running.reset(SERVICE)
    headers = {"Authorization": f"Bearer {running.token}"}
    return httpx.Client(base_url=running.service_url(SERVICE), headers=headers, timeout=10)


@pytest.fixture
def api(fast: RunningEmulator) -> Iterator[httpx.Client]:
    with _client(fast) as client:
        yield client


@pytest.fixture
def slow_api(slow: RunningEmulator) -> Iterator[httpx.Client]:
    with _client(slow) as client:
        yield client


def upload(api: httpx.Client, content: bytes, name: str = "clip.mp4", **fields: str) -> dict[str, Any]:
    response = api.post("/v1/data", files={"file": (name, content, "video/mp4")}, data=fields)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def job_request(data_id: str, analytic: str = VEHICLE_SENSE, **parameters: Any) -> dict[str, Any]:
    return {"analytic": analytic, "inputs": {"video": {"data-id": data_id}}, "parameters": parameters}


def post_job(api: httpx.Client, request: dict[str, Any], *, auto_start: bool = False) -> httpx.Response:
    files = {"file": ("job.json", json.dumps(request), "application/json")}
    return api.post("/v1/jobs", files=files, data={"job_name": "test-job", "auto_start": str(auto_start)})


def create_job(api: httpx.Client, request: dict[str, Any], *, auto_start: bool = False) -> str:
    response = post_job(api, request, auto_start=auto_start)
    assert response.status_code == 200, response.text
    job_id: str = response.json()["job"]["id"]
    return job_id


def job_state(api: httpx.Client, job_id: str) -> str:
    state: str = api.get(f"/v1/jobs/{job_id}").json()["job"]["state"]
    return state


def wait_for(api: httpx.Client, job_id: str, *states: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while (state := job_state(api, job_id)) not in states:
        assert time.monotonic() < deadline, f"job {job_id} stuck in {state}"
        time.sleep(0.02)
    return state


def error_of(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == status
    message: str = body["error"]["message"]
    return message


# --- auth and error bodies ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", [None, "Bearer wrong-token", "Token dataports-demo", "Basic Zm9vOmJhcg=="])
def test_bad_or_missing_token_is_401_with_error_body(fast: RunningEmulator, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    response = httpx.get(f"{fast.service_url(SERVICE)}/v1/data/list", headers=headers)
    assert "token" in error_of(response, 401).lower()


def test_errors_use_the_platform_body(api: httpx.Client) -> None:
    assert "Data nope not found" in error_of(api.get("/v1/data/nope"), 404)
    assert error_of(api.get("/v1/data", params={"offset": "-1"}), 400).startswith("offset:")
    assert error_of(api.get("/v1/nowhere"), 404)
    assert error_of(api.post("/v1/data", content=b"x", headers={"content-type": "text/plain"}), 400)


# --- data -----------------------------------------------------------------------------------------------------------
def test_upload_list_details_download_round_trip(api: httpx.Client) -> None:
    content = bytes(range(256)) * 4099
    data = upload(api, content, name="round trip.mp4")
    assert (data["name"], data["size"], data["type"]) == ("round trip.mp4", len(content), "video/mp4")
    assert [d["id"] for d in api.get("/v1/data/list").json()["data"]] == [data["id"]]
    assert api.get(f"/v1/data/{data['id']}").json()["data"] == data
    download = api.get(f"/v1/data/{data['id']}/download")
    assert download.status_code == 200 and download.content == content
    assert download.headers["content-length"] == str(len(content))
    # The signed URL points back at the emulator and works without the bearer token, like a real signed URL.
    url = api.get(f"/v1/data/{data['id']}/download-url").json()["url"]
    assert url.startswith(str(api.base_url).rstrip("/") + f"/v1/data/{data['id']}/download?")
    assert httpx.get(url).content == content
    assert httpx.get(url.replace("signature=", "signature=0")).status_code == 401


def test_data_lives_on_disk_and_close_removes_it() -> None:
    emulator = Emulator([SERVICE], ["t"])
    service: Any = emulator.services[SERVICE]
    transport = httpx.ASGITransport(app=emulator.app)

    async def scenario() -> str:
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator/voxel51") as client:
            response = await client.post(
                "/v1/data",
                files={"file": ("a.bin", b"on disk", "application/octet-stream")},
                headers={"Authorization": "Bearer t"},
            )
            data_id: str = response.json()["data"]["id"]
            return data_id

    data_id = asyncio.run(scenario())
    first_root = service.state.root
    assert (first_root / "data" / data_id).read_bytes() == b"on disk"
    emulator.services[SERVICE].reset()
    assert not first_root.exists()
    second_root = service.state.root
    emulator.close()
    assert not second_root.exists()


def test_ttl_in_the_past_deletes_the_data(api: httpx.Client) -> None:
    kept, dropped, batched = (upload(api, f"clip {i}".encode())["id"] for i in range(3))
    response = api.put(f"/v1/data/{dropped}/ttl", data={"expiration_date": "2001-01-01T00:00:00Z"})
    assert response.status_code == 200, response.text
    batch = api.post("/v1/data/batch", json={"action": "ttl", "ids": [batched, "missing"], "days": "-10"}).json()
    assert batch["responses"][batched]["success"] is True
    assert batch["responses"]["missing"] == {
        "success": False,
        "response": None,
        "error": {"message": "Data missing not found"},
    }
    for gone in (dropped, batched):
        error_of(api.get(f"/v1/data/{gone}"), 404)
        error_of(api.get(f"/v1/data/{gone}/download"), 404)
    assert [d["id"] for d in api.get("/v1/data/list").json()["data"]] == [kept]
    assert "Exactly one" in error_of(api.put(f"/v1/data/{kept}/ttl", data={}), 400)


def test_data_expires_on_its_own(api: httpx.Client) -> None:
    # Long enough that a loaded machine still reads the data before it expires.
    soon = (datetime.now(UTC) + timedelta(seconds=1.5)).isoformat()
    data = upload(api, b"short-lived", data_ttl=soon)
    assert api.get(f"/v1/data/{data['id']}").status_code == 200
    expiry = datetime.fromisoformat(data["expiration_date"])
    time.sleep(max(0.0, (expiry - datetime.now(UTC)).total_seconds()) + 0.05)
    error_of(api.get(f"/v1/data/{data['id']}"), 404)
    assert api.get("/v1/data/list").json()["data"] == []
    assert "future" in error_of(api.post("/v1/data", files={"file": ("x", b"x")}, data={"data_ttl": "2001-01-01"}), 400)


def test_post_data_as_url_records_metadata_without_fetching(api: httpx.Client) -> None:
    ttl = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    body = {"signed_url": "https://storage.invalid/v.mp4?sig=1", "filename": "v.mp4", "mimetype": "video/mp4"}
    data = api.post("/v1/data/url", json={**body, "size": 1234, "data_ttl": ttl}).json()["data"]
    assert (data["name"], data["size"], data["type"]) == ("v.mp4", 1234, "video/mp4")
    assert api.get(f"/v1/data/{data['id']}/download-url").json() == {"url": body["signed_url"]}


# --- queries --------------------------------------------------------------------------------------------------------
def test_query_search_sort_offset_limit_fields(api: httpx.Client) -> None:
    for name, size in [("cars.mp4", 5), ("trucks.mp4", 3), ("cars-night.mp4", 9), ("bikes.avi", 1), ("vans.mp4", 7)]:
        upload(api, b"x" * size, name=name)
    query: dict[str, str | int] = {
        "fields": "name,size",
        "search": "name:cars|vans",
        "sort": "size:desc",
        "offset": 1,
        "limit": 2,
    }
    # The classic client sends the query as a JSON body on the GET; generated clients use the query string.
    by_body = api.request("GET", "/v1/data", json=query).json()
    by_params = api.get("/v1/data", params=query).json()
    assert (
        by_body
        == by_params
        == {
            "data": [{"name": "vans.mp4", "size": 7}, {"name": "cars.mp4", "size": 5}],
            "count": 3,
        }
    )
    bare = api.get("/v1/data", params={"search": "AVI", "fields": "name"}).json()
    assert bare == {"data": [{"name": "bikes.avi"}], "count": 1}
    ascending = api.get("/v1/data", params={"sort": "name:asc", "fields": "name"}).json()["data"]
    assert [d["name"] for d in ascending] == sorted(d["name"] for d in ascending)
    message = error_of(api.get("/v1/data", params={"fields": "name,colour"}), 400)
    assert "colour" in message and "upload_date" in message
    assert "owner" in error_of(api.request("GET", "/v1/data", json={"search": "owner:me"}), 400)
    assert "direction" in error_of(api.get("/v1/data", params={"sort": "name:sideways"}), 400)


def test_jobs_query_searches_python_booleans(slow_api: httpx.Client, slow: RunningEmulator) -> None:
    slow.seed(SERVICE, "jobs", 2, state="COMPLETE")
    archived = slow.seed(SERVICE, "jobs", 1, state="FAILED")["ids"][0]
    assert slow_api.put(f"/v1/jobs/{archived}/archive").status_code == 200
    found = slow_api.request("GET", "/v1/jobs", json={"search": "archived:False", "fields": "id,state"}).json()
    assert found["count"] == 2 and {j["state"] for j in found["jobs"]} == {"COMPLETE"}
    assert archived not in [j["id"] for j in slow_api.get("/v1/jobs/list").json()["jobs"]]


# --- analytics ------------------------------------------------------------------------------------------------------
def test_catalogue_lists_latest_versions_and_docs(api: httpx.Client) -> None:
    latest = api.get("/v1/analytics/list").json()["analytics"]
    everything = api.request("GET", "/v1/analytics/list", json={"all_versions": True}).json()["analytics"]
    assert [a["version"] for a in latest if a["name"] == VEHICLE_SENSE] == ["1.1.0"]
    assert sorted(a["version"] for a in everything if a["name"] == VEHICLE_SENSE) == ["1.0.0", "1.1.0"]
    found = api.get("/v1/analytics", params={"search": "name:vehicle", "fields": "id,name"}).json()
    analytic_id = found["analytics"][0]["id"]
    doc = api.get(f"/v1/analytics/{analytic_id}/doc").json()
    assert doc["inputs"][0]["name"] == "video" and doc["inputs"][0]["required"] is True
    assert {"accel", "confidence_threshold"} <= {p["name"] for p in doc["parameters"]}
    assert doc["outputs"][0]["filename"] == "labels.json"
    assert error_of(api.delete(f"/v1/analytics/{analytic_id}"), 403)


def test_user_analytic_is_pending_until_its_image_arrives(api: httpx.Client) -> None:
    doc = {
        "info": {"name": "me/counter", "version": "0.1"},
        "inputs": [{"name": "video"}],
        "outputs": [],
        "parameters": [],
    }
    files = {"file": ("doc.json", json.dumps(doc), "application/json")}
    analytic = api.post("/v1/analytics", files=files).json()["analytic"]
    assert (analytic["scope"], analytic["pending"]) == ("private", True)
    assert "me/counter" not in [a["name"] for a in api.get("/v1/analytics/list").json()["analytics"]]
    image = {"file": ("image.tar.gz", b"\x1f\x8b fake image", "application/gzip")}
    assert api.post(f"/v1/analytics/{analytic['id']}/images", params={"type": "CPU"}, files=image).status_code == 200
    assert api.get(f"/v1/analytics/{analytic['id']}").json()["analytic"]["pending"] is False
    assert api.delete(f"/v1/analytics/{analytic['id']}").status_code == 200
    error_of(api.get(f"/v1/analytics/{analytic['id']}"), 404)


# --- jobs -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"inputs": {"audio": {"data-id": "DATA"}}}, "Unknown input(s) audio"),
        ({"analytic": "voxel51/anonymizer"}, "Missing required parameter(s) target"),
        ({"inputs": {"video": {"data-id": "no-such-data"}}}, "'no-such-data' does not exist"),
        ({"inputs": {}}, "Missing required input(s) video"),
        ({"analytic": "voxel51/teleporter"}, "Unknown analytic 'voxel51/teleporter'"),
        ({"version": "9.9.9"}, "has no version '9.9.9'"),
        ({"parameters": {"speed": 2}}, "Unknown parameter(s) speed"),
        ({"parameters": {"accel": "fast"}}, "parameter 'accel' must be a number"),
    ],
)
def test_job_request_validation(api: httpx.Client, change: dict[str, Any], expected: str) -> None:
    data_id = upload(api, b"video")["id"]
    request = {**job_request(data_id), **json.loads(json.dumps(change).replace("DATA", data_id))}
    assert expected in error_of(post_job(api, request), 400)


def test_job_request_naming_deleted_data_is_refused(api: httpx.Client) -> None:
    data_id = upload(api, b"video")["id"]
    assert api.delete(f"/v1/data/{data_id}").status_code == 200
    assert "has expired or was deleted" in error_of(post_job(api, job_request(data_id)), 400)


def test_job_runs_to_complete_with_deterministic_output(api: httpx.Client) -> None:
    content = b"the same video bytes" * 100
    first = create_job(api, job_request(upload(api, content)["id"], accel="1.0"), auto_start=True)
    assert job_state(api, first) in ("QUEUED", "SCHEDULED", "RUNNING", "COMPLETE")
    second = create_job(api, job_request(upload(api, content, name="copy.mp4")["id"], accel="1.0"))
    assert job_state(api, second) == "READY"
    assert api.put(f"/v1/jobs/{second}/start").status_code == 200
    other = create_job(api, job_request(upload(api, b"different bytes")["id"]), auto_start=True)
    for job_id in (first, second, other):
        assert wait_for(api, job_id, "COMPLETE", "FAILED") == "COMPLETE"

    status = api.get(f"/v1/jobs/{first}/status").json()
    assert [m["message"] for m in status["messages"]] == [
        "Job request uploaded",
        "Job queued",
        "Job scheduled",
        "Job running",
        "Job complete",
    ]
    details = api.get(f"/v1/jobs/{first}").json()["job"]
    assert details["completion_date"] and details["failure_type"] == "NONE"

    outputs = [api.get(f"/v1/jobs/{job_id}/output") for job_id in (first, second, other)]
    labels = [json.loads(o.content) for o in outputs]
    video = labels[0]["emulator"]["inputs"]["video"]
    assert video["sha256"] == hashlib.sha256(content).hexdigest() and video["size"] == len(content)
    assert labels[0]["frames"] == labels[1]["frames"] and labels[0]["frames"] != labels[2]["frames"]

    url = api.get(f"/v1/jobs/{first}/output-url").json()["url"]
    assert httpx.get(url).content == outputs[0].content
    log = api.get(f"/v1/jobs/{first}/log").text
    assert "job complete" in log and hashlib.sha256(content).hexdigest() in log
    assert api.get(f"/v1/jobs/{first}/request").json() == job_request(
        labels[0]["emulator"]["inputs"]["video"]["data_id"], accel="1.0"
    )


def test_failure_switch_fails_the_job(api: httpx.Client) -> None:
    job_id = create_job(api, job_request(upload(api, b"video")["id"], fail=True), auto_start=True)
    assert wait_for(api, job_id, "COMPLETE", "FAILED") == "FAILED"
    status = api.get(f"/v1/jobs/{job_id}/status").json()
    assert status["failure_type"] == "ANALYTIC" and "failure switch" in status["messages"][-1]["message"]
    assert "FAILED" in error_of(api.get(f"/v1/jobs/{job_id}/output"), 400)


def test_job_fails_when_its_input_is_deleted_before_it_runs(slow_api: httpx.Client) -> None:
    data_id = upload(slow_api, b"video")["id"]
    job_id = create_job(slow_api, job_request(data_id), auto_start=True)
    assert job_state(slow_api, job_id) == "QUEUED"
    assert slow_api.delete(f"/v1/data/{data_id}").status_code == 200
    details = slow_api.get(f"/v1/jobs/{job_id}").json()["job"]
    assert (details["state"], details["failure_type"]) == ("FAILED", "USER")
    assert data_id in slow_api.get(f"/v1/jobs/{job_id}/status").json()["messages"][-1]["message"]


def test_job_fails_at_start_when_its_input_is_gone(api: httpx.Client) -> None:
    data_id = upload(api, b"video")["id"]
    job_id = create_job(api, job_request(data_id))
    assert api.put(f"/v1/data/{data_id}/ttl", data={"expiration_date": "2001-01-01"}).status_code == 200
    assert api.put(f"/v1/jobs/{job_id}/start").status_code == 200
    assert job_state(api, job_id) == "FAILED"


def test_actions_are_guarded_by_state(slow_api: httpx.Client, slow: RunningEmulator) -> None:
    job_id = create_job(slow_api, job_request(upload(slow_api, b"video")["id"]))
    assert "state is READY" in error_of(slow_api.put(f"/v1/jobs/{job_id}/kill"), 400)
    assert "state is READY" in error_of(slow_api.put(f"/v1/jobs/{job_id}/archive"), 400)
    assert "state is READY" in error_of(slow_api.get(f"/v1/jobs/{job_id}/output"), 400)
    assert slow_api.put(f"/v1/jobs/{job_id}/start").status_code == 200
    assert "state is QUEUED" in error_of(slow_api.put(f"/v1/jobs/{job_id}/start"), 400)
    assert "state is QUEUED" in error_of(slow_api.delete(f"/v1/jobs/{job_id}"), 400)
    assert "state is QUEUED" in error_of(slow_api.put(f"/v1/jobs/{job_id}/archive"), 400)
    assert slow_api.put(f"/v1/jobs/{job_id}/kill").status_code == 200
    assert job_state(slow_api, job_id) == "FAILED"
    assert slow_api.put(f"/v1/jobs/{job_id}/archive").status_code == 200
    assert slow_api.put(f"/v1/jobs/{job_id}/unarchive").status_code == 200

    running, complete = (slow.seed(SERVICE, "jobs", 1, state=s)["ids"][0] for s in ("RUNNING", "COMPLETE"))
    assert job_state(slow_api, running) == "RUNNING"
    assert "state is RUNNING" in error_of(slow_api.put(f"/v1/jobs/{running}/kill"), 400)
    assert "state is COMPLETE" in error_of(slow_api.put(f"/v1/jobs/{complete}/kill"), 400)
    ready = create_job(slow_api, job_request(upload(slow_api, b"video")["id"]))
    batch = slow_api.post("/v1/jobs/batch", json={"action": "start", "ids": [ready, complete]}).json()["responses"]
    assert batch[ready]["success"] is True and "state is COMPLETE" in batch[complete]["error"]["message"]
    fresh = create_job(slow_api, job_request(upload(slow_api, b"video")["id"]))
    assert slow_api.delete(f"/v1/jobs/{fresh}").status_code == 200
    error_of(slow_api.get(f"/v1/jobs/{fresh}"), 404)


def test_job_ttl_in_the_past_expires_its_output(slow_api: httpx.Client, slow: RunningEmulator) -> None:
    job_id = slow.seed(SERVICE, "jobs", 1, state="COMPLETE")["ids"][0]
    assert slow_api.get(f"/v1/jobs/{job_id}/output").status_code == 200
    assert slow_api.put(f"/v1/jobs/{job_id}/ttl", data={"expiration_date": "2001-01-01"}).status_code == 200
    assert slow_api.get(f"/v1/jobs/{job_id}").json()["job"]["expired"] is True
    assert "expired" in error_of(slow_api.get(f"/v1/jobs/{job_id}/output"), 404)


# --- status, seeds, command line ------------------------------------------------------------------------------------
def test_platform_status(api: httpx.Client) -> None:
    statuses = api.get("/v1/status/all").json()["statuses"]
    assert statuses["platform"]["operational"] is True and "jobs" in statuses


def test_seed_data_and_unknown_kind(api: httpx.Client, fast: RunningEmulator) -> None:
    ids = fast.seed(SERVICE, "data", 3, size=10)["ids"]
    assert sorted(d["id"] for d in api.get("/v1/data/list").json()["data"]) == sorted(ids)
    assert len(api.get(f"/v1/data/{ids[0]}/download").content) == 10
    with pytest.raises(RuntimeError, match="kinds"):
        fast.seed(SERVICE, "unicorns", 1)


def test_job_step_command_line_option() -> None:
    assert build_parser().parse_args(["--voxel51-job-step", "0.5"]).voxel51_job_step == 0.5
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--voxel51-job-step", "-1"])
