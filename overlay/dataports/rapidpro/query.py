"""``CursorQuery``: the lazy result of every ``get_*`` call, paging through ``next`` links 250 objects at a time."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from dataports._core.calls import OPERATION
from dataports._core.dataframe import records_to_dataframe, require_pandas
from dataports._core.errors import DataportsError
from dataports._core.pagination import PageIterator, Paginator, RawPage
from dataports._core.progress import progress_bar

if TYPE_CHECKING:
    import pandas

    from dataports._core.service_client import ServiceClient

T = TypeVar("T")
C = TypeVar("C", bound="ServiceClient[Any]")

#: The classic client retries a rate-limited call this many times when asked to.
RATE_LIMIT_RETRIES = 5
#: Wait at most an hour (the server's throttling window) when the server asks us to slow down.
MAX_RATE_LIMIT_WAIT = 3600.0
#: What a model raises for a listed object of the wrong shape: a missing key, a wrong type, an unreadable date.
SHAPE_ERRORS = (KeyError, IndexError, TypeError, ValueError, AttributeError)
#: How much of such an error's text a message quotes (it may quote the hostile value).
PROBLEM_CHARS = 200


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


class CursorIterator(Generic[T]):
    """Iterates the pages of a query. ``get_cursor()`` is the cursor of the page after the last one yielded."""

    def __init__(self, pages: Iterator[list[T]], cursor: Callable[[], str | None]) -> None:
        self._pages = pages
        self._cursor = cursor

    def __iter__(self) -> CursorIterator[T]:
        return self

    def __next__(self) -> list[T]:
        return next(self._pages)

    def get_cursor(self) -> str | None:
        return self._cursor()


class CursorQuery(Generic[T]):
    """A lazy listing: nothing is fetched until ``first()``, ``all()``, ``iterfetches()``, ``iter()`` or
    ``to_dataframe()`` is called, and each call starts again from the first page.

    The first page's request comes from the generated ``operation`` with ``params`` (spec parameter names, values
    already in wire form); every later page is the server's ``next`` link, followed only on the client's own host.
    """

    def __init__(
        self,
        client: ServiceClient[Any],
        operation: Operation,
        params: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        datetime_columns: tuple[str, ...] = (),
    ) -> None:
        self._client = client
        self._operation = operation
        self._params = params
        self._parse = parse
        self._datetime_columns = datetime_columns
        # Built now, so a filter the spec does not have fails at the get_* call rather than at the first fetch.
        self._first_request = operation.build_request(**params)
        self._endpoint = str(self._first_request["url"]).strip("/").removesuffix(".json")

    def __repr__(self) -> str:
        return f"CursorQuery({self._endpoint!r}, params={self._params!r})"

    def _paginator(self, retry_on_rate_exceed: bool, resume_cursor: str | None, prefetch: bool) -> Paginator[T]:
        caller = rate_limit_patient(self._client, retry_on_rate_exceed).caller
        first = self._first_request
        if resume_cursor:
            first = self._operation.build_request(**self._params, cursor=resume_cursor)
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

        return Paginator(fetch, self._parse, prefetch=prefetch, description=self._endpoint)

    @contextlib.contextmanager
    def _readable(self) -> Iterator[None]:
        """Turn a listed object the models cannot read into the service's exception (checked per page, not per
        object: the objects are parsed at full speed and only a failure pays)."""
        try:
            yield
        except DataportsError:
            raise
        except SHAPE_ERRORS as error:
            errors = self._client.service.errors
            problem = f"{type(error).__name__}: {error}"[:PROBLEM_CHARS]
            raise errors.unexpected(
                f"{errors.service_label} listed {self._endpoint} dataports cannot read ({problem})",
                {"method": "GET", "url": str(self._client.http.base_url).rstrip("/") + str(self._first_request["url"])},
            ) from error

    def _checked(self, pages: PageIterator[T]) -> Iterator[list[T]]:
        while True:
            with self._readable():
                page = next(pages, None)
            if page is None:
                return
            yield page

    def iterfetches(self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None) -> CursorIterator[T]:
        """Pages one API request at a time; resume a stopped iteration by passing its ``get_cursor()``."""
        pages = self._paginator(retry_on_rate_exceed, resume_cursor, prefetch=False).iter_pages()
        return CursorIterator(self._checked(pages), lambda: cursor_of(pages.resume_token))

    def iter(
        self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None, *, progress: bool = False
    ) -> Iterator[T]:
        """Every matching object, one at a time, fetching the next page in the background."""
        pages = self._paginator(retry_on_rate_exceed, resume_cursor, prefetch=True).iter_pages()
        with progress_bar(progress, desc=self._endpoint) as bar:
            for page in self._checked(pages):
                yield from page
                bar.update(len(page))

    def all(self, retry_on_rate_exceed: bool = False, *, progress: bool = False) -> list[T]:
        """Every matching object as a list (all pages)."""
        with self._readable():
            return self._paginator(retry_on_rate_exceed, None, prefetch=True).all(progress=progress)

    def first(self, retry_on_rate_exceed: bool = False) -> T | None:
        """The first matching object, or ``None`` (one request)."""
        with self._readable():
            return self._paginator(retry_on_rate_exceed, None, prefetch=False).first()

    def to_dataframe(self, retry_on_rate_exceed: bool = False, *, progress: bool = False) -> pandas.DataFrame:
        """Every matching object as a pandas DataFrame, built from the JSON directly (needs the pandas extra)."""
        require_pandas()  # fail before fetching anything when the extra is missing
        records = self._paginator(retry_on_rate_exceed, None, prefetch=True).all_raw(progress=progress)
        return records_to_dataframe(records, datetime_columns=self._datetime_columns)
