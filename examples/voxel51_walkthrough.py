"""Every step of the voxel51-api-py walkthrough, run against the dataports Voxel51 emulator, including the
"scale it up" workflow over a folder of files with thread_map, then the classic idioms around it (errors, job
states, job request files).

Each import is the classic one with ``voxel51.users`` changed to ``dataports.voxel51`` (``voxel51.users.api`` ->
``dataports.voxel51.api``, and so on); nothing else in the classic code changes.

Run it with a started emulator (``dataports-emulator``, then the printed ``export DATAPORTS_VOXEL51_URL=...``), or
let it start one in-process: ``python examples/voxel51_walkthrough.py``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import dataports.voxel51.api as vapi  # was: import voxel51.users.api as vapi
import dataports.voxel51.jobs as vjob  # was: import voxel51.users.jobs as vjob
from dataports.voxel51.api import API, APIError  # was: from voxel51.users.api import API, APIError
from dataports.voxel51.auth import activate_token  # was: from voxel51.users.auth import activate_token
from dataports.voxel51.jobs import JobComputeMode, JobExecutionError, JobRequest, RemoteDataPath
from dataports.voxel51.query import AnalyticsQuery, DataQuery, JobsQuery
from dataports_emulators.services.voxel51 import write_token_file


@contextlib.contextmanager
def emulator_url() -> Iterator[tuple[str, str]]:
    """The emulator named by DATAPORTS_VOXEL51_URL, or a private one started for this walkthrough."""
    url = os.environ.get("DATAPORTS_VOXEL51_URL")
    if url:
        yield url, os.environ.get("DATAPORTS_TOKEN", "dataports-demo")
        return
    from dataports_emulators.testing import run_emulator

    with run_emulator(services=["voxel51"]) as running:
        yield running.service_url("voxel51"), running.token


def fake_video(path: Path, seed: int) -> Path:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes([seed % 256]) * 4096)
    return path


def walkthrough(url: str, token: str, workdir: Path) -> None:
    # --- Step 1: authenticating (the emulator's own token file) ---------------------------------------------------
    token_path = write_token_file(workdir / "api-token.json", url, token)
    os.environ["HOME"] = str(workdir)  # keep activate_token's copy out of the real home folder
    activate_token(str(token_path))

    # --- Step 2: an API instance ----------------------------------------------------------------------------------
    api = API()  # uses default authentication
    print(api.list_analytics())
    print(api.list_data())
    print(api.list_jobs())

    # --- Step 3: data ---------------------------------------------------------------------------------------------
    os.chdir(workdir)
    fake_video(workdir / "video1.mp4", 1)
    data = api.upload_data("video1.mp4")
    print(data)
    data_id = data["id"]
    print(api.list_data())
    query = DataQuery()
    print(query.SUPPORTED_FIELDS)
    query.add_field("id")
    query.add_search("name", "video1.mp4")
    query.sort_by("upload_date", descending=True)
    results = api.query_data(query)
    print(results)
    data_id = results["data"][0]["id"]

    # --- TTL and expiration ---------------------------------------------------------------------------------------
    date_to_expire = datetime.today() + timedelta(days=3)
    data_id = api.upload_data("video1.mp4", ttl=date_to_expire)["id"]
    api.update_data_ttl(data_id, days=5)
    query = DataQuery()
    query.add_fields(["id", "name", "expiration_date"])
    query.sort_by("expiration_date", descending=True)
    print(api.query_data(query))
    api.update_data_ttl(data_id, days=-10)
    query = DataQuery()
    query.add_search("id", data_id)
    print("after expiry:", api.query_data(query))  # No Results!
    data_id = api.list_data()[0]["id"]
    api.delete_data(data_id)

    # --- Step 5: analytics ----------------------------------------------------------------------------------------
    print(api.list_analytics())
    print(api.list_analytics(all_versions=True))
    query = AnalyticsQuery()
    query.add_field("id")
    query.add_search("name", "vehicle")
    results = api.query_analytics(query)
    analytic_id = results["analytics"][0]["id"]
    print(api.get_analytic_details(analytic_id))
    doc = api.get_analytic_doc(analytic_id)
    print("inputs:", doc["inputs"], "parameters:", doc["parameters"], "outputs:", doc["outputs"])

    # --- Step 4: jobs ---------------------------------------------------------------------------------------------
    data_id = api.upload_data("video1.mp4")["id"]
    job_req = JobRequest(analytic="voxel51/vehicle-sense")
    job_req.set_input("video", data_id=data_id)
    job_req.set_parameter("accel", "1.0")
    job = api.upload_job_request(job_req, "customJobName")
    api.upload_job_request(job_req, "autoStartMe", auto_start=True)
    api.start_job(job["id"])
    job_req = JobRequest("voxel51/vehicle-sense", compute_mode=JobComputeMode.GPU)
    job_req.set_input("video", data_id=data_id)
    api.upload_job_request(job_request=job_req, job_name="GPUjob")
    print(api.list_jobs())
    job_query = JobsQuery()
    job_query.add_fields(["name", "state"])
    job_query.add_search("name", "GPUjob")
    print(api.query_jobs(job_query))
    job_query = JobsQuery()
    job_query.add_fields(["name", "state"])
    job_query.sort_by("state", descending=False)
    print(api.query_jobs(job_query))

    # --- Step 6: workflow -----------------------------------------------------------------------------------------
    api = vapi.API()
    data_id = api.upload_data("video1.mp4")["id"]
    job_request = vjob.JobRequest("voxel51/vehicle-sense")
    job_request.set_input("video", data_id=data_id)
    job_id = api.upload_job_request(job_request, "jobName", auto_start=True)["id"]
    api.wait_until_job_completes(job_id)  # This blocks until the job completes
    api.download_job_output(job_id, "labels.json")
    print("labels:", Path("labels.json").read_text()[:120], "...")

    # --- Scale it up: a folder of videos, four threads ------------------------------------------------------------
    input_data_dir = workdir / "videos"
    input_data_dir.mkdir()
    for i in range(8):
        fake_video(input_data_dir / f"video{i}.mp4", i)
    job_output_dir = "output/dir"  # created by the downloads, as classically
    analytic_name = "voxel51/vehicle-sense"

    def upload_and_run(input_data: str) -> str:
        print("Uploading", input_data)
        data_id = api.upload_data(input_data)["id"]
        job_request = JobRequest(analytic_name)
        job_request.set_input("video", data_id=data_id)
        job = api.upload_job_request(job_request, analytic_name + "-test", auto_start=True)
        print("Job started for", input_data)
        return str(job["id"])

    def wait_and_download(args: tuple[str, str]) -> None:
        job_id, job_output_path = args
        api.wait_until_job_completes(job_id)
        api.download_job_output(job_id, job_output_path)
        print("Downloaded", job_id)

    datas = [os.path.join(input_data_dir, file) for file in os.listdir(input_data_dir)]
    job_ids = list(api.thread_map(upload_and_run, datas, max_workers=4))
    job_outputs = [os.path.join(job_output_dir, j_id + ".json") for j_id in job_ids]
    input_args = tuple(zip(job_ids, job_outputs, strict=True))
    api.thread_map(wait_and_download, input_args, max_workers=4)
    print("Complete!", len(os.listdir(job_output_dir)), "outputs")

    classic_idioms(api, data_id)


def classic_idioms(api: API, data_id: str) -> None:
    """What classic scripts do around the walkthrough, unchanged: catch ``APIError`` (and the ``ValueError`` of an
    unknown analytic), read job states, keep job requests as JSON files."""
    try:
        api.get_data_details("no-such-data")
    except APIError as e:
        print("API error:", e)  # "404: ..."
    try:
        api.update_data_ttl(data_id)  # neither days nor expiration_date: refused before any request
    except APIError as e:
        print("API error:", e)  # "400: days/expiration_date: ..."
    try:
        api.get_analytic_id("voxel51/no-such-analytic")
    except ValueError as e:
        print(e)  # "Analytic 'voxel51/no-such-analytic' not found"

    job_request = JobRequest("voxel51/vehicle-sense", compute_mode=JobComputeMode.CPU)
    job_request.set_input("video", path=RemoteDataPath.from_data_id(data_id))
    job_request.set_parameter("accel", 1.0)
    job_request.to_json("requests/job.json")
    print(JobRequest.from_json("requests/job.json"))  # the request as JSON
    job = api.upload_job_request(job_request, "classic-idioms")
    print("state:", api.get_job_state(job=job), "complete:", api.is_job_complete(job=job))
    api.start_job(job["id"])
    api.wait_until_job_completes(job["id"], sleep_time=0.1)
    print("state:", api.get_job_state(job["id"]), "expired:", api.is_job_expired(job_id=job["id"]))

    job_request.set_parameter("fail", True)  # how the emulator's analytic is told to fail
    doomed = api.upload_job_request(job_request, "doomed", auto_start=True)
    try:
        api.wait_until_job_completes(doomed["id"], sleep_time=0.1)
    except JobExecutionError as e:
        print("job failed:", e)


def main() -> None:
    home, cwd = os.environ.get("HOME"), os.getcwd()
    with emulator_url() as (url, token), tempfile.TemporaryDirectory() as workdir:
        try:
            walkthrough(url, token, Path(workdir))
        finally:
            os.chdir(cwd)
            if home is not None:
                os.environ["HOME"] = home


if __name__ == "__main__":
    main()
