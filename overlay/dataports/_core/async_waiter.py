"""The asyncio twin of ``waiter.wait_until_done``, with the sync function's parameters (progress included), so the
generated async clients call it exactly where the sync ones call the blocking waiter. The polling itself is
``waiter.async_wait_until_done``; many jobs at once remain ``waiter.async_wait_all``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from dataports._core.progress import progress_bar
from dataports._core.waiter import Backoff, FailureFactory, Observation, _failed, async_wait_all, async_wait_until_done

T = TypeVar("T")
#: The sync waiter's default poll interval (a module constant: ``Backoff`` is immutable).
DEFAULT_BACKOFF = Backoff()


async def wait_until_done(
    poll: Callable[[], Awaitable[Observation[T]]],
    *,
    what: str = "the job",
    timeout: float | None = None,
    backoff: Backoff = DEFAULT_BACKOFF,
    on_failure: FailureFactory = _failed,
    progress: bool = False,
) -> Observation[T]:
    """Poll until done without blocking the loop; raise ``on_failure(what, messages)`` when the work fails and
    ``WaitTimeout`` at the deadline (see ``waiter.wait_until_done``)."""
    with progress_bar(progress, desc=what, unit=" polls") as bar:

        async def counted() -> Observation[T]:
            seen = await poll()
            bar.update(1)
            return seen

        return await async_wait_until_done(counted, what=what, timeout=timeout, backoff=backoff, on_failure=on_failure)


__all__ = ["async_wait_all", "wait_until_done"]
