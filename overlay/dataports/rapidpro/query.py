"""``CursorQuery``: the lazy result of every ``get_*`` call, paging through ``next`` links 250 objects at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

from dataports._core.dataframe import records_to_dataframe, require_pandas
from dataports._core.pagination import Paginator, RawPage
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
    ``to_dataframe()`` is called, and each call starts again from the first page."""

    def __init__(
        self,
        client: ServiceClient[Any],
        endpoint: str,
        params: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        datetime_columns: tuple[str, ...] = (),
    ) -> None:
        self._client = client
        self._endpoint = endpoint
        self._params = params
        self._parse = parse
        self._datetime_columns = datetime_columns

    def __repr__(self) -> str:
        return f"CursorQuery({self._endpoint!r}, params={self._params!r})"

    def _paginator(self, retry_on_rate_exceed: bool, resume_cursor: str | None, prefetch: bool) -> Paginator[T]:
        caller = rate_limit_patient(self._client, retry_on_rate_exceed).caller
        first_params = dict(self._params)
        if resume_cursor:
            first_params["cursor"] = resume_cursor
        path = f"/{self._endpoint}.json"

        def fetch(next_url: str | None) -> RawPage:
            # After the first page the server's `next` URL is followed verbatim: it already carries every filter.
            if next_url:
                response = caller.follow(next_url, self._endpoint)
            else:
                response = caller.http.get(path, params=first_params)
            page = caller.decode(response)
            return RawPage(items=caller.pick(response, page, "results"), next_token=caller.pick(response, page, "next"))

        return Paginator(fetch, self._parse, prefetch=prefetch, description=self._endpoint)

    def iterfetches(self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None) -> CursorIterator[T]:
        """Pages one API request at a time; resume a stopped iteration by passing its ``get_cursor()``."""
        pages = self._paginator(retry_on_rate_exceed, resume_cursor, prefetch=False).iter_pages()
        return CursorIterator(pages, lambda: cursor_of(pages.resume_token))

    def iter(
        self, retry_on_rate_exceed: bool = False, resume_cursor: str | None = None, *, progress: bool = False
    ) -> Iterator[T]:
        """Every matching object, one at a time, fetching the next page in the background."""
        pages = self._paginator(retry_on_rate_exceed, resume_cursor, prefetch=True).iter_pages()
        with progress_bar(progress, desc=self._endpoint) as bar:
            for page in pages:
                yield from page
                bar.update(len(page))

    def all(self, retry_on_rate_exceed: bool = False, *, progress: bool = False) -> list[T]:
        """Every matching object as a list (all pages)."""
        return self._paginator(retry_on_rate_exceed, None, prefetch=True).all(progress=progress)

    def first(self, retry_on_rate_exceed: bool = False) -> T | None:
        """The first matching object, or ``None`` (one request)."""
        return self._paginator(retry_on_rate_exceed, None, prefetch=False).first()

    def to_dataframe(self, retry_on_rate_exceed: bool = False, *, progress: bool = False) -> pandas.DataFrame:
        """Every matching object as a pandas DataFrame, built from the JSON directly (needs the pandas extra)."""
        require_pandas()  # fail before fetching anything when the extra is missing
        records = self._paginator(retry_on_rate_exceed, None, prefetch=True).all_raw(progress=progress)
        return records_to_dataframe(records, datetime_columns=self._datetime_columns)
