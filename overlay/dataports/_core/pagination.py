"""Paginators: follow a next link, cursor or offset; iterate pages or items; resume; show progress; prefetch.

A service describes one page fetch as ``fetch(token) -> RawPage`` (``token`` is ``None`` for the first page and
otherwise whatever the previous page returned as ``next_token``: a next URL, a cursor, an offset...). Items stay as
decoded JSON until ``parse`` turns them into typed objects, so DataFrame conversion can skip the objects entirely.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import gc
import queue
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, Generic, TypeVar

from dataports._core import request_sent
from dataports._core.progress import progress_bar

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class RawPage:
    """One page as the server sent it: decoded items and the token for the next page (``None`` at the end)."""

    items: list[Any]
    next_token: Any = None
    total: int | None = None


PageFetcher = Callable[[Any], RawPage]
#: Turns a page of decoded items into objects in one call (a model's ``from_dicts``).
PageParser = Callable[[list[Any]], list[T]]


class PageIterator(Generic[T]):
    """Iterates pages (lists of parsed items). ``resume_token`` is the token of the page after the last one yielded,
    so a caller that stops half-way can start a new paginator from exactly there."""

    def __init__(
        self,
        fetch: PageFetcher,
        parse: Callable[[Any], T],
        start_token: Any,
        prefetch: bool,
        raw: bool = False,
        parse_page: PageParser[T] | None = None,
    ) -> None:
        self._fetch = fetch
        self._parse_page = whole_page_parser(parse, parse_page)
        self._raw = raw
        self.resume_token: Any = start_token
        self.total: int | None = None
        self._pages = _prefetched(fetch, start_token) if prefetch else _sequential(fetch, start_token)

    def __iter__(self) -> Iterator[list[T]]:
        return self

    def __next__(self) -> list[T]:
        page = next(self._pages)
        self.resume_token = page.next_token
        if page.total is not None:
            self.total = page.total
        if self._raw:
            return page.items
        # Building a page allocates thousands of small objects that are all kept; letting the cyclic collector run
        # several times per page doubles the cost of a 100k-object listing. It is paused for one page at a time.
        with collector_paused():
            return self._parse_page(page.items)


def whole_page_parser(parse: Callable[[Any], T], parse_page: PageParser[T] | None) -> PageParser[T]:
    """What turns a whole page into objects: ``parse_page`` when there is one, otherwise ``parse`` on each item."""
    if parse_page is not None:
        return parse_page
    return lambda items: [parse(item) for item in items]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs) for the block; the caller that paused it resumes it."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _sequential(fetch: PageFetcher, token: Any) -> Iterator[RawPage]:
    while True:
        page = fetch(token)
        if not page.items:
            return
        yield page
        if page.next_token is None or not page.items:
            return
        token = page.next_token


_DONE = object()


def _prefetched(fetch: PageFetcher, token: Any) -> Iterator[RawPage]:
    """Fetch page N+1 on a worker thread while the caller handles page N.

    Waiting on the network releases the GIL, so parsing and the next request overlap, but only once that request
    is on the wire: the caller waits (briefly) for the worker's "request sent" signal before taking page N. The
    queue holds one page, so memory stays bounded by two pages however long the listing is.
    """
    pages: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()
    progress = threading.Condition()
    sent = [0]
    finished = [False]

    def on_sent() -> None:
        with progress:
            sent[0] += 1
            progress.notify_all()

    def work() -> None:
        request_sent.notify_when_sent(on_sent)
        try:
            for page in _sequential(fetch, token):
                while not stop.is_set():
                    try:
                        pages.put(page, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            pages.put(_DONE)
        except BaseException as error:  # handed to the consumer, re-raised there with its traceback
            pages.put(error)
        finally:
            with progress:
                finished[0] = True
                progress.notify_all()

    # Run in a copy of the caller's context, so context variables the caller set (tracing, logging) apply there too.
    context = contextvars.copy_context()
    worker = threading.Thread(target=context.run, args=(work,), name="dataports-prefetch", daemon=True)
    worker.start()
    received = 0
    try:
        while True:
            item = pages.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            received += 1
            if item.next_token is not None:
                with progress:
                    progress.wait_for(partial(_next_request_sent, sent, finished, received), timeout=_SEND_WAIT)
            yield item
    finally:
        stop.set()


def _next_request_sent(sent: list[int], finished: list[bool], received: int) -> bool:
    return sent[0] > received or finished[0]


#: Upper bound on waiting for the next request to go out (a transport without trace support never signals).
_SEND_WAIT = 0.25


class Paginator(Generic[T]):
    """A lazy listing. Iterate it for items, ``iter_pages()`` for pages, ``all()`` for a list, ``first()`` for one."""

    def __init__(
        self,
        fetch: PageFetcher,
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

    def iter_pages(self, *, start_token: Any = None, raw: bool = False) -> PageIterator[T]:
        token = self._start_token if start_token is None else start_token
        return PageIterator(self._fetch, self._parse, token, self._prefetch, raw=raw, parse_page=self._parse_page)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page

    def iter_raw(self) -> Iterator[Any]:
        """Items as decoded JSON, without building typed objects."""
        for page in self.iter_pages(raw=True):
            yield from page

    def all(self, *, progress: bool = False) -> list[T]:
        results: list[T] = []
        pages = self.iter_pages()
        # Every object built here is kept, so collections during the call find nothing to free while rescanning
        # an ever larger list: about a third of a 100k-object listing. Paused for the call; resumed on return.
        with collector_paused(), progress_bar(progress, desc=self._description) as bar:
            for page in pages:
                results.extend(page)
                bar.update(len(page))
        return results

    def all_raw(self, *, progress: bool = False) -> list[Any]:
        """Every item as decoded JSON (what DataFrames are built from). Pages are fetched in this thread: with no
        objects to build there is no work to overlap with the next request, so a worker would only add hand-offs.
        The GC is paused as in ``all()``: decoding allocates objects that are all kept."""
        results: list[Any] = []
        pages = PageIterator(self._fetch, self._parse, self._start_token, prefetch=False, raw=True)
        with collector_paused(), progress_bar(progress, desc=self._description) as bar:
            for page in pages:
                results.extend(page)
                bar.update(len(page))
        return results

    def first(self) -> T | None:
        page = self._fetch(self._start_token)
        return self._parse(page.items[0]) if page.items else None
