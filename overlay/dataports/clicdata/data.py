"""The classic ``clicdata_api_wrapper.data`` module: ``Data``, for data sets, their rows, Data History and refreshes
(``data*`` in the spec).

``from dataports.clicdata.data import Data`` replaces ``from clicdata_api_wrapper.data import Data``. Where the
classic wrapper did not do what its README says, this does what the README says: ``get_data_history`` lists
versions (the wrapper called the API without a method and raised), ``create_and_append``/``static_send_data``
return the new RecId and the append's outcome (the wrapper called ``.text`` on a string), and ``delete_data`` sends
its filters (the wrapper dropped them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sized
from typing import TYPE_CHECKING, Any, cast

from .appending import (
    DEFAULT_CHUNK_ROWS,
    DEFAULT_CONCURRENCY,
    MAX_CHUNK_ROWS,
    AppendSummary,
    append_rows,
)
from .base import CreatedId
from .columns import column_definitions, frame_types
from .errors import InvalidArgument, InvalidRecId
from .reading import DataReading
from .resource import check_id
from .rows import frame_rows, plain, records_rows

if TYPE_CHECKING:
    import pandas
    from dataports_api.clicdata.models.refresh_method import RefreshMethod

REFRESH_METHODS = ("reload", "recreate", "update", "updateappend", "append")
"""The ``method`` values ``Data.rebuild_data`` accepts, checked before any request."""
MULTIPLE_ROWS = ("all", "first")
"""The ``multiple_rows`` values ``Data.delete_data`` and ``Data.update_data`` accept."""


def _is_frame(value: Any) -> bool:
    return hasattr(value, "iloc") and hasattr(value, "columns") and hasattr(value, "dtypes")


class Data(DataReading):
    """Data sets: list them, read their rows (every page), create them, append, refresh and delete rows."""

    # --- writing ------------------------------------------------------------------------------------------------
    def create_data(
        self, name: str | None = None, description: str = "", cols: Mapping[Any, Any] | None = None
    ) -> CreatedId:
        """Create an empty custom data set; ``cols`` maps column names to ClicData types, pandas dtypes
        (``dataframe.dtypes``) or Python types. Returns the new RecId (an ``int`` whose ``.text`` is the API's
        answer, for classic code reading ``int(response.text)``)."""
        if not isinstance(name, str) or not name.strip():
            raise InvalidArgument("name", "is required: a name for the data set, unique in the account")
        if cols is None:
            raise InvalidArgument("cols", "is required: a dict of column name -> type")
        from dataports_api.clicdata.api.data import create_data_set
        from dataports_api.clicdata.models import DataSetCreate

        columns = [{"name": column, "data_type": kind} for column, kind in column_definitions(cols)]
        body = DataSetCreate.from_dict({"name": name, "description": description or "", "columns": columns})
        return self.session.create(create_data_set.build_request(body=body))

    def append_data(
        self,
        rec_id: int | None = None,
        data: pandas.DataFrame | Iterable[Mapping[str, Any]] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_ROWS,
        concurrency: int = DEFAULT_CONCURRENCY,
        progress: bool = True,
    ) -> AppendSummary:
        """Append ``data`` (a DataFrame, or an iterable of ``{column: value}`` rows) to data set ``rec_id``, in
        chunks of ``chunk_size`` rows on ``concurrency`` threads, with a progress bar.

        Returns an ``AppendSummary`` accounting for every row (appended, rejected with the API's reason, or
        failed with its chunk's error); ``str(summary)`` says it in a few lines.
        """
        rec_id = check_id(rec_id)
        if data is None or isinstance(data, str | bytes | Mapping):
            raise InvalidArgument("data", "must be a pandas DataFrame or an iterable of {column: value} rows")
        if not 1 <= chunk_size <= MAX_CHUNK_ROWS:
            raise InvalidArgument("chunk_size", f"must be between 1 and {MAX_CHUNK_ROWS}, got {chunk_size}")
        if concurrency < 1:
            raise InvalidArgument("concurrency", f"must be at least 1, got {concurrency}")
        total: int | None
        if _is_frame(data):
            frame = cast("pandas.DataFrame", data)
            self._check_columns(rec_id, [str(name) for name in frame.columns])
            rows, total = frame_rows(frame), len(frame)
        else:
            records = cast("Iterable[Mapping[str, Any]]", data)
            rows = records_rows(records)
            total = len(records) if isinstance(records, Sized) else None
        return append_rows(
            self.session, rec_id, rows, chunk_size=chunk_size, concurrency=concurrency, progress=progress, total=total
        )

    def create_and_append(
        self, name: str | None = None, description: str = "", data: pandas.DataFrame | None = None, **options: Any
    ) -> dict[str, Any]:
        """Create a custom data set shaped like the DataFrame ``data`` and append its rows. Returns
        ``{"rec_id", "status", "summary"}``: the new RecId, a one-line account and the ``AppendSummary``.
        ``options`` are ``append_data``'s (``chunk_size``, ``concurrency``, ``progress``)."""
        if data is None or not _is_frame(data):
            raise InvalidArgument("data", "is required: the pandas DataFrame to upload")
        rec_id = int(self.create_data(name=name, description=description, cols=frame_types(data)))
        summary = self.append_data(rec_id, data, **options)
        return {"rec_id": rec_id, "status": summary.text, "summary": summary}

    def static_send_data(
        self, name: str | None = None, desc: str = "", data: pandas.DataFrame | None = None, **options: Any
    ) -> dict[str, Any]:
        """The README's name for ``create_and_append`` (``desc`` is the description)."""
        return self.create_and_append(name=name, description=desc, data=data, **options)

    def rebuild_data(self, rec_id: int | None = None, method: str = "reload") -> str:
        """Refresh data set ``rec_id`` from its source with ``method`` (``reload``, ``recreate``, ``update``,
        ``updateappend`` or ``append``); returns the API's message."""
        rec_id = check_id(rec_id)
        if method not in REFRESH_METHODS:
            raise InvalidArgument("method", f"{method!r} is not one of {', '.join(REFRESH_METHODS)}")
        from dataports_api.clicdata.api.data import refresh_data_set

        return self.session.send_text(refresh_data_set.build_request(rec_id, cast("RefreshMethod", method)))

    def delete_data(
        self, rec_id: int | None = None, filters: Mapping[str, Any] | None = None, multiple_rows: str = "all"
    ) -> str:
        """Delete the rows of data set ``rec_id`` whose columns equal every ``filters`` value: all of them
        (``multiple_rows="all"``) or the first (``"first"``). Returns the API's message."""
        rec_id = check_id(rec_id)
        find = _cells(filters, "filters")
        multiple = _multiple_rows(multiple_rows)
        from dataports_api.clicdata.api.data import delete_rows
        from dataports_api.clicdata.models import RowsDelete

        body = RowsDelete.from_dict({"multiplerows": multiple, "find": find})
        return self.session.send_text(delete_rows.build_request(rec_id, body=body))

    def update_data(
        self,
        rec_id: int | None = None,
        filters: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        multiple_rows: str = "all",
    ) -> str:
        """Set ``values`` (column -> value) in the rows of data set ``rec_id`` matching ``filters`` (the README's
        planned "Update Data"). Returns the API's message."""
        rec_id = check_id(rec_id)
        find, data = _cells(filters, "filters"), _cells(values, "values")
        multiple = _multiple_rows(multiple_rows)
        from dataports_api.clicdata.api.data import update_rows
        from dataports_api.clicdata.models import RowsUpdate

        body = RowsUpdate.from_dict({"multiplerows": multiple, "find": find, "data": data})
        return self.session.send_text(update_rows.build_request(rec_id, body=body))

    # --- helpers ------------------------------------------------------------------------------------------------
    def _check_columns(self, rec_id: int, names: list[str]) -> None:
        """Before appending a DataFrame: the data set exists and has its columns (when the API lists them)."""
        found = self._metadata(rec_id)
        if found is None:
            raise InvalidRecId(f"no data set with RecId {rec_id} in the account", status_code=404)
        columns = found.get("columns")
        if isinstance(columns, list) and columns:
            known = {column.get("name") for column in columns if isinstance(column, dict)}
            unknown = [name for name in names if name not in known]
            if unknown:
                raise InvalidArgument(
                    "data",
                    f"columns {unknown} are not columns of data set {rec_id} (its columns: {sorted(map(str, known))})",
                )


def _cells(values: Mapping[str, Any] | None, argument: str) -> list[dict[str, Any]]:
    if not isinstance(values, Mapping) or not values:
        raise InvalidArgument(argument, "must be a non-empty dict of column name -> value")
    cells = []
    for column, value in values.items():
        converted = plain(value)
        if not (converted is None or isinstance(converted, str | bool | int | float)):
            raise InvalidArgument(argument, f"the value for column {str(column)!r} cannot be sent to ClicData")
        cells.append({"column": str(column), "value": converted})
    return cells


def _multiple_rows(value: str) -> str:
    if value not in MULTIPLE_ROWS:
        raise InvalidArgument("multiple_rows", f"{value!r} is not one of {', '.join(MULTIPLE_ROWS)}")
    return value
