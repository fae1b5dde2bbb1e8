"""Reading a project's records: the record stream forwards or backwards (``iter_records``), the latest records as a
DataFrame (``head``) or raw (``sample``) (``/streams/records`` in the spec)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from dataports_api.gretel.api.records import stream_records

from .base import ProjectBase, RequestOptions, as_list
from .errors import GretelArgumentAttributeError

if TYPE_CHECKING:
    import pandas

DIRECTIONS = ("forward", "backward")
#: Pause between polls of a caught-up forward stream (the classic client's pace).
POLL_SECONDS = 0.5
STREAM_PAGE = 200
#: Stream parameters the spec names; others given in ``params=`` are passed through as they are.
_SPEC_PARAMS = ("count", "oldest", "newest", "with_meta", "flatten", "entity_stream")


class _Pages:
    """How one stream asks for its pages: the caller's parameters over the classic defaults, and its headers."""

    def __init__(self, project: str, options: RequestOptions, entity_stream: str | None) -> None:
        params: dict[str, Any] = {"with_meta": "yes", "flatten": "yes", "count": STREAM_PAGE, **options.params}
        if entity_stream is not None:
            params["entity_stream"] = entity_stream  # the named argument wins, as in the classic client
        self.project = project
        self.typed = {key: value for key, value in params.items() if key in _SPEC_PARAMS}
        self.extra = {key: value for key, value in params.items() if key not in _SPEC_PARAMS}
        self.headers = options.headers
        self.count = int(self.typed["count"])

    def request(self, **cursor: str) -> dict[str, Any]:
        request = stream_records.build_request(self.project, **{**self.typed, **cursor})
        request["params"].update(self.extra)
        if self.headers:
            request["headers"] = dict(self.headers)
        return request


class ProjectStream(ProjectBase):
    """A project's record stream: ``iter_records``, ``head``, ``sample``."""

    def iter_records(
        self,
        position: str | None = None,
        post_process: Callable[[dict[str, Any]], Any] | None = None,
        direction: str = "forward",
        record_limit: int = -1,
        wait_for: float = -1,
        entity_stream: str | None = None,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Records as ``{"record", "metadata", "ingest_time"}`` (records flattened to dotted field names, as the
        classic client asked for them; ``params={"flatten": "no"}`` keeps them nested).

        ``forward`` yields oldest to newest from ``position`` (a record id; without one, from the latest page) and
        keeps polling for new records until none arrived for ``wait_for`` seconds (``-1``: forever); ``backward``
        yields newest to oldest and stops at the first record. ``record_limit`` stops after that many records
        (``-1``: no limit); ``entity_stream`` keeps only records holding that entity label; ``post_process`` is
        applied to each record; ``headers=`` / ``params=`` go with every request.
        """
        if direction not in DIRECTIONS:
            raise GretelArgumentAttributeError("direction", f"{direction!r} is not one of {', '.join(DIRECTIONS)}")
        pages = _Pages(self.name, RequestOptions("iter_records", kwargs), entity_stream)
        records = (
            self._forward(pages, position, wait_for) if direction == "forward" else self._backward(pages, position)
        )
        return _limited(records, post_process, record_limit)

    def _page(self, request: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """One page of the stream, newest first, as (record id, record in the classic shape)."""
        caller = self.client.caller
        response = caller.send(request)
        return caller.parse(response, _stream_page, caller.decode(response, "data", "records"))

    def _forward(self, pages: _Pages, last: str | None, wait_for: float) -> Iterator[dict[str, Any]]:
        idle_since = time.monotonic()
        while True:
            page = self._page(pages.request(oldest=last) if last else pages.request())
            fresh = [record for record_id, record in reversed(page) if record_id != last]
            if fresh:
                idle_since = time.monotonic()
                yield from fresh
                last = page[0][0]
                if len(page) >= pages.count:
                    continue  # a full page: more are waiting, no pause
            if wait_for >= 0 and time.monotonic() - idle_since >= wait_for:
                return
            time.sleep(POLL_SECONDS)

    def _backward(self, pages: _Pages, last: str | None) -> Iterator[dict[str, Any]]:
        while True:
            page = self._page(pages.request(newest=last) if last else pages.request())
            fresh = [record for record_id, record in page if record_id != last]
            if not fresh:
                return
            yield from fresh
            last = page[-1][0]

    def _latest(self, n: int, *, with_meta: bool) -> list[dict[str, Any]]:
        """One page of the ``n`` newest records, flattened, as the API sends them."""
        request = (
            stream_records.build_request(self.name, count=n, with_meta="yes", flatten="yes")
            if with_meta
            else stream_records.build_request(self.name, count=n, flatten="yes")
        )
        caller = self.client.caller
        response = caller.send(request)
        return caller.parse(response, as_list, caller.decode(response, "data", "records"))

    def head(self, n: int = 5, as_df: bool | None = None) -> pandas.DataFrame | list[dict[str, Any]]:
        """The ``n`` most recent records, flattened, as a DataFrame (the classic return). Without pandas installed,
        or with ``as_df=False``, the list of records."""
        records = [item["data"] for item in self._latest(n, with_meta=False)]
        if as_df is None:
            try:
                import pandas  # noqa: F401

                as_df = True
            except ImportError:
                as_df = False
        if as_df:
            from dataports._core.dataframe import records_to_dataframe

            return records_to_dataframe(records)
        return records

    def sample(self, n: int = 10) -> list[dict[str, Any]]:
        """The ``n`` most recent records as the API sends them (``id``, ``data`` flattened, ``metadata``,
        ``ingest_time``), newest first."""
        return self._latest(n, with_meta=True)


def _limited(
    records: Iterator[dict[str, Any]], post_process: Callable[[dict[str, Any]], Any] | None, record_limit: int
) -> Iterator[Any]:
    if record_limit == 0:
        return
    for yielded, record in enumerate(records, start=1):
        yield post_process(record) if callable(post_process) else record
        # Checked before the next record is asked for: a forward stream could wait for it forever.
        if yielded == record_limit:
            return


def _stream_page(records: Any) -> list[tuple[str, dict[str, Any]]]:
    return [
        (
            record["id"],
            {"record": record["data"], "metadata": record.get("metadata"), "ingest_time": record["ingest_time"]},
        )
        for record in records
    ]
