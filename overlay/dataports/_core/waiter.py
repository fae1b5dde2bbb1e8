"""Wait for server-side work (jobs, project deletes) to finish: poll with capped backoff under a total deadline.

A service supplies ``poll() -> Observation`` saying whether the work is done, failed (with its messages), or still
going (with a state name for progress). The asyncio twin waits on many jobs at once without a thread per job.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Generic, TypeVar

import attrs

from dataports._core.errors import DataportsError, WaitTimeout
from dataports._core.progress import progress_bar

T = TypeVar("T")


@attrs.frozen
class Observation(Generic[T]):
    """One look at the work. ``done`` ends the wait; ``failure`` (a list of messages) ends it with an error."""

    state: str
    done: bool = False
    failure: Sequence[str] | None = None
    value: T | None = None


@attrs.frozen(kw_only=True)
class Backoff:
    """Poll interval: starts at ``initial``, grows by ``factor``, capped at ``maximum``."""

    initial: float = 0.5
    factor: float = 1.5
    maximum: float = 10.0

    def delays(self) -> Iterable[float]:
        """The successive poll delays: ``initial``, multiplied by ``factor`` each time, capped at ``maximum``."""
        delay = self.initial
        while True:
            yield delay
            delay = min(delay * self.factor, self.maximum)


FailureFactory = Callable[[str, Sequence[str]], Exception]


def _failed(what: str, messages: Sequence[str]) -> Exception:
    return DataportsError(f"{what} failed: {'; '.join(messages) or 'no reason given'}")


def wait_until_done(
    poll: Callable[[], Observation[T]],
    *,
    what: str = "the job",
    timeout: float | None = None,
    backoff: Backoff = Backoff(),
    on_failure: FailureFactory = _failed,
    progress: bool = False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Observation[T]:
    """Poll until done; raise ``on_failure(what, messages)`` when the work fails and ``WaitTimeout`` at the deadline."""
    deadline = None if timeout is None else clock() + timeout
    started = clock()
    with progress_bar(progress, desc=what, unit=" polls") as bar:
        for delay in backoff.delays():
            seen = poll()
            bar.update(1)
            if seen.failure is not None:
                raise on_failure(what, list(seen.failure))
            if seen.done:
                return seen
            if deadline is not None:
                remaining = deadline - clock()
                if remaining <= 0:
                    raise WaitTimeout(what, clock() - started, seen.state)
                delay = min(delay, remaining)
            sleep(delay)
    raise AssertionError("unreachable: delays() never ends")


async def async_wait_until_done(
    poll: Callable[[], Awaitable[Observation[T]]],
    *,
    what: str = "the job",
    timeout: float | None = None,
    backoff: Backoff = Backoff(),
    on_failure: FailureFactory = _failed,
) -> Observation[T]:
    """The asyncio twin of ``wait_until_done``."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    deadline = None if timeout is None else started + timeout
    for delay in backoff.delays():
        seen = await poll()
        if seen.failure is not None:
            raise on_failure(what, list(seen.failure))
        if seen.done:
            return seen
        if deadline is not None:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise WaitTimeout(what, loop.time() - started, seen.state)
            delay = min(delay, remaining)
        await asyncio.sleep(delay)
    raise AssertionError("unreachable: delays() never ends")


async def async_wait_all(
    polls: dict[str, Callable[[], Awaitable[Observation[T]]]],
    *,
    timeout: float | None = None,
    backoff: Backoff = Backoff(),
    on_failure: FailureFactory = _failed,
) -> dict[str, Observation[T] | BaseException]:
    """Wait for many jobs at once; each key maps to its final observation or the exception that ended its wait."""
    names = list(polls)
    results = await asyncio.gather(
        *(
            async_wait_until_done(polls[name], what=name, timeout=timeout, backoff=backoff, on_failure=on_failure)
            for name in names
        ),
        return_exceptions=True,
    )
    return dict(zip(names, results, strict=True))
