"""``CursorQuery``: the lazy result of every ``get_*`` call, paging through ``next`` links 250 objects at a time, and
``CursorIterator``, its page iterator. Both keep the classic constructors and attributes (``client``, ``url``,
``params``, ``clazz``, ``transformer``...), so code that builds or inspects them as ``temba_client.base`` does works.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from dataports._core.calls import OPERATION
from dataports._core.dataframe import records_to_dataframe, require_pandas
from dataports._core.errors import DataportsError
from dataports._core.pagination import PageIterator, Paginator, RawPage
from dataports._core.progress import progress_bar

from .errors import TembaInvalidArgument

if TYPE_CHECKING:
    import pandas

    from dataports._core.service_client import ServiceClient

T = TypeVar("T")
C = TypeVar("C", bound="ServiceClient[Any]")
#: The classic client's ``transformer`` hook: ``(object class, item JSON) -> item JSON``, applied before parsing.
Transformer = Callable[[type, Any], Any]

#: The classic client retries a rate-limited call this many times when asked to.
RATE_LIMIT_RETRIES = 5
#: Wait at most an hour (the server's throttling window) when the server asks us to slow down.
MAX_RATE_LIMIT_WAIT = 3600.0
#: What a model raises for a listed object of the wrong shape: a missing key, a wrong type, an unreadable date.
SHAPE_ERRORS = (KeyError, IndexError, TypeError, ValueError, AttributeError)
#: How much of such an error's text a message quotes (it may quote the hostile value).
PROBLEM_CHARS = 200
#: Columns ``to_dataframe()`` turns into timezone-aware datetimes.
DATETIME_COLUMNS = ("created_on", "modified_on", "last_seen_on", "sent_on", "exited_on", "occurred_on", "last_seen")


class Operation(Protocol):
    """A generated endpoint module (``dataports_api.rapidpro.api.contacts.list_contacts``...): it builds the
    operation's request, from the spec, as ``httpx.Client.request`` keyword arguments."""

    @property
    def build_request(self) -> Callable[..., dict[str, Any]]: ...


def cursor_of(next_url: str | None) -> str | None:
    """The ``cursor`` query value of a ``next`` URL (what ``iterfetches(resume_cursor=...)`` takes)."""
    if not next_url:
        return None
    values = parse_qs(urlsplit(next_url).query).get("cursor")
    return values[0] if values else None


def rate_limit_patient(client: C, enabled: bool) -> C:
    """``client``, or a copy of it that waits out rate limits as the classic ``retry_on_rate_exceed=True`` does."""
    if not enabled:
        return client
    return client.with_options(
        retry_rate_limited=True, max_retries=RATE_LIMIT_RETRIES, max_retry_after=MAX_RATE_LIMIT_WAIT
    )


def listing_operation(url: str) -> Operation:
    """The generated ``list_*`` endpoint behind a listing URL (``.../api/v2/contacts.json`` -> ``list_contacts``)."""
    endpoint = urlsplit(url).path.rstrip("/").rpartition("/")[2].removesuffix(".json")
    try:
        if not endpoint.isidentifier():
            raise ModuleNotFoundError(endpoint)
        module: Operation = importlib.import_module(f"dataports_api.rapidpro.api.{endpoint}.list_{endpoint}")
    except ModuleNotFoundError:
        raise TembaInvalidArgument("url", f"{url!r} is not the URL of a RapidPro API v2 listing") from None
    return module


def request_arguments(operation: Operation, params: Mapping[str, Any]) -> dict[str, Any]:
    """``build_request`` keyword arguments from query parameters under their wire names (the generator renames the
    ones that shadow builtins: ``type`` is ``type_``)."""
    accepted = inspect.signature(operation.build_request).parameters
    arguments: dict[str, Any] = {}
    for name, value in params.items():
        python_name = name if name in accepted else f"{name}_"
        if python_name not in accepted:
            raise TembaInvalidArgument(name, "is not a filter of this listing")
        arguments[python_name] = value
    return arguments


def page_parser(clazz: Any, transformer: Transformer | None) -> Callable[[list[Any]], list[Any]] | None:
    """How a whole page becomes ``clazz`` objects in one call: the generated model's ``from_dicts``; ``None`` (each
    item through ``item_parser``) for a classic-style class or behind a ``transformer``."""
    if transformer is not None:
        return None
    parse: Callable[[list[Any]], list[Any]] | None = getattr(clazz, "from_dicts", None)
    return parse


