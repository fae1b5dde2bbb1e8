"""Job methods of ``API``: create from a ``JobRequest``, start, archive, kill, inspect, download outputs, delete.

(The classic ``voxel51.users.jobs`` module, with ``JobRequest`` and the job enums, is ``dataports.voxel51.jobs``.)
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

from .arguments import Moment, require, timestamp, ttl_form
from .base import APIBase, server_named_path
from .errors import APIArgumentError
from .jobs import JobRequest, job_state
from .query import JobsQuery

T = TypeVar("T")


def _has_expired(job: Mapping[str, Any]) -> bool:
    expiration = datetime.fromisoformat(str(job["expiration_date"]).replace("Z", "+00:00"))
    if expiration.tzinfo is None:
        expiration = expiration.replace(tzinfo=UTC)
    return expiration <= datetime.now(UTC)


def _expired(job: Mapping[str, Any]) -> bool:
    # The platform's own verdict when it gives one (as the classic client read it), else the expiration date.
    expired = job.get("expired")
    return expired if isinstance(expired, bool) else _has_expired(job)


class JobMethods(APIBase):
    def list_jobs(self) -> list[dict[str, Any]]:
        """Your unarchived jobs."""
        from dataports_api.voxel51.api.jobs import list_jobs

        return self._fetch(list_jobs.build_request(), list, "jobs")

    def query_jobs(self, jobs_query: JobsQuery) -> dict[str, Any]:
        """``{"jobs": [...], "count": n}`` for the query (archived jobs included, only the query's fields)."""
        from dataports_api.voxel51.api.jobs import query_jobs

        if not isinstance(jobs_query, JobsQuery):
            raise APIArgumentError("jobs_query", f"must be a JobsQuery, got {type(jobs_query).__name__}")
        return self._fetch(query_jobs.build_request(**jobs_query.to_dict()), dict)

    def upload_job_request(
        self,
        job_request: JobRequest | Mapping[str, Any],
        job_name: str,
        auto_start: bool = False,
        ttl: Moment | None = None,
    ) -> dict[str, Any]:
        """Create a job (state READY); it runs once started, or at once with ``auto_start=True``."""
        from dataports_api.voxel51.api.jobs import upload_job_request
        from dataports_api.voxel51.models import UploadJobRequestBody
        from dataports_api.voxel51.types import File

        if isinstance(job_request, Mapping):
            job_request = JobRequest.from_dict(job_request)
        if not isinstance(job_request, JobRequest):
            raise APIArgumentError("job_request", f"must be a JobRequest, got {type(job_request).__name__}")
        fields: dict[str, Any] = {"job_name": require(job_name, "job_name"), "auto_start": bool(auto_start)}
        if ttl is not None:
            fields["job_ttl"] = timestamp(ttl, "ttl")
        payload = io.BytesIO(job_request.to_str(pretty_print=False).encode())
        job_file = File(payload=payload, file_name="job.json", mime_type="application/json")
        body = UploadJobRequestBody(file=job_file, **fields)
        return self._fetch(upload_job_request.build_request(body=body), dict, "job")

    def get_job_details(self, job_id: str) -> dict[str, Any]:
        """The job's metadata as a dict (``name``, ``state``, ``analytic``...), as the classic ``get_job_details``.
        ``APIArgumentError`` when the id is missing (before sending), ``APIError`` (also ``dataports.NotFoundError``
        for a 404) when the call fails."""
        from dataports_api.voxel51.api.jobs import get_job_details

        return self._fetch(get_job_details.build_request(require(job_id, "job_id")), dict, "job")

    def get_job_request(self, job_id: str) -> JobRequest:
        """The ``JobRequest`` the job was created from."""
        from dataports_api.voxel51.api.jobs import get_job_request

        response = self.caller.send(get_job_request.build_request(require(job_id, "job_id")))
        document = self.caller.expect(response, self.caller.decode(response), dict)
        return self.caller.parse(response, JobRequest.from_dict, document)

    def get_job_status(self, job_id: str) -> dict[str, Any]:
        """The job's execution status document (state, times, failure type, messages)."""
        from dataports_api.voxel51.api.jobs import get_job_status

        return self._fetch(get_job_status.build_request(require(job_id, "job_id")), dict)

    def start_job(self, job_id: str) -> None:
        """Start a job uploaded without ``auto_start``. ``APIArgumentError`` when the id is missing (before sending),
        ``APIError`` (also ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.jobs import start_job

        self.caller.send(start_job.build_request(require(job_id, "job_id")))

    def archive_job(self, job_id: str) -> None:
        """Archive a job. ``APIArgumentError`` when the id is missing (before sending), ``APIError`` (also
        ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.jobs import archive_job

        self.caller.send(archive_job.build_request(require(job_id, "job_id")))

    def unarchive_job(self, job_id: str) -> None:
        """Unarchive a job. ``APIArgumentError`` when the id is missing (before sending), ``APIError`` (also
        ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.jobs import unarchive_job

        self.caller.send(unarchive_job.build_request(require(job_id, "job_id")))

    def kill_job(self, job_id: str) -> None:
        """Force-kill a QUEUED or SCHEDULED job."""
        from dataports_api.voxel51.api.jobs import kill_job

        self.caller.send(kill_job.build_request(require(job_id, "job_id")))

    def update_job_ttl(self, job_id: str, days: float | None = None, expiration_date: Moment | None = None) -> None:
        """Move the output's expiration by ``days`` or set ``expiration_date``; a past date deletes the output."""
        from dataports_api.voxel51.api.jobs import update_job_ttl

        body = ttl_form(days, expiration_date)
        self.caller.send(update_job_ttl.build_request(require(job_id, "job_id"), body=body))

    def _details_for_check(self, job_id: str, check: Callable[[dict[str, Any]], T]) -> T:
        """``check`` of the job's details; details it cannot read (a malformed answer) are an ``APIError``."""
        from dataports_api.voxel51.api.jobs import get_job_details

        response = self.caller.send(get_job_details.build_request(require(job_id, "job_id")))
        details = self.caller.expect(response, self.caller.decode(response, "job"), dict)
        return self.caller.parse(response, check, details)

    def get_job_state(self, job_id: str | None = None, job: Mapping[str, Any] | None = None) -> str:
        """The job's state (a ``JobState`` value), from ``job_id`` or from ``job`` (its details, no request)."""
        if job_id is not None:
            return self._details_for_check(job_id, job_state)
        if job is None:
            raise APIArgumentError("job_id/job", "give job_id or job")
        return job_state(job)

    def is_job_expired(self, job_id: str | None = None, job: Mapping[str, Any] | None = None) -> bool:
        """Whether the job's output has expired, from ``job_id`` (the platform's verdict) or from ``job`` (its
        details, judged by their ``expiration_date`` now, so details read a while ago still give the right answer)."""
        if job_id is not None:
            return self._details_for_check(job_id, _expired)
        if job is None:
            raise APIArgumentError("job_id/job", "give job_id or job")
        return _has_expired(job)

    def download_job_output(
        self, job_id: str, output_path: str | os.PathLike[str] | None = None, *, progress: bool = False
    ) -> str:
        """Download a COMPLETE job's output (default name: the job's ``output_filename``); returns the path.

        The file appears only once complete: an interrupted download leaves no partial file behind.
        """
        from dataports_api.voxel51.api.jobs import download_job_output

        require(job_id, "job_id")
        if output_path is None:
            output_path = server_named_path(
                self.get_job_details(job_id).get("output_filename"), f"job-{quote(str(job_id), safe='')}-output"
            )
        self._download(download_job_output.build_request(job_id), output_path, progress)
        return os.fspath(output_path)

    def get_job_output_download_url(self, job_id: str) -> str:
        """A signed URL from which the job's output can be downloaded. ``APIArgumentError`` when the id is missing
        (before sending), ``APIError`` (also ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.jobs import get_job_output_download_url

        return self._fetch(get_job_output_download_url.build_request(require(job_id, "job_id")), str, "url")

    def download_job_logfile(self, job_id: str, output_path: str | os.PathLike[str] | None = None) -> str | None:
        """The job's logfile as text, or written to ``output_path`` (atomically; then ``None`` is returned)."""
        from dataports_api.voxel51.api.jobs import download_job_logfile

        request = download_job_logfile.build_request(require(job_id, "job_id"))
        if output_path is not None:
            self._download(request, output_path, False)
            return None
        return self.caller.send(request).content.decode("utf-8", "replace")

    def get_job_logfile_download_url(self, job_id: str) -> str:
        """A signed URL from which the job's log file can be downloaded. ``APIArgumentError`` when the id is missing
        (before sending), ``APIError`` (also ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.jobs import get_job_logfile_download_url

        return self._fetch(get_job_logfile_download_url.build_request(require(job_id, "job_id")), str, "url")

    def delete_job(self, job_id: str) -> None:
        """Delete a job that was never started."""
        from dataports_api.voxel51.api.jobs import delete_job

        self.caller.send(delete_job.build_request(require(job_id, "job_id")))
