"""Jobs and their lifecycle. A started job walks QUEUED -> SCHEDULED -> RUNNING -> COMPLETE, one state per ``step``
seconds; the state is computed from timestamps whenever someone looks, so no background task runs and a slow
reader sees exactly what a fast one would have."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import attrs

from dataports_emulators.core.clock import iso_fixed, new_uuid
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request

from .catalogue import OUTPUT_FILENAME, Analytic
from .job_requests import CheckedRequest, InputFact
from .storage import DataStore
from .values import new_expiration

DEFAULT_JOB_TTL = timedelta(days=30)
RUN_STATES = ("QUEUED", "SCHEDULED", "RUNNING", "COMPLETE")
KILLABLE = ("QUEUED", "SCHEDULED")
ARCHIVABLE = ("COMPLETE", "FAILED")


@attrs.frozen
class Failure:
    """Why and when a job failed."""

    type: str
    message: str
    time: datetime


@attrs.frozen
class Timeline:
    """A job's states so far, computed from its timestamps."""

    state: str
    #: Each state reached so far, in order, with the moment it was reached.
    reached: tuple[tuple[str, datetime], ...]
    failure: Failure | None

    def at(self, state: str) -> datetime | None:
        """When the job reached ``state`` (``None`` if it has not)."""
        return next((t for s, t in self.reached if s == state), None)


@attrs.define
class Job:
    """One job: its request as checked against its analytic, and the moments that decide its state."""

    id: str
    name: str
    analytic: Analytic
    compute_mode: str
    request: Any
    checked: CheckedRequest
    auto_start: bool
    upload_date: datetime
    expiration_date: datetime
    archived: bool = False
    output_deleted: bool = False
    started_at: datetime | None = None
    step: float = 0.05
    killed_at: datetime | None = None

    @property
    def inputs(self) -> tuple[InputFact, ...]:
        """What the job knows of each input."""
        return self.checked.inputs


def _not_found(job_id: str) -> ServiceError:
    return ServiceError(404, f"Job {job_id} not found")