def item_parser(clazz: Any, transformer: Transformer | None) -> Callable[[Any], Any]:
    """How one listed item becomes a ``clazz``: the generated model's ``from_dict`` (a classic-style ``TembaObject``
    subclass's ``deserialize``), behind the classic ``transformer`` hook when one is set."""
    parse: Callable[[Any], Any] = getattr(clazz, "from_dict", None) or clazz.deserialize
    if transformer is None:
        return parse
    return lambda item: parse(transformer(clazz, item))


class CursorIterator(Generic[T]):
    """Iterates the pages of a query, one request each. ``get_cursor()`` is the cursor of the next page (``None`` at
    the end): pass it to ``iterfetches(resume_cursor=...)`` to continue later. Like the classic iterator, ``url`` is
    the next page's URL as iteration goes on."""

    def __init__(
        self,
        client: Any,
        url: str | None,
        params: dict[str, Any],
        clazz: Any,
        retry_on_rate_exceed: bool,
        resume_cursor: str | None,
        transformer: Transformer | None,
        *,
        query: CursorQuery[T] | None = None,
    ) -> None:
        self.client = client
        self.url = url
        self.params = params
        self.clazz = clazz
        self.retry_on_rate_exceed = retry_on_rate_exceed
        self.resume_cursor = resume_cursor
        self.transformer = transformer
        if query is None:
            query = CursorQuery(client, url or "", params, clazz, transformer)
        self._pages = query._pages(retry_on_rate_exceed, resume_cursor, prefetch=False)

    def __iter__(self) -> CursorIterator[T]:
        return self

    def __next__(self) -> list[T]:
        page = next(self._pages)
        self.url = self._pages.next_url
        self.resume_cursor = None
        self.params = {}
        return page

    def get_cursor(self) -> str | None:
        """The cursor of the next page (from its ``next`` link), to resume the listing later; ``None`` at the end."""
        return cursor_of(self.url)


class _Pages(Generic[T]):
    """A query's pages, with the shape errors of each turned into the service's exception, and the next link."""

    def __init__(self, query: CursorQuery[T], pages: PageIterator[T]) -> None:
        self._query = query
        self._pages = pages

    @property
    def next_url(self) -> str | None:
        token = self._pages.resume_token
        return token if isinstance(token, str) else None

    def __iter__(self) -> Iterator[list[T]]:
        return self

    def __next__(self) -> list[T]:
        with self._query._readable():
            return next(self._pages)


