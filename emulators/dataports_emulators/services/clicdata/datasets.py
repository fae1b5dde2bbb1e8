"""One ClicData data set: typed columns, rows stored as value lists in column order, row writes checked against
the column types (all or nothing, naming the column and row at fault), and Data History versions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from dataports_emulators.core.clock import iso, now
from dataports_emulators.core.errors import ServiceError

from .sources import Source
from .values import normalize, stored_size
from .wire import api_error


@attrs.frozen
class Column:
    name: str
    data_type: str
    #: The allowed texts of a ``dropdown`` column (empty: any text).
    options: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {"name": self.name, "data_type": self.data_type}
        if self.options:
            shown["options"] = list(self.options)
        return shown


@attrs.frozen
class Version:
    """A Data History snapshot, taken after a refresh."""

    id: int
    created: str
    method: str
    rows: tuple[tuple[Any, ...], ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "created": self.created, "method": self.method, "row_count": len(self.rows)}


class DataSet:
    """A data set: custom (static, written through the API) or refreshable from a ``source``."""

    def __init__(
        self,
        rec_id: int,
        name: str,
        description: str,
        columns: Sequence[Column],
        *,
        source: Source | None = None,
        unique_key: Sequence[str] = (),
        history: bool = False,
    ) -> None:
        self.id = rec_id
        self.name = name
        self.description = description
        self.columns = list(columns)
        self.index = {column.name: position for position, column in enumerate(self.columns)}
        self.source = source
        self.unique_key = tuple(unique_key)
        self.history = history
        self.rows: list[list[Any]] = []
        self.versions: list[Version] = []
        self.size_bytes = 0
        self.created = self.modified = iso(now())
        self.last_refresh: str | None = None

    # --- reading ------------------------------------------------------------------------------------------------
    def metadata(self) -> dict[str, Any]:
        """The data set as ``GET data`` lists it."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "type": "custom" if self.source is None else "refreshable",
            "refresh": self.source is not None,
            "uniquekeyavailable": bool(self.unique_key),
            "unique_key": list(self.unique_key),
            "data_history": self.history,
            "row_count": len(self.rows),
            "columns": [column.as_json() for column in self.columns],
            "created": self.created,
            "modified": self.modified,
            "last_refresh": self.last_refresh,
        }

    def page(self, rows: Sequence[Sequence[Any]], page: int, size: int) -> dict[str, Any]:
        """Page ``page`` (from 1) of ``rows`` (this data set's, or a version's) as the API answers it."""
        names = [column.name for column in self.columns]
        start = (page - 1) * size
        chosen = rows[start : start + size]
        return {
            "data": [dict(zip(names, row, strict=False)) for row in chosen],
            "has_more_data": start + size < len(rows),
        }

    # --- writing ------------------------------------------------------------------------------------------------
    def _cells(self, cells: Iterable[Mapping[str, Any]], row: int | None) -> dict[int, Any]:
        """Column position -> stored value for ``cells``; a refusal names the column (and ``row``)."""
        found: dict[int, Any] = {}
        for cell in cells:
            name = cell["column"]
            position = self.index.get(name)
            if position is None:
                raise api_error(
                    400, f"Unknown column {name!r} in data set {self.id}.", code="UnknownColumn", column=name, row=row
                )
            if position in found:
                raise api_error(400, f"Column {name!r} is given twice.", code="DuplicateColumn", column=name, row=row)
            found[position] = self._value(position, cell["value"], row)
        return found

    def _value(self, position: int, value: Any, row: int | None) -> Any:
        column = self.columns[position]
        try:
            stored = normalize(column.data_type, value)
        except ServiceError as refused:
            # The row is in the body's ``row`` field; the description stays the same for every row.
            raise api_error(
                400,
                f"Column {column.name!r} ({column.data_type}): {refused.message}.",
                code="InvalidValue",
                column=column.name,
                row=row,
            ) from None
        if column.options and stored is not None and stored not in column.options:
            raise api_error(
                400,
                f"Column {column.name!r} (dropdown): {stored[:40]!r} is not one of its options.",
                code="InvalidValue",
                column=column.name,
                row=row,
            )
        return stored

    def append(self, rows: Sequence[Sequence[Mapping[str, Any]]]) -> int:
        """Add ``rows`` (lists of ``{"column", "value"}`` cells), all or none; returns how many were added."""
        width = len(self.columns)
        prepared: list[list[Any]] = []
        for number, cells in enumerate(rows):
            values: list[Any] = [None] * width
            for position, value in self._cells(cells, number).items():
                values[position] = value
            prepared.append(values)
        self.rows.extend(prepared)
        self.size_bytes += sum(_row_size(values) for values in prepared)
        self._touch()
        return len(prepared)

    def matches(self, find: Sequence[Mapping[str, Any]], multiple_rows: str) -> list[int]:
        """Positions of the rows equal to every ``find`` cell: all of them, or only the first."""
        conditions = list(self._cells(find, None).items())
        found: list[int] = []
        for position, values in enumerate(self.rows):
            if all(values[column] == wanted for column, wanted in conditions):
                found.append(position)
                if multiple_rows == "first":
                    break
        return found

    def delete(self, find: Sequence[Mapping[str, Any]], multiple_rows: str) -> int:
        """Delete the matching rows; returns how many."""
        doomed = set(self.matches(find, multiple_rows))
        if doomed:
            self.rows = [values for position, values in enumerate(self.rows) if position not in doomed]
            self.size_bytes = sum(_row_size(values) for values in self.rows)
            self._touch()
        return len(doomed)

    def update(self, find: Sequence[Mapping[str, Any]], data: Sequence[Mapping[str, Any]], multiple_rows: str) -> int:
        """Set the ``data`` cells in the matching rows; returns how many rows."""
        changes = self._cells(data, None)
        targets = self.matches(find, multiple_rows)
        for position in targets:
            for column, value in changes.items():
                self.rows[position][column] = value
        if targets:
            self.size_bytes = sum(_row_size(values) for values in self.rows)
            self._touch()
        return len(targets)

    def replace(self, rows: list[list[Any]]) -> None:
        """Make ``rows`` (already in stored form) the data set's rows."""
        self.rows = rows
        self.size_bytes = sum(_row_size(values) for values in rows)
        self._touch()

    def snapshot(self, method: str) -> None:
        """Keep the current rows as a Data History version (only when Data History is on)."""
        if self.history:
            rows = tuple(tuple(values) for values in self.rows)
            self.versions.append(Version(len(self.versions) + 1, iso(now()), method, rows))

    def version(self, version_id: int) -> Version:
        for version in self.versions:
            if version.id == version_id:
                return version
        raise api_error(404, f"Data set {self.id} has no version {version_id}.")

    def _touch(self) -> None:
        self.modified = iso(now())


def _row_size(values: Sequence[Any]) -> int:
    return sum(stored_size(value) for value in values)
