"""Every Voxel51 overlay method against the live emulator: tokens, data, analytics, jobs (success, failure,
timeouts), batches, atomic downloads under dropped connections, and local argument checks."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dataports.voxel51 as vapi
import httpx
import pytest
from dataports import InvalidArgumentError, WaitTimeout
from dataports.voxel51 import auth
from dataports_emulators.testing import RunningEmulator

VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64


@pytest.fixture
def voxel51(dataports_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> RunningEmulator:
    """The session emulator with fresh Voxel51 state, and no token or URL leaking in from the environment."""
    dataports_emulator.reset("voxel51")
    for name in (auth.PRIVATE_KEY_ENV, auth.BASE_URL_ENV, auth.TOKEN_PATH_ENV, "DATAPORTS_VOXEL51_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return dataports_emulator


def token_file(emulator: RunningEmulator, path: Path, key: str | None = None) -> Path:
    access = {
        "token_id": "tok-1",
        "created_at": "2020-01-01T00:00:00Z",
        "private_key": key or emulator.token,
        "base_api_url": emulator.service_url("voxel51"),
    }
    path.write_text(json.dumps({"access_token": access}))
    return path


@pytest.fixture
def api(voxel51: RunningEmulator, tmp_path: Path) -> Iterator[vapi.API]:
    with vapi.API(token_file(voxel51, tmp_path / "token.json")) as client:
        yield client


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "video1.mp4"
    path.write_bytes(VIDEO_BYTES)
    return path


def vehicle_request(data_id: str, **parameters: object) -> vapi.JobRequest:
    request = vapi.JobRequest("voxel51/vehicle-sense")
    request.set_input("video", data_id=data_id)
    for name, value in parameters.items():
        request.set_parameter(name, value)
    return request


# --- tokens ---------------------------------------------------------------------------------------------------------
def test_token_lookup_order_and_emulator_override(
    voxel51: RunningEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(vapi.TokenError):
        vapi.API()
    path = token_file(voxel51, tmp_path / "mine.json")
    assert vapi.activate_token(path) == tmp_path / "home" / ".voxel51" / "api-token.json"
    with vapi.API() as client:  # the active token
        assert client.api_root == voxel51.service_url("voxel51") and client.list_data() == []
        assert voxel51.token not in repr(client) and voxel51.token not in repr(client.token)
    monkeypatch.setenv(auth.TOKEN_PATH_ENV, str(token_file(voxel51, tmp_path / "bad.json", key="wrong")))
    with pytest.raises(vapi.APIError) as refused:  # VOXEL51_API_TOKEN wins over the active token
        vapi.API().list_data()
    assert refused.value.code == 401 and str(refused.value).startswith("401: ")
    monkeypatch.setenv(auth.PRIVATE_KEY_ENV, voxel51.token)  # and the private key wins over both
    monkeypatch.setenv(auth.BASE_URL_ENV, voxel51.service_url("voxel51") + "/v1")
    assert vapi.API().list_data() == []
    monkeypatch.setenv(auth.BASE_URL_ENV, "https://api.voxel51.com")
    assert vapi.API().base_url == "https://api.voxel51.com/v1"  # as the classic client reports it
    monkeypatch.setenv("DATAPORTS_VOXEL51_URL", voxel51.service_url("voxel51"))
    assert vapi.API().list_data() == []
    assert vapi.deactivate_token() is True and vapi.deactivate_token() is False
    assert vapi.API.from_json(path).list_jobs() == []
    with pytest.raises(vapi.TokenError):
        vapi.Token({"access_token": {}})


# --- data -----------------------------------------------------------------------------------------------------------
def test_data_upload_query_download_ttl_and_delete(
    api: vapi.API, video: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = api.upload_data(video, progress=True)
    assert (data["name"], data["size"], data["type"]) == ("video1.mp4", len(VIDEO_BYTES), "video/mp4")
    expires = datetime.now(UTC) + timedelta(days=1)
    short = api.upload_data(str(video), ttl=expires)
    assert datetime.fromisoformat(short["expiration_date"]) == expires
    assert {d["id"] for d in api.list_data()} == {data["id"], short["id"]}
    assert api.get_data_details(data["id"]) == data

    query = vapi.DataQuery().add_fields(["id", "expiration_date"]).sort_by("expiration_date", descending=False)
    found = api.query_data(query.add_search("name", "video1"))
    assert [d["id"] for d in found["data"]] == [short["id"], data["id"]] and found["count"] == 2
    assert set(found["data"][0]) == {"id", "expiration_date"}
    assert api.query_data(vapi.DataQuery().add_all_fields().set_offset(1).set_limit(1))["count"] == 2

    saved = api.download_data(data["id"], tmp_path / "out" / "copy.mp4", progress=True)
    assert Path(saved).read_bytes() == VIDEO_BYTES
    monkeypatch.chdir(tmp_path / "out")
    assert api.download_data(data["id"]) == "video1.mp4" and Path("video1.mp4").read_bytes() == VIDEO_BYTES
    url = api.get_data_download_url(data["id"])
    assert httpx.get(url).content == VIDEO_BYTES  # signed: no token needed

    api.update_data_ttl(data["id"], days=2)
    moved = datetime.fromisoformat(api.get_data_details(data["id"])["expiration_date"])
    assert moved - datetime.fromisoformat(data["expiration_date"]) == timedelta(days=2)
    api.update_data_ttl(data["id"], expiration_date="2099-01-01T00:00:00Z")
    assert api.get_data_details(data["id"])["expiration_date"].startswith("2099-01-01")
    api.update_data_ttl(short["id"], days=-10)  # a past expiration deletes the data
    assert api.query_data(vapi.DataQuery().add_search("id", short["id"]))["data"] == []
    api.delete_data(data["id"])
    assert api.list_data() == []
    with pytest.raises(vapi.APIError) as missing:
        api.get_data_details(data["id"])
    assert missing.value.code == 404 and missing.value.status_code == 404


def test_data_posted_as_url_and_batches(api: vapi.API, video: Path) -> None:
    ttl = datetime.now(UTC) + timedelta(days=1)
    posted = api.post_data_as_url("https://example.com/v.mp4?sig=1", "v.mp4", "video/mp4", 10, ttl, encoding="gzip")
    assert (posted["name"], posted["encoding"], posted["size"]) == ("v.mp4", "gzip", 10)
    assert api.get_data_download_url(posted["id"]) == "https://example.com/v.mp4?sig=1"
    kept = api.upload_data(video)["id"]
    details = api.batch_get_data_details([posted["id"], kept, "missing"])
    assert details[kept]["success"] and details[kept]["response"]["id"] == kept
    assert not details["missing"]["success"] and "not found" in details["missing"]["error"]["message"]
    assert api.batch_update_data_ttl([kept], days=1.5)[kept]["success"]
    assert api.batch_update_data_ttl([kept], expiration_date=ttl)[kept]["success"]
    assert all(r["success"] for r in api.batch_delete_data([posted["id"], kept]).values())
    assert api.list_data() == []


# --- analytics ------------------------------------------------------------------------------------------------------
def test_analytics_list_query_doc_and_own_analytic_lifecycle(api: vapi.API, tmp_path: Path) -> None:
    latest = api.list_analytics()
    every = api.list_analytics(all_versions=True)
    assert {a["name"] for a in latest} == {a["name"] for a in every} and len(every) > len(latest)
    query = vapi.AnalyticsQuery().add_field("id").add_field("name").add_search("name", "vehicle")
    results = api.query_analytics(query)
    assert {a["name"] for a in results["analytics"]} == {"voxel51/vehicle-sense"}
    analytic_id = api.get_analytic_id("voxel51/vehicle-sense")
    assert analytic_id == results["analytics"][0]["id"]
    older = api.get_analytic_id("voxel51/vehicle-sense", version="1.0.0")
    assert older != analytic_id and api.get_analytic_details(older)["version"] == "1.0.0"
    versions = api.query_analytics(vapi.AnalyticsQuery(all_versions=True).add_search("name", "vehicle"))
    assert len(versions["analytics"]) == 2
    with pytest.raises(ValueError, match="Analytic 'voxel51/vehicle' not found") as unknown:
        api.get_analytic_id("voxel51/vehicle")  # a substring is not a name
    assert isinstance(unknown.value, vapi.APIError) and unknown.value.code == 404
    with pytest.raises(ValueError, match=r"Analytic 'voxel51/vehicle-sense v9\.9' not found"):
        api.get_analytic_id("voxel51/vehicle-sense", version="9.9")
    doc = api.get_analytic_doc(analytic_id)
    assert [i["name"] for i in doc["inputs"]] == ["video"] and "accel" in {p["name"] for p in doc["parameters"]}
    batch = api.batch_get_analytic_details([analytic_id])
    assert batch[analytic_id]["response"]["name"] == "voxel51/vehicle-sense"

    doc_path = tmp_path / "doc.json"
    doc_path.write_text(
        json.dumps(
            {
                "info": {"name": "me/counter", "version": "0.1", "description": "", "supports_gpu": False},
                "inputs": [{"name": "video", "type": "eta.core.types.Video"}],
                "outputs": [{"name": "labels", "type": "eta.core.types.VideoLabels", "filename": "labels.json"}],
                "parameters": [],
            }
        )
    )
    mine = api.upload_analytic(doc_path, analytic_type=vapi.AnalyticType.PLATFORM)
    assert mine["pending"] and mine["scope"] == "private"
    image = tmp_path / "image.tar.gz"
    image.write_bytes(b"\x1f\x8b" + b"layer" * 1000)
    api.upload_analytic_image(mine["id"], image, vapi.AnalyticImageType.CPU, progress=True)
    assert not api.get_analytic_details(mine["id"])["pending"]
    api.delete_analytic(mine["id"])
    with pytest.raises(vapi.APIError) as gone:
        api.get_analytic_details(mine["id"])
    assert gone.value.code == 404


# --- jobs -----------------------------------------------------------------------------------------------------------
def test_job_workflow_from_upload_to_output(api: vapi.API, video: Path, tmp_path: Path) -> None:
    data_id = api.upload_data(video)["id"]
    request = vehicle_request(data_id, accel="1.0")
    job = api.upload_job_request(request, "customJobName")
    assert job["state"] == vapi.JobState.READY and job["name"] == "customJobName"
    assert api.get_job_request(job["id"]) == request
    assert not api.is_job_complete(job["id"]) and not api.is_job_expired(job["id"])
    api.start_job(job["id"])
    api.wait_until_job_completes(job["id"], sleep_time=0.05, max_wait_time=10)
    assert api.is_job_complete(job["id"])
    details = api.get_job_details(job["id"])
    assert details["state"] == "COMPLETE" and details["completion_date"]
    status = api.get_job_status(job["id"])
    assert status["state"] == "COMPLETE" and status["messages"][-1]["message"] == "Job complete"

    output = Path(api.download_job_output(job["id"], tmp_path / "labels.json"))
    labels = json.loads(output.read_bytes())
    assert labels["emulator"]["input_bytes"] == len(VIDEO_BYTES)
    assert httpx.get(api.get_job_output_download_url(job["id"])).content == output.read_bytes()
    log = api.download_job_logfile(job["id"])
    assert log is not None and "job complete" in log
    assert api.download_job_logfile(job["id"], tmp_path / "job.log") is None
    assert (tmp_path / "job.log").read_text() == log
    assert httpx.get(api.get_job_logfile_download_url(job["id"])).text == log

    api.archive_job(job["id"])
    assert api.list_jobs() == []
    found = api.query_jobs(vapi.JobsQuery().add_fields(["name", "state"]).add_search("archived", "True"))
    assert found["jobs"] == [{"name": "customJobName", "state": "COMPLETE"}]
    api.unarchive_job(job["id"])
    assert [j["id"] for j in api.list_jobs()] == [job["id"]]
    api.update_job_ttl(job["id"], days=-100)  # expiring the output deletes it
    assert api.is_job_expired(job=api.get_job_details(job["id"]))
    with pytest.raises(vapi.APIError) as expired:
        api.download_job_output(job["id"], tmp_path / "again.json")
    assert expired.value.code == 404 and not (tmp_path / "again.json").exists()


def test_auto_start_compute_mode_kill_delete_and_state_errors(api: vapi.API, video: Path) -> None:
    data_id = api.upload_data(video)["id"]
    gpu = vapi.JobRequest("voxel51/vehicle-sense", compute_mode=vapi.JobComputeMode.GPU)
    gpu.set_input("video", data_id=data_id)
    started = api.upload_job_request(job_request=gpu, job_name="GPUjob", auto_start=True)
    assert started["auto_start"] and started["compute_mode"] == "GPU"
    api.kill_job(started["id"])  # still QUEUED: the job step is 0.05 s
    with pytest.raises(vapi.JobExecutionError) as killed:
        api.wait_until_job_completes(started["id"], sleep_time=0.05, max_wait_time=5)
    assert killed.value.failure_type == "USER" and "killed" in str(killed.value)
    ready = api.upload_job_request(vehicle_request(data_id), "never-run", ttl="2099-01-01T00:00:00+00:00")
    assert ready["expiration_date"].startswith("2099-01-01")
    api.update_job_ttl(ready["id"], expiration_date=datetime(2098, 1, 1, tzinfo=UTC))
    assert api.get_job_details(ready["id"])["expiration_date"].startswith("2098-01-01")
    with pytest.raises(vapi.APIError) as not_started:
        api.download_job_output(ready["id"], "x.json")
    assert not_started.value.code == 400 and "READY" in not_started.value.message
    api.delete_job(ready["id"])
    with pytest.raises(vapi.APIError, match=r"400: .*cannot be deleted"):
        api.delete_job(started["id"])
    with pytest.raises(vapi.APIError, match="Unknown parameter"):
        api.upload_job_request(vehicle_request(data_id, speed=2), "bad")


def test_failed_job_raises_with_its_messages(api: vapi.API, video: Path) -> None:
    data_id = api.upload_data(video)["id"]
    job = api.upload_job_request(vehicle_request(data_id, fail=True), "doomed", auto_start=True)
    with pytest.raises(vapi.JobExecutionError) as failed:
        api.wait_until_job_completes(job["id"], sleep_time=0.05, max_wait_time=10)
    assert failed.value.failure_type == "ANALYTIC" and "failed (ANALYTIC)" in str(failed.value)
    assert failed.value.messages[-1].startswith("The analytic failed")
    with pytest.raises(vapi.JobExecutionError):
        api.is_job_complete(job["id"])
    assert api.get_job_details(job["id"])["state"] == vapi.JobState.FAILED


def test_wait_times_out_and_many_jobs_wait_together(api: vapi.API, video: Path) -> None:
    data_id = api.upload_data(video)["id"]
    idle = api.upload_job_request(vehicle_request(data_id), "idle")["id"]
    with pytest.raises(vapi.JobWaitTimeout) as late:
        api.wait_until_job_completes(idle, sleep_time=0.05, max_wait_time=0.2)
    assert isinstance(late.value, vapi.JobExecutionError) and isinstance(late.value, WaitTimeout | TimeoutError)
    assert late.value.last_state == "READY"
    good = api.upload_job_request(vehicle_request(data_id), "good", auto_start=True)["id"]
    bad = api.upload_job_request(vehicle_request(data_id, fail="PLATFORM"), "bad", auto_start=True)["id"]
    outcomes = api.wait_until_jobs_complete([good, bad, idle], sleep_time=0.05, max_wait_time=2)
    assert outcomes[good] is None
    assert isinstance(outcomes[bad], vapi.JobExecutionError) and outcomes[bad].failure_type == "PLATFORM"  # type: ignore[union-attr]
    assert isinstance(outcomes[idle], vapi.JobWaitTimeout)


def test_job_batches_and_thread_map(api: vapi.API, video: Path) -> None:
    data_ids = vapi.API.thread_map(lambda n: api.upload_data(video)["id"], range(3), max_workers=3)
    jobs = api.thread_map(lambda d: api.upload_job_request(vehicle_request(d), f"job-{d}")["id"], data_ids)
    assert len(set(jobs)) == 3 and vapi.thread_map(str.upper, ["a", "b"]) == ["A", "B"]
    assert all(r["response"]["state"] == "READY" for r in api.batch_get_job_details(jobs).values())
    assert all(r["success"] for r in api.batch_start_jobs(jobs[:2]).values())
    assert all(r["success"] for r in api.batch_kill_jobs(jobs[:1]).values())
    api.wait_until_job_completes(jobs[1], sleep_time=0.05, max_wait_time=5)
    archived = api.batch_archive_jobs(jobs)
    assert archived[jobs[1]]["success"] and not archived[jobs[2]]["success"]  # a READY job cannot be archived
    assert all(r["success"] for r in api.batch_unarchive_jobs(jobs).values())
    assert all(r["success"] for r in api.batch_update_jobs_ttl(jobs, days=1).values())
    deleted = api.batch_delete_jobs(jobs)
    assert deleted[jobs[2]]["success"] and not deleted[jobs[1]]["success"]
    assert api.get_platform_status()["platform"]["operational"] is True


# --- failures -------------------------------------------------------------------------------------------------------
def test_interrupted_download_leaves_no_file(
    api: vapi.API, voxel51: RunningEmulator, video: Path, tmp_path: Path
) -> None:
    data_id = api.upload_data(video)["id"]
    target = tmp_path / "dl" / "video.mp4"
    with voxel51.faults("voxel51", drop_rate=1.0, paths="download"), pytest.raises(vapi.APIError) as dropped:
        api.download_data(data_id, target)
    assert dropped.value.code is None and dropped.value.status_code is None
    assert list(target.parent.iterdir()) == []
    with voxel51.faults("voxel51", drop_rate=1.0, paths="/v1/data/list"), pytest.raises(vapi.APIError) as lost:
        api.list_data()
    assert lost.value.code is None and "No response" in str(lost.value)
    with voxel51.faults("voxel51", status=503, rate=1.0), pytest.raises(vapi.APIError) as busy:
        api.list_jobs()
    assert busy.value.code == 503


def test_bad_input_fails_before_any_request(voxel51: RunningEmulator, tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    token = vapi.Token.from_private_key("k", "https://api.voxel51.com")
    api = vapi.API(token, transport=httpx.MockTransport(refuse))
    with pytest.raises(InvalidArgumentError, match="days/expiration_date") as neither:
        api.update_data_ttl("some-id")
    assert isinstance(neither.value, vapi.APIError) and neither.value.code == 400  # what the classic client raised
    with pytest.raises(InvalidArgumentError):
        api.update_job_ttl("some-id", days=1, expiration_date="2099-01-01")
    with pytest.raises(ValueError, match="'colour' is not supported; supported fields: id, name"):
        vapi.DataQuery().add_field("colour")
    with pytest.raises(InvalidArgumentError, match="failure_type"):
        vapi.DataQuery().sort_by("failure_type")
    with pytest.raises(InvalidArgumentError):
        vapi.JobsQuery().set_limit(0)
    with pytest.raises(InvalidArgumentError, match="comma"):
        vapi.JobsQuery().add_search("state", "RUNNING,QUEUED")
    with pytest.raises(InvalidArgumentError, match="must be a DataQuery"):
        api.query_data(vapi.JobsQuery())  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="not a single string"):
        api.batch_delete_data("one-id")
    with pytest.raises(InvalidArgumentError, match="image_type"):
        api.upload_analytic_image("a", tmp_path / "x.tar", "TPU")
    with pytest.raises(InvalidArgumentError, match="compute_mode"):
        vapi.JobRequest("voxel51/vehicle-sense", compute_mode="FAST")
    with pytest.raises(InvalidArgumentError, match="sleep_time"):
        api.wait_until_job_completes("j", sleep_time=0)
    with pytest.raises(FileNotFoundError):
        api.upload_data(tmp_path / "missing.mp4")
    with pytest.raises(InvalidArgumentError):
        api.post_data_as_url("ftp://x/y", "y", "video/mp4", 1, "2099-01-01")
    assert vapi.DataQuery().to_dict() == {}
    query = vapi.AnalyticsQuery(all_versions=True).add_search_over_all_fields("sense").sort_by("name")
    assert query.to_dict() == {"search": "sense", "sort": "name:desc", "all_versions": True}


def test_job_request_serialization_round_trip(tmp_path: Path) -> None:
    request = vapi.JobRequest("voxel51/vehicle-sense", version="1.0.0", compute_mode="CPU")
    request.set_input("video", data_id="d1")
    request.set_data_parameter("mask", signed_url="https://example.com/m.png")
    request.set_parameter("accel", 2)
    assert list(request.to_dict()) == ["analytic", "version", "compute_mode", "inputs", "parameters"]
    assert request.to_dict()["parameters"] == {"mask": {"signed-url": "https://example.com/m.png"}, "accel": 2}
    assert vapi.JobRequest.from_str(request.to_str(pretty_print=False)) == request
    request.write_json(tmp_path / "job.json")
    assert vapi.JobRequest.from_json(tmp_path / "job.json") == request
    assert os.path.getsize(tmp_path / "job.json") > 0


def test_uploads_survive_bytes_that_look_like_a_multipart_boundary(api: vapi.API, tmp_path: Path) -> None:
    # The generator used to send every upload with the fixed boundary "+++"; this content would then be cut short.
    tricky = tmp_path / "tricky.bin"
    payload = b"before\r\n--+++\r\nContent-Disposition: form-data\r\n\r\nafter" * 100
    tricky.write_bytes(payload)
    uploaded = api.upload_data(str(tricky))
    downloaded = api.download_data(uploaded["id"], output_path=str(tmp_path / "back.bin"))
    assert Path(downloaded).read_bytes() == payload
