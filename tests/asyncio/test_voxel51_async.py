"""Every ``AsyncAPI`` method against the live emulator: data (streamed uploads, atomic downloads), analytics, jobs,
waiting on one job or on many at once without threads, batches, and failures (dropped downloads, timeouts)."""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dataports.voxel51 as vapi
import httpx
import pytest
from dataports import InvalidArgumentError, WaitTimeout
from dataports.voxel51 import auth
from dataports.voxel51.async_client import AsyncAPI
from dataports_emulators.testing import RunningEmulator

from tests.asyncio.conftest import assert_every_generated_member_ran

VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64


@pytest.fixture
def voxel51(dataports_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> RunningEmulator:
    """The session emulator with fresh Voxel51 state, and no token or URL leaking in from the environment."""
    dataports_emulator.reset("voxel51")
    for name in (auth.PRIVATE_KEY_ENV, auth.BASE_URL_ENV, auth.TOKEN_PATH_ENV, "DATAPORTS_VOXEL51_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return dataports_emulator


@pytest.fixture
def token(voxel51: RunningEmulator, tmp_path: Path) -> Path:
    access = {
        "token_id": "tok-1",
        "created_at": "2020-01-01T00:00:00Z",
        "private_key": voxel51.token,
        "base_api_url": voxel51.service_url("voxel51"),
    }
    path = tmp_path / "token.json"
    path.write_text(json.dumps({"access_token": access}))
    return path


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


async def fetch(url: str) -> bytes:
    async with httpx.AsyncClient() as http:
        return (await http.get(url)).content


async def test_data_upload_query_download_ttl_and_delete(
    token: Path, video: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with AsyncAPI.from_json(token) as api:
        data = await api.upload_data(video, progress=True)
        assert (data["name"], data["size"], data["type"]) == ("video1.mp4", len(VIDEO_BYTES), "video/mp4")
        expires = datetime.now(UTC) + timedelta(days=1)
        short = await api.upload_data(str(video), ttl=expires)
        assert {d["id"] for d in await api.list_data()} == {data["id"], short["id"]}
        assert await api.get_data_details(data["id"]) == data
        query = vapi.DataQuery().add_fields(["id", "expiration_date"]).sort_by("expiration_date", descending=False)
        found = await api.query_data(query.add_search("name", "video1"))
        assert [d["id"] for d in found["data"]] == [short["id"], data["id"]]

        saved = await api.download_data(data["id"], tmp_path / "out" / "copy.mp4", progress=True)
        assert Path(saved).read_bytes() == VIDEO_BYTES
        monkeypatch.chdir(tmp_path / "out")
        assert await api.download_data(data["id"]) == "video1.mp4" and Path("video1.mp4").read_bytes() == VIDEO_BYTES
        assert await fetch(await api.get_data_download_url(data["id"])) == VIDEO_BYTES

        await api.update_data_ttl(data["id"], days=2)
        moved = datetime.fromisoformat((await api.get_data_details(data["id"]))["expiration_date"])
        assert moved - datetime.fromisoformat(data["expiration_date"]) == timedelta(days=2)
        await api.update_data_ttl(short["id"], days=-10)  # a past expiration deletes the data
        await api.delete_data(data["id"])
        assert await api.list_data() == []
        with pytest.raises(vapi.APIError) as missing:
            await api.get_data_details(data["id"])
        assert missing.value.code == 404


async def test_data_posted_as_url_and_batches(token: Path, video: Path) -> None:
    async with AsyncAPI(token) as api:
        ttl = datetime.now(UTC) + timedelta(days=1)
        posted = await api.post_data_as_url("https://example.com/v.mp4?sig=1", "v.mp4", "video/mp4", 10, ttl)
        assert await api.get_data_download_url(posted["id"]) == "https://example.com/v.mp4?sig=1"
        kept = (await api.upload_data(video))["id"]
        details = await api.batch_get_data_details([posted["id"], kept, "missing"])
        assert details[kept]["success"] and not details["missing"]["success"]
        assert (await api.batch_update_data_ttl([kept], days=1.5))[kept]["success"]
        assert all(r["success"] for r in (await api.batch_delete_data([posted["id"], kept])).values())


async def test_analytics_list_query_doc_and_own_analytic_lifecycle(token: Path, tmp_path: Path) -> None:
    async with AsyncAPI(token) as api:
        latest, every = await asyncio.gather(api.list_analytics(), api.list_analytics(all_versions=True))
        assert {a["name"] for a in latest} == {a["name"] for a in every} and len(every) > len(latest)
        query = vapi.AnalyticsQuery().add_field("id").add_field("name").add_search("name", "vehicle")
        results = await api.query_analytics(query)
        analytic_id = await api.get_analytic_id("voxel51/vehicle-sense")
        assert analytic_id == results["analytics"][0]["id"]
        older = await api.get_analytic_id("voxel51/vehicle-sense", version="1.0.0")
        assert (await api.get_analytic_details(older))["version"] == "1.0.0"
        with pytest.raises(ValueError, match="Analytic 'voxel51/vehicle' not found") as unknown:
            await api.get_analytic_id("voxel51/vehicle")
        assert isinstance(unknown.value, vapi.APIError) and unknown.value.code == 404
        doc = await api.get_analytic_doc(analytic_id)
        assert [i["name"] for i in doc["inputs"]] == ["video"]
        batch = await api.batch_get_analytic_details([analytic_id])
        assert batch[analytic_id]["response"]["name"] == "voxel51/vehicle-sense"

        doc_path = tmp_path / "doc.json"
        info = {"name": "me/counter", "version": "0.1", "description": "", "supports_gpu": False}
        outputs = [{"name": "labels", "type": "eta.core.types.VideoLabels", "filename": "labels.json"}]
        inputs = [{"name": "video", "type": "eta.core.types.Video"}]
        doc_path.write_text(json.dumps({"info": info, "inputs": inputs, "outputs": outputs, "parameters": []}))
        mine = await api.upload_analytic(doc_path, analytic_type=vapi.AnalyticType.PLATFORM)
        assert mine["pending"]
        image = tmp_path / "image.tar.gz"
        image.write_bytes(b"\x1f\x8b" + b"layer" * 1000)
        await api.upload_analytic_image(mine["id"], image, vapi.AnalyticImageType.CPU, progress=True)
        assert not (await api.get_analytic_details(mine["id"]))["pending"]
        await api.delete_analytic(mine["id"])
        with pytest.raises(vapi.APIError):
            await api.get_analytic_details(mine["id"])


async def test_job_workflow_from_upload_to_output(token: Path, video: Path, tmp_path: Path) -> None:
    async with AsyncAPI(token) as api:
        data_id = (await api.upload_data(video))["id"]
        request = vehicle_request(data_id, accel="1.0")
        job = await api.upload_job_request(request, "customJobName")
        assert job["state"] == vapi.JobState.READY and await api.get_job_request(job["id"]) == request
        assert not await api.is_job_complete(job["id"]) and not await api.is_job_expired(job["id"])
        assert await api.get_job_state(job["id"]) == "READY" and await api.get_job_state(job=job) == "READY"
        await api.start_job(job["id"])
        await api.wait_until_job_completes(job["id"], sleep_time=0.05, max_wait_time=10, progress=True)
        assert await api.is_job_complete(job["id"]) and await api.is_job_complete(
            job=await api.get_job_details(job["id"])
        )
        assert (await api.get_job_status(job["id"]))["state"] == "COMPLETE"
        output = Path(await api.download_job_output(job["id"], tmp_path / "labels.json", progress=True))
        assert json.loads(output.read_bytes())["emulator"]["input_bytes"] == len(VIDEO_BYTES)
        assert await fetch(await api.get_job_output_download_url(job["id"])) == output.read_bytes()
        log = await api.download_job_logfile(job["id"])
        assert log is not None and "job complete" in log
        assert await api.download_job_logfile(job["id"], tmp_path / "job.log") is None
        assert (await fetch(await api.get_job_logfile_download_url(job["id"]))).decode() == log

        await api.archive_job(job["id"])
        assert await api.list_jobs() == []
        found = await api.query_jobs(vapi.JobsQuery().add_fields(["name", "state"]).add_search("archived", "True"))
        assert found["jobs"] == [{"name": "customJobName", "state": "COMPLETE"}]
        await api.unarchive_job(job["id"])
        await api.update_job_ttl(job["id"], days=-100)  # expiring the output deletes it
        assert await api.is_job_expired(job=await api.get_job_details(job["id"]))
        with pytest.raises(vapi.APIError) as expired:
            await api.download_job_output(job["id"], tmp_path / "again.json")
        assert expired.value.code == 404 and not (tmp_path / "again.json").exists()


async def test_kill_delete_failure_and_timeouts(token: Path, video: Path) -> None:
    async with AsyncAPI(token) as api:
        data_id = (await api.upload_data(video))["id"]
        started = await api.upload_job_request(vehicle_request(data_id), "killed", auto_start=True)
        await api.kill_job(started["id"])
        with pytest.raises(vapi.JobExecutionError) as killed:
            await api.wait_until_job_completes(started["id"], sleep_time=0.05, max_wait_time=5)
        assert killed.value.failure_type == "USER"
        ready = await api.upload_job_request(vehicle_request(data_id), "never-run")
        await api.delete_job(ready["id"])
        doomed = await api.upload_job_request(vehicle_request(data_id, fail=True), "doomed", auto_start=True)
        with pytest.raises(vapi.JobExecutionError) as failed:
            await api.wait_until_job_completes(doomed["id"], sleep_time=0.05, max_wait_time=10)
        assert failed.value.messages[-1].startswith("The analytic failed")
        idle = (await api.upload_job_request(vehicle_request(data_id), "idle"))["id"]
        with pytest.raises(vapi.JobWaitTimeout) as late:
            await api.wait_until_job_completes(idle, sleep_time=0.05, max_wait_time=0.2)
        assert isinstance(late.value, WaitTimeout) and late.value.last_state == "READY"


async def test_many_jobs_wait_together_on_one_thread(
    token: Path, video: Path, threads_started_here: list[threading.Thread]
) -> None:
    async with AsyncAPI(token) as api:
        data_id = (await api.upload_data(video))["id"]
        good = await asyncio.gather(
            *(api.upload_job_request(vehicle_request(data_id), f"good-{i}", auto_start=True) for i in range(20))
        )
        bad = await api.upload_job_request(vehicle_request(data_id, fail="PLATFORM"), "bad", auto_start=True)
        idle = await api.upload_job_request(vehicle_request(data_id), "idle")
        ids = [job["id"] for job in good] + [bad["id"], idle["id"]]
        outcomes = await api.wait_until_jobs_complete(ids, sleep_time=0.05, max_wait_time=2)
        assert threads_started_here == []  # the uploads and the waits are tasks, not threads
    assert all(outcomes[job["id"]] is None for job in good)
    assert isinstance(outcomes[bad["id"]], vapi.JobExecutionError)
    assert isinstance(outcomes[idle["id"]], vapi.JobWaitTimeout)


async def test_job_batches_status_and_thread_map(token: Path, video: Path) -> None:
    async with AsyncAPI(token) as api:
        data_ids = [(await api.upload_data(video))["id"] for _ in range(3)]
        jobs = [(await api.upload_job_request(vehicle_request(d), f"job-{d}"))["id"] for d in data_ids]
        assert all(r["response"]["state"] == "READY" for r in (await api.batch_get_job_details(jobs)).values())
        assert all(r["success"] for r in (await api.batch_start_jobs(jobs[:2])).values())
        assert all(r["success"] for r in (await api.batch_kill_jobs(jobs[:1])).values())
        await api.wait_until_job_completes(jobs[1], sleep_time=0.05, max_wait_time=5)
        archived = await api.batch_archive_jobs(jobs)
        assert archived[jobs[1]]["success"] and not archived[jobs[2]]["success"]
        assert all(r["success"] for r in (await api.batch_unarchive_jobs(jobs)).values())
        assert all(r["success"] for r in (await api.batch_update_jobs_ttl(jobs, days=1)).values())
        assert (await api.batch_delete_jobs(jobs))[jobs[2]]["success"]
        assert (await api.get_platform_status())["platform"]["operational"] is True
        assert AsyncAPI.thread_map(str.upper, ["a", "b"]) == ["A", "B"]  # kept: a sync helper on both clients


async def test_interrupted_download_leaves_no_file_and_errors_map(
    token: Path, voxel51: RunningEmulator, video: Path, tmp_path: Path
) -> None:
    async with AsyncAPI(token) as api:
        data_id = (await api.upload_data(video))["id"]
        target = tmp_path / "dl" / "video.mp4"
        with voxel51.faults("voxel51", drop_rate=1.0, paths="download"), pytest.raises(vapi.APIError) as dropped:
            await api.download_data(data_id, target)
        assert dropped.value.code is None and list(target.parent.iterdir()) == []
        with voxel51.faults("voxel51", status=503, rate=1.0), pytest.raises(vapi.APIError) as busy:
            await api.list_jobs()
        assert busy.value.code == 503
        with voxel51.faults("voxel51", latency_ms=400), pytest.raises(vapi.APIError) as slow:
            await api.with_options(timeout=0.1, max_retries=0).list_data()
        assert slow.value.code is None


async def test_bad_input_fails_before_any_request(voxel51: RunningEmulator) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    token = vapi.Token.from_private_key("k", "https://api.voxel51.com")
    async with AsyncAPI(token, async_transport=httpx.MockTransport(refuse)) as api:
        with pytest.raises(InvalidArgumentError, match="days/expiration_date"):
            await api.update_data_ttl("some-id")
        with pytest.raises(InvalidArgumentError):
            await api.wait_until_jobs_complete(["a"], sleep_time=0)
        with pytest.raises(InvalidArgumentError):
            await api.get_job_state()


def test_every_async_method_ran(request: pytest.FixtureRequest) -> None:
    assert_every_generated_member_ran(request, AsyncAPI)
