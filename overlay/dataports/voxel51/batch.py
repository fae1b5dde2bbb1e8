"""Batch methods of ``API``: one request applies an action to many ids; each id gets its own result, so one
failure never fails the rest. Each returns ``{id: {"success", "response", "error"}}``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .arguments import Moment, batch_ttl_fields, id_list
from .base import APIBase

BatchResults = dict[str, Any]


class BatchMethods(APIBase):
    def _batch_analytics(self, action: str, ids: Iterable[str], argument: str) -> BatchResults:
        from dataports_api.voxel51.api.analytics import batch_analytics
        from dataports_api.voxel51.models import AnalyticsBatchRequest

        body = AnalyticsBatchRequest.from_dict({"action": action, "ids": id_list(ids, argument)})
        return self._fetch(batch_analytics.build_request(body=body), dict, "responses")

    def _batch_data(self, action: str, ids: Iterable[str], argument: str, **extra: str) -> BatchResults:
        from dataports_api.voxel51.api.data import batch_data
        from dataports_api.voxel51.models import DataBatchRequest

        body = DataBatchRequest.from_dict({"action": action, "ids": id_list(ids, argument), **extra})
        return self._fetch(batch_data.build_request(body=body), dict, "responses")

    def _batch_jobs(self, action: str, ids: Iterable[str], argument: str, **extra: str) -> BatchResults:
        from dataports_api.voxel51.api.jobs import batch_jobs
        from dataports_api.voxel51.models import JobsBatchRequest

        body = JobsBatchRequest.from_dict({"action": action, "ids": id_list(ids, argument), **extra})
        return self._fetch(batch_jobs.build_request(body=body), dict, "responses")

    # --- analytics ------------------------------------------------------------------------------------------------
    def batch_get_analytic_details(self, analytic_ids: Iterable[str]) -> BatchResults:
        """Details of many analytics in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in
        the returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id
        list, before sending."""
        return self._batch_analytics("details", analytic_ids, "analytic_ids")

    # --- data -----------------------------------------------------------------------------------------------------
    def batch_get_data_details(self, data_ids: Iterable[str]) -> BatchResults:
        """Details of many data in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_data("details", data_ids, "data_ids")

    def batch_update_data_ttl(
        self, data_ids: Iterable[str], days: float | None = None, expiration_date: Moment | None = None
    ) -> BatchResults:
        """Extend the expiration of many data by ``days`` or to ``expiration_date``, in one request. Each id gets its
        own ``{'success', 'response', 'error'}`` entry in the returned dict, so one failure does not fail the rest;
        ``APIArgumentError`` for an empty or malformed id list, before sending."""
        return self._batch_data("ttl", data_ids, "data_ids", **batch_ttl_fields(days, expiration_date))

    def batch_delete_data(self, data_ids: Iterable[str]) -> BatchResults:
        """Delete many data in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_data("delete", data_ids, "data_ids")

    # --- jobs -----------------------------------------------------------------------------------------------------
    def batch_get_job_details(self, job_ids: Iterable[str]) -> BatchResults:
        """Details of many jobs in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_jobs("details", job_ids, "job_ids")

    def batch_start_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        """Start many jobs in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_jobs("start", job_ids, "job_ids")

    def batch_archive_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        """Archive many jobs in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_jobs("archive", job_ids, "job_ids")

    def batch_unarchive_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        """Unarchive many jobs in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_jobs("unarchive", job_ids, "job_ids")

    def batch_update_jobs_ttl(
        self, job_ids: Iterable[str], days: float | None = None, expiration_date: Moment | None = None
    ) -> BatchResults:
        """Extend the expiration of many jobs by ``days`` or to ``expiration_date``, in one request. Each id gets its
        own ``{'success', 'response', 'error'}`` entry in the returned dict, so one failure does not fail the rest;
        ``APIArgumentError`` for an empty or malformed id list, before sending."""
        return self._batch_jobs("ttl", job_ids, "job_ids", **batch_ttl_fields(days, expiration_date))

    def batch_delete_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        """Delete many jobs in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_jobs("delete", job_ids, "job_ids")

    def batch_kill_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        """Kill many running jobs in one request. Each id gets its own ``{'success', 'response', 'error'}`` entry in the
        returned dict, so one failure does not fail the rest; ``APIArgumentError`` for an empty or malformed id list,
        before sending."""
        return self._batch_jobs("kill", job_ids, "job_ids")
