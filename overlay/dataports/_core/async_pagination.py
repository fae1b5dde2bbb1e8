"""The asyncio twin of ``pagination``: ``async for`` over pages or items, resume tokens, progress, prefetch.

A service describes one page fetch as ``async fetch(token) -> RawPage`` (the same ``RawPage`` and token rules as the
sync ``Paginator``). Prefetching runs the next fetch as an asyncio task instead of a thread: the consumer handles
page N while the request for page N+1 is on the wire, with at most two pages in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar

from dataports._core.async_calls import notify_when_sent
from dataports._core.pagination import PageParser, RawPage, collector_paused, whole_page_parser
from dataports._core.progress import progress_bar

T = TypeVar("T")

AsyncPageFetcher = Callable[[Any], Awaitable[RawPage]]
#: Upper bound on waiting for the next request to go out (a transport that never traces never signals).
_SEND_WAIT = 0.25


class AsyncPageIterator(Generic[T]):
    """Iterates pages (lists of parsed items) with ``async for``. ``resume_token`` is the token of the page after
    the last one yielded, so a caller that stops half-way can start a new paginator from exactly there."""

    def __init__(
        self,
        fetch: AsyncPageFetcher,
        parse: Callable[[Any], T],
        start_token: Any,
        prefetch: bool,
        raw: bool = False,
        parse_page: PageParser[T] | None = None,
    ) -> None:
        self._parse_page = whole_page_parser(parse, parse_page)
        self._raw = raw
        self.resume_token: Any = start_token
        self.total: int | None = None
        self._pages = _prefetched(fetch, start_token) if prefetch else _sequential(fetch, start_token)

    def __aiter__(self) -> AsyncPageIterator[T]:
        return self

    async def __anext__(self) -> list[T]:
        page = await anext(self._pages)
        self.resume_token = page.next_token
        if page.total is not None:
            self.total = page.total
        if self._raw:
            return page.items
        # As in the sync twin: a page's objects are all kept, so the cyclic GC is paused while they are built.
        with collector_paused():
            return self._parse_page(page.items)

    async def aclose(self) -> None:
        """Stop fetching (cancels a prefetch in flight); ``async for`` that runs to the end needs no call."""
        await self._pages.aclose()


async def _sequential(fetch: AsyncPageFetcher, token: Any) -> AsyncGenerator[RawPage, None]:
    while True:
        page = await fetch(token)
        if not page.items:
            return
        yield page
        if page.next_token is None:
            return
        token = page.next_token


async def _prefetched(fetch: AsyncPageFetcher, token: Any) -> AsyncGenerator[RawPage, None]:
    """Fetch page N+1 in a task while the consumer handles page N; a one-page queue bounds memory to two pages.

    Handling a page does not yield to the loop, so a request not yet written when the consumer takes page N would
    wait for it: the consumer first waits (at most ``_SEND_WAIT``) until the request for N+1 is on the wire. It
    does so only once requests have been seen to signal it (a fetch that sends no traced request never does).
    """
    pages: asyncio.Queue[RawPage | BaseException | None] = asyncio.Queue(maxsize=1)
    sent = asyncio.Event()
    requests = [0]

    def on_sent() -> None:
        requests[0] += 1
        sent.set()

    async def work() -> None:
        notify_when_sent(on_sent)  # the task runs in a copy of this context: this stays inside the task
        try:
            async for page in _sequential(fetch, token):
                await pages.put(page)
            await pages.put(None)
        except asyncio.CancelledError:
            raise
        except BaseException as error:  # handed to the consumer, re-raised there with its traceback
            await pages.put(error)

    worker = asyncio.create_task(work(), name="dataports-prefetch")
    received = 0
    try:
        while True:
            item = await pages.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            received += 1
            if item.next_token is not None and requests[0]:
                await _request_sent(sent, requests, received, worker)
            yield item
    finally:
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker


async def _request_sent(sent: asyncio.Event, requests: list[int], received: int, worker: asyncio.Task[None]) -> None:
    """Wait until more requests than ``received`` pages have been sent, the worker ended, or ``_SEND_WAIT``."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(_SEND_WAIT):
            while requests[0] <= received and not worker.done():
                sent.clear()
                await sent.wait()


class AsyncPaginator(Generic[T]):
    """A lazy listing: ``async for`` gives items, ``iter_pages()`` pages, ``await all()`` a list, ``await first()``
    one item."""

    def __init__(
        self,
        fetch: AsyncPageFetcher,
        parse: Callable[[Any], T],
        *,
        start_token: Any = None,
        prefetch: bool = False,
        description: str | None = None,
        parse_page: PageParser[T] | None = None,
    ) -> None:
        self._fetch = fetch
        self._parse = parse
        self._parse_page = parse_page
        self._start_token = start_token
        self._prefetch = prefetch
        self._description = description

    def iter_pages(self, *, start_token: Any = None, raw: bool = False) -> AsyncPageIterator[T]:
        """An async iterator over the pages (lists of items), from ``start_token`` (a resume token) or the first page;
        ``raw=True`` gives the decoded JSON items instead of parsed objects."""
        token = self._start_token if start_token is None else start_token
        return AsyncPageIterator(self._fetch, self._parse, token, self._prefetch, raw=raw, parse_page=self._parse_page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page:
                yield item

    async def iter_raw(self) -> AsyncIterator[Any]:
        """Items as decoded JSON, without building typed objects."""
        async for page in self.iter_pages(raw=True):
            for item in page:
                yield item

    async def all(self, *, progress: bool = False) -> list[T]:
        """Every item of every page, in a list (the GC paused while it is built); ``progress=True`` shows a tqdm bar."""
        results: list[T] = []
        # Every object built here is kept: the cyclic GC is paused for the call, as in the sync twin.
        with collector_paused(), progress_bar(progress, desc=self._description) as bar:
            async for page in self.iter_pages():
                results.extend(page)
                bar.update(len(page))
        return results

    async def all_raw(self, *, progress: bool = False) -> list[Any]:
        """Every item of every page as decoded JSON, without parsing it into objects."""
        results: list[Any] = []
        with progress_bar(progress, desc=self._description) as bar:
            async for page in self.iter_pages(raw=True):
                results.extend(page)
                bar.update(len(page))
        return results

    async def first(self) -> T | None:
        """The first item of the first page, or ``None`` when there is none; one request."""
        page = await self._fetch(self._start_token)
        return self._parse(page.items[0]) if page.items else None


__all__ = ["AsyncPageFetcher", "AsyncPageIterator", "AsyncPaginator", "RawPage"]
