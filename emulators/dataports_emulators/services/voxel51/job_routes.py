"""Handlers of ``/v1/jobs``: job requests checked against their analytic, state-guarded actions, outputs and logs."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.bodies import InvalidJson, loads_bounded
from dataports_emulators.core.clock import now
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request
from dataports_emulators.core.file_responses import stream_bytes
from dataports_emulators.core.multipart_reader import MultipartBody, multipart_upload
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .batches import batch_result, ttl_change
from .catalogue import OUTPUT_FILENAME
from .job_requests import check_job_request
from .jobs import Job, JobBook
from .outputs import log_text, output_bytes
from .queries import JOBS_FIELDS, parse_query, read_options, run_query
from .state import Voxel51State
from .values import as_bool, parse_datetime

MAX_JOB_REQUEST_BYTES = 16 * 1024 * 1024
STEP_SETTING = "job_step_seconds"


def _job_request_json(body: MultipartBody) -> Any:
    content = body.document("file", MAX_JOB_REQUEST_BYTES, "file: the job request")
    if content is None:
        raise bad_request("file: the job request JSON is required")
    try:
        return loads_bounded(content)
    except InvalidJson as exc:
        reason = str(exc) if exc.too_deep else "is not valid JSON"
        raise bad_request(f"file: the job request {reason}") from None


def _output_ready(jobs: JobBook, job: Job) -> None:
    moment = now()
    job_state = jobs.timeline(job, moment).state
    if job_state != "COMPLETE":
        raise bad_request(f"Job {job.id} has no output: its state is {job_state} (output exists once COMPLETE)")
    if jobs.expired(job, moment):
        raise ServiceError(404, f"The output of job {job.id} has expired")


def _log_ready(job: Job) -> None:
    if job.started_at is None:
        raise ServiceError(404, f"Job {job.id} has no logfile: it has not been started")


def job_endpoints(service: EmulatorService[Voxel51State]) -> list[Endpoint]:
    """The job endpoints, reading ``service.state`` (and the job step setting) on each call."""

    def step() -> float:
        return float(service.settings[STEP_SETTING])

    def job_of(request: Request) -> Job:
        return service.state.jobs.get(request.path_params["job_id"])

    async def list_jobs(request: Request) -> Response:
        jobs, moment = service.state.jobs, now()
        return json_response({"jobs": [jobs.details(job, moment) for job in jobs.listing(include_archived=False)]})

    async def query_jobs(request: Request) -> Response:
        query = parse_query(await read_options(request), JOBS_FIELDS)
        jobs, moment = service.state.jobs, now()
        records = [jobs.details(job, moment) for job in jobs.listing(include_archived=True)]
        page, total = run_query(records, query, JOBS_FIELDS)
        return json_response({"jobs": page, "count": total})

    async def upload_job_request(request: Request) -> Response:
        state = service.state
        async with multipart_upload(request, state.spool) as body:
            job_name = body.fields.get("job_name", "").strip()
            if not job_name:
                raise bad_request("job_name: a name for the job is required")
            job_request = _job_request_json(body)
            auto_start = as_bool("auto_start", body.fields.get("auto_start", "False"))
            ttl = body.fields.get("job_ttl")
            expiration = parse_datetime("job_ttl", ttl) if ttl else None
        moment = now()
        checked = check_job_request(job_request, state.catalogue, state.store, moment)
        job = state.jobs.create(
            name=job_name,
            request=job_request,
            checked=checked,
            auto_start=auto_start,
            expiration=expiration,
            moment=moment,
            step=step(),
        )
        return json_response({"job": state.jobs.details(job, moment)})

    async def get_job_details(request: Request) -> Response:
        return json_response({"job": service.state.jobs.details(job_of(request), now())})

    async def delete_job(request: Request) -> Response:
        service.state.jobs.delete(job_of(request), now())
        return empty_response(200)

    async def get_job_request(request: Request) -> Response:
        return json_response(job_of(request).request)

    async def start_job(request: Request) -> Response:
        service.state.jobs.start(job_of(request), now(), step())
        return empty_response(200)

    async def update_job_ttl(request: Request) -> Response:
        service.state.jobs.set_ttl(job_of(request), decoded_body(request), now())
        return empty_response(200)

    async def archive_job(request: Request) -> Response:
        service.state.jobs.archive(job_of(request), now())
        return empty_response(200)

    async def unarchive_job(request: Request) -> Response:
        service.state.jobs.unarchive(job_of(request))
        return empty_response(200)

    async def kill_job(request: Request) -> Response:
        service.state.jobs.kill(job_of(request), now())
        return empty_response(200)

    async def get_job_status(request: Request) -> Response:
        return json_response(service.state.jobs.status(job_of(request), now()))

    async def download_job_output(request: Request) -> Response:
        job = job_of(request)
        _output_ready(service.state.jobs, job)
        return stream_bytes(output_bytes(job), OUTPUT_FILENAME, "application/json")

    async def get_job_output_download_url(request: Request) -> Response:
        job = job_of(request)
        _output_ready(service.state.jobs, job)
        return json_response({"url": service.state.links.url(request, f"/v1/jobs/{job.id}/output")})

    async def download_job_logfile(request: Request) -> Response:
        job = job_of(request)
        _log_ready(job)
        text = log_text(job, service.state.jobs.timeline(job, now()))
        return stream_bytes(text.encode(), f"{job.id}.log", "text/plain; charset=utf-8")

    async def get_job_logfile_download_url(request: Request) -> Response:
        job = job_of(request)
        _log_ready(job)
        return json_response({"url": service.state.links.url(request, f"/v1/jobs/{job.id}/log")})

    async def batch_jobs(request: Request) -> Response:
        jobs, body = service.state.jobs, decoded_body(request)
        action: str = body["action"]
        change = ttl_change(body) if action == "ttl" else {}

        def apply(job_id: str) -> Record | None:
            moment = now()
            job = jobs.get(job_id)
            if action == "details":
                return jobs.details(job, moment)
            if action == "start":
                jobs.start(job, moment, step())
            elif action == "archive":
                jobs.archive(job, moment)
            elif action == "unarchive":
                jobs.unarchive(job)
            elif action == "ttl":
                jobs.set_ttl(job, change, moment)
            elif action == "delete":
                jobs.delete(job, moment)
            else:
                jobs.kill(job, moment)
            return None

        return batch_result(apply, list(body["ids"]))

    return [
        ("/v1/jobs/list", "GET", list_jobs),
        ("/v1/jobs/batch", "POST", batch_jobs),
        ("/v1/jobs", "GET", query_jobs),
        ("/v1/jobs", "POST", upload_job_request),
        ("/v1/jobs/{job_id}", "GET", get_job_details),
        ("/v1/jobs/{job_id}", "DELETE", delete_job),
        ("/v1/jobs/{job_id}/request", "GET", get_job_request),
        ("/v1/jobs/{job_id}/start", "PUT", start_job),
        ("/v1/jobs/{job_id}/ttl", "PUT", update_job_ttl),
        ("/v1/jobs/{job_id}/archive", "PUT", archive_job),
        ("/v1/jobs/{job_id}/unarchive", "PUT", unarchive_job),
        ("/v1/jobs/{job_id}/kill", "PUT", kill_job),
        ("/v1/jobs/{job_id}/status", "GET", get_job_status),
        ("/v1/jobs/{job_id}/output", "GET", download_job_output),
        ("/v1/jobs/{job_id}/output-url", "GET", get_job_output_download_url),
        ("/v1/jobs/{job_id}/log", "GET", download_job_logfile),
        ("/v1/jobs/{job_id}/log-url", "GET", get_job_logfile_download_url),
    ]