class JobBook:
    """The jobs of one account."""

    def __init__(self, store: DataStore) -> None:
        self.store = store
        self.jobs: dict[str, Job] = {}

    def get(self, job_id: str) -> Job:
        """A job by id; a 404 when there is none."""
        job = self.jobs.get(job_id)
        if job is None:
            raise _not_found(job_id)
        return job

    # --- the clock ----------------------------------------------------------------------------------------------
    def _input_lost(self, job: Job) -> tuple[datetime, str] | None:
        """The earliest moment one of the job's data items vanished (or will expire), and which one."""
        lost: tuple[datetime, str] | None = None
        for data_id in job.checked.data_ids:
            when = self.store.loss_time(data_id)
            if when is not None and (lost is None or when < lost[0]):
                lost = (when, data_id)
        return lost

    def timeline(self, job: Job, moment: datetime) -> Timeline:
        """The job's states up to ``moment``."""
        if job.started_at is None:
            return Timeline("READY", (("READY", job.upload_date),), None)
        self.store.purge(moment)
        start, step = job.started_at, timedelta(seconds=job.step)
        times = {state: start + step * i for i, state in enumerate(RUN_STATES)}
        candidates: list[Failure] = []
        if job.killed_at is not None:
            candidates.append(Failure("USER", "The job was killed by the user", job.killed_at))
        lost = self._input_lost(job)
        # Once RUNNING the job has read its inputs; only a loss before that hurts it.
        if lost is not None and lost[0] < times["RUNNING"]:
            message = f"Input data {lost[1]} was deleted or expired before the job could read it"
            candidates.append(Failure("USER", message, max(lost[0], start)))
        if job.checked.planned_failure is not None:
            message = f"The analytic failed (emulator failure switch, failure type {job.checked.planned_failure})"
            candidates.append(Failure(job.checked.planned_failure, message, times["COMPLETE"]))
        failure = min(candidates, key=lambda f: f.time) if candidates else None
        reached: list[tuple[str, datetime]] = [("READY", job.upload_date)]
        for state, when in times.items():
            if when <= moment and (failure is None or when < failure.time):
                reached.append((state, when))
        if failure is not None and failure.time <= moment:
            reached.append(("FAILED", failure.time))
            return Timeline("FAILED", tuple(reached), failure)
        return Timeline(reached[-1][0], tuple(reached), None)

    # --- views ----------------------------------------------------------------------------------------------------
    def details(self, job: Job, moment: datetime) -> Record:
        """The job as the API shows it."""
        line = self.timeline(job, moment)
        return {
            "id": job.id,
            "name": job.name,
            "state": line.state,
            "archived": job.archived,
            "expired": self.expired(job, moment),
            "analytic_id": job.analytic.id,
            "compute_mode": job.compute_mode,
            "auto_start": job.auto_start,
            "upload_date": iso_fixed(job.upload_date),
            "expiration_date": iso_fixed(job.expiration_date),
            "start_date": iso_fixed(job.started_at),
            "completion_date": iso_fixed(line.at("COMPLETE")),
            "fail_date": iso_fixed(line.failure.time) if line.failure else None,
            "failure_type": line.failure.type if line.failure else "NONE",
            "output_filename": OUTPUT_FILENAME,
        }

    def expired(self, job: Job, moment: datetime) -> bool:
        """Whether the job's output is gone."""
        return job.output_deleted or job.expiration_date <= moment

    def status(self, job: Job, moment: datetime) -> Record:
        """The job's status document (state messages, inputs, times)."""
        line = self.timeline(job, moment)
        messages = [
            {"message": _STATE_MESSAGES[state], "time": iso_fixed(when)}
            for state, when in line.reached
            if state != "FAILED"
        ]
        if line.failure is not None:
            messages.append({"message": line.failure.message, "time": iso_fixed(line.failure.time)})
        return {
            "analytic": job.analytic.name,
            "version": job.analytic.version,
            "state": line.state,
            "start_time": iso_fixed(line.at("RUNNING")),
            "complete_time": iso_fixed(line.at("COMPLETE")),
            "fail_time": iso_fixed(line.failure.time) if line.failure else None,
            "failure_type": line.failure.type if line.failure else "NONE",
            "messages": messages,
            "inputs": {fact.name: fact.describe() for fact in job.inputs},
            "posted_data": {},
        }

    # --- changes --------------------------------------------------------------------------------------------------
    def create(
        self,
        *,
        name: str,
        request: Any,
        checked: CheckedRequest,
        auto_start: bool,
        expiration: datetime | None,
        moment: datetime,
        step: float,
    ) -> Job:
        """A new READY job (started at once when ``auto_start``)."""
        if expiration is not None and expiration <= moment:
            raise bad_request("job_ttl: the expiration date must be in the future")
        job = Job(
            id=new_uuid(),
            name=name,
            analytic=checked.analytic,
            compute_mode=checked.compute_mode,
            request=request,
            checked=checked,
            auto_start=auto_start,
            upload_date=moment,
            expiration_date=expiration or moment + DEFAULT_JOB_TTL,
        )
        self.jobs[job.id] = job
        if auto_start:
            self.start(job, moment, step)
        return job

    def _require(self, job: Job, moment: datetime, allowed: tuple[str, ...], done: str) -> None:
        state = self.timeline(job, moment).state
        if state not in allowed:
            raise bad_request(
                f"Job {job.id} cannot be {done}: its state is {state} (only {' or '.join(allowed)} jobs can be {done})"
            )

    def start(self, job: Job, moment: datetime, step: float) -> None:
        """Start a READY job; it advances one state every ``step`` seconds."""
        self._require(job, moment, ("READY",), "started")
        job.started_at = moment
        job.step = step

    def kill(self, job: Job, moment: datetime) -> None:
        """Kill a job that has not started running."""
        self._require(job, moment, KILLABLE, "killed")
        job.killed_at = moment

    def archive(self, job: Job, moment: datetime) -> None:
        """Archive a finished job."""
        self._require(job, moment, ARCHIVABLE, "archived")
        job.archived = True

    def unarchive(self, job: Job) -> None:
        """Bring an archived job back into listings."""
        job.archived = False

    def delete(self, job: Job, moment: datetime) -> None:
        """Delete a job that was never started."""
        state = self.timeline(job, moment).state
        if state != "READY":
            raise bad_request(
                f"Job {job.id} cannot be deleted: its state is {state} "
                "(only jobs that were never started can be deleted)"
            )
        self.jobs.pop(job.id, None)

    def set_ttl(self, job: Job, body: Any, moment: datetime) -> None:
        """Move the job's expiration date (one in the past deletes its output for good)."""
        expiration = new_expiration(job.expiration_date, body)
        job.expiration_date = expiration
        if expiration <= moment:
            # The platform deletes the output then; a later extension cannot bring it back.
            job.output_deleted = True

    def listing(self, include_archived: bool) -> Iterable[Job]:
        """The jobs, archived ones only when asked for."""
        return [job for job in self.jobs.values() if include_archived or not job.archived]


_STATE_MESSAGES = {
    "READY": "Job request uploaded",
    "QUEUED": "Job queued",
    "SCHEDULED": "Job scheduled",
    "RUNNING": "Job running",
    "COMPLETE": "Job complete",
}
