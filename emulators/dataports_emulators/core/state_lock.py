"""Shared and exclusive access to one service's state, on the event loop.

Requests share the state (any number at once, as before: handlers are ``async`` and interleave only at ``await``);
seeding and reset take it alone, so a seed running on a worker thread never sees a request change the state under
it. A waiting exclusive holder goes first: new requests queue behind it rather than starving it.

Waiting uses futures of the running loop, created only when needed, so one app can be served by several event loops
in turn (tests do that with ``asyncio.run``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator


class StateLock:
    """Readers-writer lock for one service's state."""

    def __init__(self) -> None:
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0
        self._waiters: list[asyncio.Future[None]] = []

    @property
    def busy(self) -> bool:
        """Whether anyone holds the state or waits to hold it alone."""
        return bool(self._readers or self._writing or self._writers_waiting)

    async def _wait(self) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        finally:
            with contextlib.suppress(ValueError):
                self._waiters.remove(waiter)

    def _wake_all(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    @contextlib.asynccontextmanager
    async def shared(self) -> AsyncIterator[None]:
        """Hold the state alongside other requests."""
        while self._writing or self._writers_waiting:
            await self._wait()
        self._readers += 1
        try:
            yield
        finally:
            self._readers -= 1
            if not self._readers:
                self._wake_all()

    @contextlib.asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Hold the state alone, once the requests holding it are done."""
        self._writers_waiting += 1
        try:
            while self._writing or self._readers:
                await self._wait()
        except BaseException:
            # Requests queued behind this waiter may go ahead now.
            self._writers_waiting -= 1
            self._wake_all()
            raise
        self._writers_waiting -= 1
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
            self._wake_all()
