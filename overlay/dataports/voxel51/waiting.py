"""Waiting for jobs, on the shared waiter: one job (blocking, as classically) or many at once (asyncio).

Both read a job the same way: its details, and its status document only once it has FAILED (for the messages).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

import httpx

from dataports._core.errors import WaitTimeout
from dataports._core.waiter import Backoff, Observation, async_wait_all, wait_until_done

from .arguments import id_list, require
from .base import APIBase
from .errors import APIArgumentError, JobExecutionError, JobWaitTimeout
from .jobs import JobState, job_state

Look = Observation[JobExecutionError]


def _messages(status: dict[str, Any]) -> list[str]:
    raw = status.get("messages")
    if not isinstance(raw, list):
        return []
    return [str(m.get("message", "")) if isinstance(m, dict) else str(m) for m in raw]


def _failure(job_id: str, job: dict[str, Any], status: dict[str, Any]) -> JobExecutionError:
    messages = _messages(status)
    failure_type = status.get("failure_type") or job.get("failure_type")
    # The platform appends the failure's own message last, after the state-change messages.
    reason = messages[-1] if messages else "no reason given"
    return JobExecutionError(
        f"Job {job_id} failed ({failure_type}): {reason}", messages=messages, failure_type=failure_type
    )


def _observe(job_id: str, job: dict[str, Any], state: str, status: dict[str, Any] | None) -> Look:
    if state == JobState.FAILED:
        error = _failure(job_id, job, status or {})
        return Observation(state, failure=error.messages or [str(error)], value=error)
    return Observation(state, done=state == JobState.COMPLETE)


def _check_times(sleep_time: float, max_wait_time: float | None) -> None:
    if isinstance(sleep_time, bool) or not isinstance(sleep_time, int | float) or sleep_time <= 0:
        raise APIArgumentError("sleep_time", f"must be a positive number of seconds, got {sleep_time!r}")
    if max_wait_time is not None and (not isinstance(max_wait_time, int | float) or max_wait_time < 0):
        raise APIArgumentError("max_wait_time", f"must be a number of seconds >= 0, got {max_wait_time!r}")


class WaitingMethods(APIBase):
    # --- reading a job (the same for the blocking and the asyncio waits) --------------------------------------
    def _job_from(self, response: httpx.Response) -> tuple[dict[str, Any], str]:
        """The job and its state from a ``get_job_details`` answer (sync or asyncio: decoding only reads the
        response, so the caller's decoder serves both)."""
        job = self.caller.expect(response, self.caller.decode(response, "job"), dict)
        return job, self.caller.parse(response, job_state, job)

    def _status_from(self, response: httpx.Response) -> dict[str, Any]:
        """The status document from a ``get_job_status`` answer."""
        return self.caller.expect(response, self.caller.decode(response), dict)

    def _look(self, job_id: str) -> Look:
        from dataports_api.voxel51.api.jobs import get_job_details, get_job_status

        job, state = self._job_from(self.caller.send(get_job_details.build_request(job_id)))
        status = None
        if state == JobState.FAILED:
            status = self._status_from(self.caller.send(get_job_status.build_request(job_id)))
        return _observe(job_id, job, state, status)

    async def _async_look(self, http: httpx.AsyncClient, job_id: str) -> Look:
        from dataports_api.voxel51.api.jobs import get_job_details, get_job_status

        job, state = self._job_from(await http.request(**get_job_details.build_request(job_id)))
        status = None
        if state == JobState.FAILED:
            status = self._status_from(await http.request(**get_job_status.build_request(job_id)))
        return _observe(job_id, job, state, status)

    # --- public -----------------------------------------------------------------------------------------------
    def is_job_complete(self, job_id: str | None = None, job: Mapping[str, Any] | None = None) -> bool:
        """Whether the job is COMPLETE, from ``job_id`` or from ``job`` (its details, no request); raises
        ``JobExecutionError`` if it FAILED (with the job's status messages when ``job_id`` is given)."""
        if job_id is not None:
            seen = self._look(require(job_id, "job_id"))
            if seen.value is not None:
                raise seen.value
            return seen.done
        if job is None:
            raise APIArgumentError("job_id/job", "give job_id or job")
        state = job_state(job)
        if state == JobState.FAILED:
            failure_type = job.get("failure_type")
            raise JobExecutionError(f"Job '{job.get('id')}' failed ({failure_type})", failure_type=failure_type)
        return bool(state == JobState.COMPLETE)

    def wait_until_job_completes(
        self, job_id: str, sleep_time: float = 5, max_wait_time: float | None = 600, *, progress: bool = False
    ) -> None:
        """Block until the job is COMPLETE, polling every ``sleep_time`` seconds for at most ``max_wait_time``.

        Raises ``JobExecutionError`` with the job's messages if it fails, and ``JobWaitTimeout`` (a
        ``JobExecutionError`` and a ``TimeoutError``) if it is still going at the deadline.
        """
        require(job_id, "job_id")
        _check_times(sleep_time, max_wait_time)
        failures: list[JobExecutionError] = []

        def poll() -> Look:
            seen = self._look(job_id)
            if seen.value is not None:
                failures.append(seen.value)
            return seen

        def on_failure(what: str, messages: Sequence[str]) -> Exception:
            return failures[-1]

        started = time.monotonic()
        try:
            wait_until_done(
                poll,
                what=f"Job {job_id}",
                timeout=max_wait_time,
                backoff=Backoff(initial=sleep_time, factor=1.0, maximum=sleep_time),
                on_failure=on_failure,
                progress=progress,
            )
        except WaitTimeout as timeout:
            raise JobWaitTimeout(f"Job {job_id}", time.monotonic() - started, timeout.last_state) from None

    def wait_until_jobs_complete(
        self, job_ids: Iterable[str], sleep_time: float = 5, max_wait_time: float | None = 600
    ) -> dict[str, BaseException | None]:
        """Wait for many jobs at once on one thread; maps each id to ``None`` (COMPLETE) or the error that ended
        its wait (``JobExecutionError``, ``JobWaitTimeout``, ``APIError``). Never raises for a single job."""
        ids = id_list(job_ids, "job_ids")
        _check_times(sleep_time, max_wait_time)
        coroutine = self._wait_all(ids, sleep_time, max_wait_time)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(coroutine)
        # Called from inside an event loop (a notebook): run the waits on a loop of their own.
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, coroutine).result()

    async def _wait_all(
        self, ids: list[str], sleep_time: float, max_wait_time: float | None
    ) -> dict[str, BaseException | None]:
        # A client of its own: its connections belong to the event loop ``asyncio.run`` made for this call.
        http = self.open_async_http()
        failures: dict[str, JobExecutionError] = {}

        def poller(job_id: str) -> Callable[[], Awaitable[Look]]:
            async def poll() -> Look:
                seen = await self._async_look(http, job_id)
                if seen.value is not None:
                    failures[job_id] = seen.value
                return seen

            return poll

        def on_failure(what: str, messages: Sequence[str]) -> Exception:
            return failures[what]

        started = time.monotonic()
        async with http:
            outcomes = await async_wait_all(
                {job_id: poller(job_id) for job_id in ids},
                timeout=max_wait_time,
                backoff=Backoff(initial=sleep_time, factor=1.0, maximum=sleep_time),
                on_failure=on_failure,
            )
        results: dict[str, BaseException | None] = {}
        for job_id, outcome in outcomes.items():
            if isinstance(outcome, WaitTimeout):
                outcome = JobWaitTimeout(f"Job {job_id}", time.monotonic() - started, outcome.last_state)
            results[job_id] = outcome if isinstance(outcome, BaseException) else None
        return results
