"""The shared waiter: backoff between polls, the deadline, failures with the job's messages, the asyncio twin."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from dataports import WaitTimeout
from dataports.toolkit import Backoff, Observation, async_wait_all, async_wait_until_done, wait_until_done


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def states(*names: str) -> Callable[[], Observation[str]]:
    remaining = list(names)

    def poll() -> Observation[str]:
        state = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if state == "FAILED":
            return Observation(state, failure=["input data expired"])
        return Observation(state, done=state == "COMPLETE", value=state)

    return poll


def test_polls_with_growing_capped_delays_until_done() -> None:
    clock = Clock()
    seen = wait_until_done(
        states("QUEUED", "SCHEDULED", "RUNNING", "RUNNING", "COMPLETE"),
        backoff=Backoff(initial=1, factor=2, maximum=3),
        sleep=clock.sleep,
        clock=lambda: clock.now,
    )
    assert seen.value == "COMPLETE"
    assert clock.sleeps == [1, 2, 3, 3]


def test_failure_raises_the_services_error_with_the_messages() -> None:
    class JobExecutionError(Exception):
        pass

    with pytest.raises(JobExecutionError, match="input data expired"):
        wait_until_done(
            states("RUNNING", "FAILED"),
            on_failure=lambda what, messages: JobExecutionError(f"{what}: {messages}"),
            sleep=lambda s: None,
        )


def test_deadline_raises_wait_timeout_with_the_last_state() -> None:
    clock = Clock()
    with pytest.raises(WaitTimeout) as caught:
        wait_until_done(
            states("RUNNING"),
            timeout=5,
            backoff=Backoff(initial=2, factor=1),
            sleep=clock.sleep,
            clock=lambda: clock.now,
        )
    assert caught.value.last_state == "RUNNING"
    assert sum(clock.sleeps) == pytest.approx(5)


def test_async_twin_waits_on_many_jobs_at_once() -> None:
    def as_async(poll: Callable[[], Observation[str]]) -> Callable[[], asyncio.Future[Observation[str]]]:
        async def run() -> Observation[str]:
            return poll()

        return run  # type: ignore[return-value]

    fast = Backoff(initial=0.001, maximum=0.001)
    results = asyncio.run(
        async_wait_all(
            {
                "a": as_async(states("RUNNING", "COMPLETE")),
                "b": as_async(states("RUNNING", "RUNNING", "FAILED")),
                "c": as_async(states("RUNNING")),
            },
            timeout=0.05,
            backoff=fast,
        )
    )
    assert isinstance(results["a"], Observation) and results["a"].done
    assert isinstance(results["b"], Exception) and "input data expired" in str(results["b"])
    assert isinstance(results["c"], WaitTimeout)
    single = asyncio.run(async_wait_until_done(as_async(states("COMPLETE")), backoff=fast))
    assert single.done
