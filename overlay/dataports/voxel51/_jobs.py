"""Job methods of ``API``: create from a ``JobRequest``, start, archive, kill, inspect, download outputs, delete."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from dataports._core.arguments import InvalidArgumentError, require

from ._connection import Connection, Moment, timestamp
from .jobs import JobRequest
from .query import JobsQuery


class JobMethods(Connection):
    def list_jobs(self) -> list[dict[str, Any]]:
        """Your unarchived jobs."""
        from dataports_api.voxel51.api.jobs import list_jobs

        return list(self._json(list_jobs.sync_detailed(client=self.api))["jobs"])

    def query_jobs(self, jobs_query: JobsQuery) -> dict[str, Any]:
        """``{"jobs": [...], "count": n}`` for the query (archived jobs included, only the query's fields)."""
        from dataports_api.voxel51.api.jobs import query_jobs

        if not isinstance(jobs_query, JobsQuery):
            raise InvalidArgumentError("jobs_query", f"must be a JobsQuery, got {type(jobs_query).__name__}")
        return dict(self._json(query_jobs.sync_detailed(client=self.api, **jobs_query.to_dict())))

    def upload_job_request(
        self,
        job_request: JobRequest | Mapping[str, Any],
        job_name: str,
        auto_start: bool = False,
        ttl: Moment | None = None,
    ) -> dict[str, Any]:
        """Create a job (state READY); it runs once started, or at once with ``auto_start=True``."""
        from dataports_api.voxel51.api.jobs import upload_job_request
        from dataports_api.voxel51.types import File

        if isinstance(job_request, Mapping):
            job_request = JobRequest.from_dict(job_request)
        if not isinstance(job_request, JobRequest):
            raise InvalidArgumentError("job_request", f"must be a JobRequest, got {type(job_request).__name__}")
        fields: dict[str, Any] = {"job_name": require(job_name, "job_name"), "auto_start": bool(auto_start)}
        if ttl is not None:
            fields["job_ttl"] = timestamp(ttl, "ttl")
        payload = io.BytesIO(job_request.to_str(pretty_print=False).encode())
        job_file = File(payload=payload, file_name="job.json", mime_type="application/json")
        body = self._model("UploadJobRequestBody")(file=job_file, **fields)
        return dict(self._json(upload_job_request.sync_detailed(client=self.api, body=body))["job"])

    def get_job_details(self, job_id: str) -> dict[str, Any]:
        from dataports_api.voxel51.api.jobs import get_job_details

        return dict(self._json(get_job_details.sync_detailed(require(job_id, "job_id"), client=self.api))["job"])

    def get_job_request(self, job_id: str) -> JobRequest:
        """The ``JobRequest`` the job was created from."""
        from dataports_api.voxel51.api.jobs import get_job_request

        response = get_job_request.sync_detailed(require(job_id, "job_id"), client=self.api)
        return JobRequest.from_dict(self._json(response))

    def get_job_status(self, job_id: str) -> dict[str, Any]:
        """The job's execution status document (state, times, failure type, messages)."""
        from dataports_api.voxel51.api.jobs import get_job_status

        return dict(self._json(get_job_status.sync_detailed(require(job_id, "job_id"), client=self.api)))

    def start_job(self, job_id: str) -> None:
        from dataports_api.voxel51.api.jobs import start_job

        start_job.sync_detailed(require(job_id, "job_id"), client=self.api)

    def archive_job(self, job_id: str) -> None:
        from dataports_api.voxel51.api.jobs import archive_job

        archive_job.sync_detailed(require(job_id, "job_id"), client=self.api)

    def unarchive_job(self, job_id: str) -> None:
        from dataports_api.voxel51.api.jobs import unarchive_job

        unarchive_job.sync_detailed(require(job_id, "job_id"), client=self.api)

    def kill_job(self, job_id: str) -> None:
        """Force-kill a QUEUED or SCHEDULED job."""
        from dataports_api.voxel51.api.jobs import kill_job

        kill_job.sync_detailed(require(job_id, "job_id"), client=self.api)

    def update_job_ttl(self, job_id: str, days: float | None = None, expiration_date: Moment | None = None) -> None:
        """Move the output's expiration by ``days`` or set ``expiration_date``; a past date deletes the output."""
        from dataports_api.voxel51.api.jobs import update_job_ttl

        body = self._ttl_form(days, expiration_date)
        update_job_ttl.sync_detailed(require(job_id, "job_id"), client=self.api, body=body)

    def is_job_expired(self, job_id: str | None = None, job: Mapping[str, Any] | None = None) -> bool:
        """Whether the job's output has expired; pass ``job`` (its details) to skip the request."""
        if job is None:
            job = self.get_job_details(require(job_id, "job_id"))
        expiration = datetime.fromisoformat(str(job["expiration_date"]).replace("Z", "+00:00"))
        if expiration.tzinfo is None:
            expiration = expiration.replace(tzinfo=UTC)
        return expiration <= datetime.now(UTC)

    def download_job_output(
        self, job_id: str, output_path: str | os.PathLike[str] | None = None, *, progress: bool = False
    ) -> str:
        """Download a COMPLETE job's output (default name: the job's ``output_filename``); returns the path.

        The file appears only once complete: an interrupted download leaves no partial file behind.
        """
        require(job_id, "job_id")
        if output_path is None:
            output_path = self.get_job_details(job_id)["output_filename"]
        assert output_path is not None
        self._download(f"/v1/jobs/{job_id}/output", output_path, progress)
        return os.fspath(output_path)

    def get_job_output_download_url(self, job_id: str) -> str:
        from dataports_api.voxel51.api.jobs import get_job_output_download_url

        response = get_job_output_download_url.sync_detailed(require(job_id, "job_id"), client=self.api)
        return str(self._json(response)["url"])

    def download_job_logfile(self, job_id: str, output_path: str | os.PathLike[str] | None = None) -> str | None:
        """The job's logfile as text, or written to ``output_path`` (atomically; then ``None`` is returned)."""
        from dataports_api.voxel51.api.jobs import download_job_logfile

        require(job_id, "job_id")
        if output_path is not None:
            self._download(f"/v1/jobs/{job_id}/log", output_path, False)
            return None
        return download_job_logfile.sync_detailed(job_id, client=self.api).content.decode("utf-8", "replace")

    def get_job_logfile_download_url(self, job_id: str) -> str:
        from dataports_api.voxel51.api.jobs import get_job_logfile_download_url

        response = get_job_logfile_download_url.sync_detailed(require(job_id, "job_id"), client=self.api)
        return str(self._json(response)["url"])

    def delete_job(self, job_id: str) -> None:
        """Delete a job that was never started."""
        from dataports_api.voxel51.api.jobs import delete_job

        delete_job.sync_detailed(require(job_id, "job_id"), client=self.api)