class CursorQuery(Generic[T]):
    """A lazy listing: nothing is fetched until ``first()``, ``all()``, ``iterfetches()``, ``iter()`` or
    ``to_dataframe()`` is called, and each call starts again from the first page.

    ``url`` is the listing's URL and ``params`` its filters (wire names and values, as the classic client keeps
    them); the first page's request is built from the spec by the generated ``list_*`` operation, and every later
    page is the server's ``next`` link, followed only on the client's own host. Objects are ``clazz`` instances,
    each item passed through ``transformer(clazz, item)`` first when one is set.
    """

    def __init__(
        self,
        client: Any,
        url: str | None,
        params: dict[str, Any],
        clazz: Any,
        transformer: Transformer | None = None,
        *,
        operation: Operation | None = None,
        datetime_columns: tuple[str, ...] = DATETIME_COLUMNS,
    ) -> None:
        if operation is None:
            operation = listing_operation(url or "")
        self._operation = operation
        self._arguments = request_arguments(operation, params)
        # Built now, so a filter the spec does not have fails at the get_* call rather than at the first fetch.
        self._first_request = operation.build_request(**self._arguments)
        path = str(self._first_request["url"])
        self._endpoint = path.strip("/").removesuffix(".json")
        self.client = client
        #: The listing's URL (given, or the client's ``root_url`` and the operation's path).
        self.url: str = url if url is not None else client.root_url + path
        self.params = params
        self.clazz = clazz
        self.transformer = transformer
        self._parse = item_parser(clazz, transformer)
        self._parse_page = page_parser(clazz, transformer)
        self._datetime_columns = datetime_columns

    def __repr__(self) -> str:
        return f"CursorQuery({self.url!r}, params={self.params!r})"

    def _paginator(self, retry_on_rate_exceed: bool, resume_cursor: str | None, prefetch: bool) -> Paginator[T]:
        caller = rate_limit_patient(self.client, retry_on_rate_exceed).caller
        first = self._first_request
        if resume_cursor:
            first = self._operation.build_request(**self._arguments, cursor=resume_cursor)
        operation = first["extensions"][OPERATION]

        def fetch(next_url: str | None) -> RawPage:
            # After the first page the server's `next` URL is followed verbatim: it already carries every filter.
            response = caller.send(first) if next_url is None else caller.follow(next_url, operation)
            page = caller.decode(response)
            items = caller.pick(response, page, "results")
            link = caller.pick(response, page, "next")
            if not isinstance(items, list) or not isinstance(link, str | None):
                raise caller.errors.from_bad_body(response, "a page whose results are not a list or next not a link")
            # An empty link ends the listing like null does (rather than asking for the first page again).
            return RawPage(items=items, next_token=link or None)

        return Paginator(fetch, self._parse, prefetch=prefetch, description=self._endpoint, parse_page=self._parse_page)

    def _pages(self, retry_on_rate_exceed: bool, resume_cursor: str | None, prefetch: bool) -> _Pages[T]:
        return _Pages(self, self._paginator(retry_on_rate_exceed, resume_cursor, prefetch).iter_pages())

    @contextlib.contextmanager
    def _readable(self) -> Iterator[None]:
        """Turn a listed object the models cannot read into the service's exception (checked per page, not per
        object: the objects are parsed at full speed and only a failure pays)."""
        try:
            yield
        except DataportsError:
            raise
        except SHAPE_ERRORS as error:
            errors = self.client.service.errors
            problem = f"{type(error).__name__}: {error}"[:PROBLEM_CHARS]
            raise errors.unexpected(
                f"{errors.service_label} listed {self._endpoint} dataports cannot read ({problem})",
                {"method": "GET", "url": str(self.client.http.base_url).rstrip("/") + str(self._first_request["url"])},
            ) from error

    def iterfetches(self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None) -> CursorIterator[T]:
        """Pages one API request at a time; resume a stopped iteration by passing its ``get_cursor()``."""
        return CursorIterator(
            self.client,
            self.url,
            self.params,
            self.clazz,
            retry_on_rate_exceed,
            resume_cursor,
            self.transformer,
            query=self,
        )

    def iter(
        self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None, *, progress: bool = False
    ) -> Iterator[T]:
        """Every matching object, one at a time, fetching the next page in the background."""
        with progress_bar(progress, desc=self._endpoint) as bar:
            for page in self._pages(retry_on_rate_exceed, resume_cursor, prefetch=True):
                yield from page
                bar.update(len(page))

    def all(self, retry_on_rate_exceed: bool = False, *, progress: bool = False) -> list[T]:
        """Every matching object as a list (all pages)."""
        # Fetched in this thread: objects read their fields lazily (well under a microsecond each to build), so
        # there is too little work per page to overlap with the next request, and a prefetch thread's hand-offs and
        # GIL contention cost more than it hides (on loopback, 0.84 of the raw ceiling prefetched against 0.87 in
        # this thread). iter() keeps prefetching: its caller's own work per object is what overlaps there.
        with self._readable():
            return self._paginator(retry_on_rate_exceed, None, prefetch=False).all(progress=progress)

    def first(self, retry_on_rate_exceed: bool = False) -> T | None:
        """The first matching object, or ``None`` (one request)."""
        with self._readable():
            return self._paginator(retry_on_rate_exceed, None, prefetch=False).first()

    def to_dataframe(self, retry_on_rate_exceed: bool = False, *, progress: bool = False) -> pandas.DataFrame:
        """Every matching object as a pandas DataFrame, built from the JSON directly (needs the pandas extra)."""
        require_pandas()  # fail before fetching anything when the extra is missing
        records = self._paginator(retry_on_rate_exceed, None, prefetch=True).all_raw(progress=progress)
        return records_to_dataframe(records, datetime_columns=self._datetime_columns)
