"""Batch methods of ``API``: one request applies an action to many ids; each id gets its own result, so one
failure never fails the rest. Each returns ``{id: {"success", "response", "error"}}``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._connection import Connection, Moment, id_list, ttl_change

BatchResults = dict[str, Any]


class BatchMethods(Connection):
    def _batch(self, resource: str, action: str, ids: Iterable[str], argument: str, **extra: Any) -> BatchResults:
        from dataports_api.voxel51.api.analytics import batch_analytics
        from dataports_api.voxel51.api.data import batch_data
        from dataports_api.voxel51.api.jobs import batch_jobs

        operation, model = {
            "analytics": (batch_analytics, "AnalyticsBatchRequest"),
            "data": (batch_data, "DataBatchRequest"),
            "jobs": (batch_jobs, "JobsBatchRequest"),
        }[resource]
        body = self._model(model).from_dict({"action": action, "ids": id_list(ids, argument), **extra})
        return self._batch_responses(operation.sync_detailed(client=self.api, body=body))

    @staticmethod
    def _ttl_extra(days: float | None, expiration_date: Moment | None) -> dict[str, str]:
        # Batch bodies are JSON, and the classic client sends ``days`` there as ``str(days)``.
        return {key: str(value) for key, value in ttl_change(days, expiration_date).items()}

    # --- analytics ------------------------------------------------------------------------------------------------
    def batch_get_analytic_details(self, analytic_ids: Iterable[str]) -> BatchResults:
        return self._batch("analytics", "details", analytic_ids, "analytic_ids")

    # --- data -----------------------------------------------------------------------------------------------------
    def batch_get_data_details(self, data_ids: Iterable[str]) -> BatchResults:
        return self._batch("data", "details", data_ids, "data_ids")

    def batch_update_data_ttl(
        self, data_ids: Iterable[str], days: float | None = None, expiration_date: Moment | None = None
    ) -> BatchResults:
        return self._batch("data", "ttl", data_ids, "data_ids", **self._ttl_extra(days, expiration_date))

    def batch_delete_data(self, data_ids: Iterable[str]) -> BatchResults:
        return self._batch("data", "delete", data_ids, "data_ids")

    # --- jobs -----------------------------------------------------------------------------------------------------
    def batch_get_job_details(self, job_ids: Iterable[str]) -> BatchResults:
        return self._batch("jobs", "details", job_ids, "job_ids")

    def batch_start_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        return self._batch("jobs", "start", job_ids, "job_ids")

    def batch_archive_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        return self._batch("jobs", "archive", job_ids, "job_ids")

    def batch_unarchive_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        return self._batch("jobs", "unarchive", job_ids, "job_ids")

    def batch_update_jobs_ttl(
        self, job_ids: Iterable[str], days: float | None = None, expiration_date: Moment | None = None
    ) -> BatchResults:
        return self._batch("jobs", "ttl", job_ids, "job_ids", **self._ttl_extra(days, expiration_date))

    def batch_delete_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        return self._batch("jobs", "delete", job_ids, "job_ids")

    def batch_kill_jobs(self, job_ids: Iterable[str]) -> BatchResults:
        return self._batch("jobs", "kill", job_ids, "job_ids")
