"""Handlers of ``/v1/jobs``: job requests checked against their analytic, state-guarded actions, outputs and logs."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.gateway import decoded_body
from dataports_emulators.core.responses import empty_response, json_response

from .catalogue import OUTPUT_FILENAME
from .common import ApiError, Record, as_bool, bad_request, now, parse_datetime
from .endpoints import Endpoint, batch_result, ttl_change
from .job_requests import check_job_request
from .jobs import Job
from .links import signed_url
from .outputs import log_text, output_bytes
from .queries import JOBS_FIELDS, parse_query, read_options, run_query
from .state import Voxel51State
from .storage import read_limited, stream_bytes
from .uploads import MultipartBody, receive_multipart

MAX_JOB_REQUEST_BYTES = 16 * 1024 * 1024


def _job_request_json(body: MultipartBody) -> Any:
    received = body.files.get("file")
    if received is not None:
        content = read_limited(received.path, MAX_JOB_REQUEST_BYTES, "file: the job request")
    elif "file" in body.fields:
        content = body.fields["file"].encode()
    else:
        raise bad_request("file: the job request JSON is required")
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        raise bad_request("file: the job request is not valid JSON") from None


def job_endpoints(state: Voxel51State) -> list[Endpoint]:
    def job_of(request: Request) -> Job:
        return state.jobs.get(request.path_params["job_id"])

    def output_ready(job: Job) -> None:
        moment = now()
        job_state = state.jobs.timeline(job, moment).state
        if job_state != "COMPLETE":
            raise bad_request(f"Job {job.id} has no output: its state is {job_state} (output exists once COMPLETE)")
        if state.jobs.expired(job, moment):
            raise ApiError(404, f"The output of job {job.id} has expired")

    def log_ready(job: Job) -> None:
        if job.started_at is None:
            raise ApiError(404, f"Job {job.id} has no logfile: it has not been started")

    async def list_jobs(request: Request) -> Response:
        moment = now()
        jobs = state.jobs.listing(include_archived=False)
        return json_response({"jobs": [state.jobs.details(job, moment) for job in jobs]})

    async def query_jobs(request: Request) -> Response:
        query = parse_query(await read_options(request), JOBS_FIELDS)
        moment = now()
        records = [state.jobs.details(job, moment) for job in state.jobs.listing(include_archived=True)]
        page, total = run_query(records, query, JOBS_FIELDS)
        return json_response({"jobs": page, "count": total})

    async def upload_job_request(request: Request) -> Response:
        body = await receive_multipart(request, state.spool)
        try:
            job_name = body.fields.get("job_name", "").strip()
            if not job_name:
                raise bad_request("job_name: a name for the job is required")
            job_request = _job_request_json(body)
            auto_start = as_bool("auto_start", body.fields.get("auto_start", "False"))
            ttl = body.fields.get("job_ttl")
            expiration = parse_datetime("job_ttl", ttl) if ttl else None
        finally:
            body.discard()
        moment = now()
        checked = check_job_request(job_request, state.catalogue, state.store, moment)
        job = state.jobs.create(
            name=job_name,
            request=job_request,
            checked=checked,
            auto_start=auto_start,
            expiration=expiration,
            moment=moment,
            step=state.step_seconds,
        )
        return json_response({"job": state.jobs.details(job, moment)})

    async def get_job_details(request: Request) -> Response:
        return json_response({"job": state.jobs.details(job_of(request), now())})

    async def delete_job(request: Request) -> Response:
        state.jobs.delete(job_of(request), now())
        return empty_response(200)

    async def get_job_request(request: Request) -> Response:
        return json_response(job_of(request).request)

    async def start_job(request: Request) -> Response:
        state.jobs.start(job_of(request), now(), state.step_seconds)
        return empty_response(200)

    async def update_job_ttl(request: Request) -> Response:
        state.jobs.set_ttl(job_of(request), decoded_body(request), now())
        return empty_response(200)

    async def archive_job(request: Request) -> Response:
        state.jobs.archive(job_of(request), now())
        return empty_response(200)

    async def unarchive_job(request: Request) -> Response:
        state.jobs.unarchive(job_of(request))
        return empty_response(200)

    async def kill_job(request: Request) -> Response:
        state.jobs.kill(job_of(request), now())
        return empty_response(200)

    async def get_job_status(request: Request) -> Response:
        return json_response(state.jobs.status(job_of(request), now()))

    async def download_job_output(request: Request) -> Response:
        job = job_of(request)
        output_ready(job)
        return stream_bytes(output_bytes(job), OUTPUT_FILENAME, "application/json")

    async def get_job_output_download_url(request: Request) -> Response:
        job = job_of(request)
        output_ready(job)
        return json_response({"url": signed_url(request, state, f"/v1/jobs/{job.id}/output")})

    async def download_job_logfile(request: Request) -> Response:
        job = job_of(request)
        log_ready(job)
        text = log_text(job, state.jobs.timeline(job, now()))
        return stream_bytes(text.encode(), f"{job.id}.log", "text/plain; charset=utf-8")

    async def get_job_logfile_download_url(request: Request) -> Response:
        job = job_of(request)
        log_ready(job)
        return json_response({"url": signed_url(request, state, f"/v1/jobs/{job.id}/log")})

    async def batch_jobs(request: Request) -> Response:
        body = decoded_body(request)
        action: str = body["action"]
        change = ttl_change(body) if action == "ttl" else {}

        def apply(job_id: str) -> Record | None:
            moment = now()
            job = state.jobs.get(job_id)
            if action == "details":
                return state.jobs.details(job, moment)
            if action == "start":
                state.jobs.start(job, moment, state.step_seconds)
            elif action == "archive":
                state.jobs.archive(job, moment)
            elif action == "unarchive":
                state.jobs.unarchive(job)
            elif action == "ttl":
                state.jobs.set_ttl(job, change, moment)
            elif action == "delete":
                state.jobs.delete(job, moment)
            else:
                state.jobs.kill(job, moment)
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
