"""Reading data sets: the account's data sets, every page of a data set's rows or of a Data History version, as
a DataFrame typed by the data set's columns or as the API sent them (``data``, ``data/{id}``, ``data/{id}/versions``
and ``data/{id}/v/{version}`` in the spec)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from dataports._core.pagination import Paginator, RawPage, collector_paused

from .columns import apply_types
from .errors import InvalidArgument
from .resource import Resource, as_output, check_id, check_output
from .session import Session

if TYPE_CHECKING:
    import pandas

Rows = list[dict[str, Any]]


class DataReading(Resource):
    """``Data``'s reads: ``get_data``, ``get_data_history`` and the classic ``retrieve_paginated_data``."""

    # --- reading ------------------------------------------------------------------------------------------------
    def get_data(
        self,
        rec_id: int | None = None,
        name: str | None = None,
        unique_key_available: bool | None = None,
        refresh: bool | None = None,
        output: str = "df",
        *,
        progress: bool = False,
    ) -> pandas.DataFrame | Rows:
        """Without ``rec_id``, the account's data sets (filtered by ``name``, whether they have a unique key, and
        whether they can be refreshed); with it, every row of that data set, page after page.

        As a DataFrame (``output="df"``), columns get pandas dtypes from the data set's column types (datetimes,
        numbers, booleans); ``output="dict"`` gives the rows as the API sent them. ``progress`` shows a bar.
        """
        check_output(output)
        if rec_id is None:
            return as_output(self._data_sets(name, unique_key_available, refresh), output)
        rec_id = check_id(rec_id)
        from dataports_api.clicdata.api.data import list_rows

        return self._read(rec_id, lambda page: list_rows.build_request(rec_id, page=page), output, progress)

    def get_data_history(
        self, rec_id: int | None = None, ver_id: int | None = None, output: str = "df", *, progress: bool = False
    ) -> pandas.DataFrame | Rows:
        """Without ``ver_id``, the stored versions of data set ``rec_id`` (each with ``data_rec_id`` added, as the
        classic wrapper did); with it, every row of that version. Needs Data History on the data set."""
        check_output(output)
        if rec_id is None:
            raise InvalidArgument("rec_id", "is required: the RecId of the data set whose history to read")
        rec_id = check_id(rec_id)
        from dataports_api.clicdata.api.data import list_version_rows, list_versions

        if ver_id is None:
            versions = self.session.fetch_records(list_versions.build_request(rec_id), "versions")
            for version in versions:
                version["data_rec_id"] = rec_id
            return as_output(versions, output)
        version_id = check_id(ver_id, "ver_id")
        request_for = partial(list_version_rows.build_request, rec_id, version_id)
        return self._read(rec_id, lambda page: request_for(page=page), output, progress)

    def retrieve_paginated_data(self, suffix: str | None = None) -> Rows:
        """Every row of the paged listing at ``suffix`` (``data/<rec_id>`` or ``data/<rec_id>/v/<ver_id>``), as the
        classic helper; a failed page raises instead of ending the listing early."""
        session = self.session

        def fetch(page: Any) -> RawPage:
            number = page or 1
            response = session.api_call(suffix, "get", params={"page": number})
            return _row_page(session, response, number)

        return Paginator(fetch, lambda row: row).all_raw()

    # --- helpers ------------------------------------------------------------------------------------------------
    def _data_sets(self, name: str | None, unique_key: bool | None, refresh: bool | None) -> Rows:
        from dataports_api.clicdata.api.data import list_data_sets
        from dataports_api.clicdata.types import UNSET

        request = list_data_sets.build_request(
            name=UNSET if name is None else str(name),
            uniquekeyavailable=UNSET if unique_key is None else bool(unique_key),
            refresh=UNSET if refresh is None else bool(refresh),
        )
        return self.session.fetch_records(request, "data")

    def _metadata(self, rec_id: int) -> dict[str, Any] | None:
        return next((found for found in self._data_sets(None, None, None) if found.get("id") == rec_id), None)

    def _read(
        self, rec_id: int, request_for: Callable[[int], Mapping[str, Any]], output: str, progress: bool
    ) -> pandas.DataFrame | Rows:
        """Every row of a paged listing; as a DataFrame, typed by the data set's columns (looked up first: one
        request, so the rows are never held twice while it runs)."""
        if output == "dict":
            return self._pages(request_for, progress)
        found = self._metadata(rec_id)
        rows = self._pages(request_for, progress)
        from dataports._core.dataframe import records_to_dataframe

        columns = found.get("columns") if found else None
        typed = [c for c in columns if isinstance(c, dict)] if isinstance(columns, list) else []
        names = [str(c.get("name")) for c in typed] or None
        if names and rows and not set(rows[0]) <= set(names):
            names = None  # the listing and the rows disagree: keep every column the rows have
        return apply_types(records_to_dataframe(rows, columns=names), typed)

    def _pages(self, request_for: Callable[[int], Mapping[str, Any]], progress: bool) -> Rows:
        session = self.session

        def fetch(page: Any) -> RawPage:
            number = page or 1
            return _row_page(session, session.caller.send(request_for(number)), number)

        # The next page is fetched on a worker thread while this one is decoded (see ``_core.pagination``). Every
        # row is kept, so the cyclic collector would only rescan an ever larger list: it is paused for the listing.
        with collector_paused():
            return Paginator(fetch, lambda row: row, prefetch=True, description="rows").all_raw(progress=progress)


def _row_page(session: Session, response: httpx.Response, number: int) -> RawPage:
    """One page of rows (``{"data": [...], "has_more_data": bool}``); a malformed page is the service's error."""
    caller = session.caller
    body = caller.expect(response, caller.decode(response), dict)
    rows = caller.expect(response, caller.pick(response, body, "data"), list)
    more = caller.pick(response, body, "has_more_data")
    if not isinstance(more, bool) or not set(map(type, rows)) <= {dict}:
        raise session.service.errors.from_bad_body(response, "expected rows and a boolean has_more_data")
    return RawPage(rows, number + 1 if more else None)
