"""Tables: CSV kept on disk as uploaded (so a round trip returns exactly what was sent), with the column types
inferred from the data, addressable by ID and by ``Namespace.Project.Table`` name (a name with a project adds the
table to that project)."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import attrs

from dataports_emulators.core.clock import new_uuid
from dataports_emulators.core.errors import ServiceError

from .wire import checked_name, identifier, timestamp

#: Rows looked at to infer each column's type (a prefix keeps uploads of millions of rows fast).
TYPE_SAMPLE_ROWS = 1000
_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$", re.IGNORECASE)
_BOOL = {"true", "false"}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")


@attrs.define
class Column:
    name: str
    type: str


@attrs.define
class Table:
    id: str
    name: str
    namespace: str
    project: str | None
    path: Path
    columns: list[Column]
    row_count: int
    created_on: str
    updated_on: str
    shares: dict[str, str] = attrs.field(factory=dict)

    def identifiers(self) -> dict[str, object]:
        """What an upload answers: the ID callers read, and the names the table can be found by."""
        return {
            "ID": self.id,
            "name": self.name,
            "namespace": self.namespace,
            "project": self.project,
            "rowCount": self.row_count,
            "columns": [{"name": c.name, "type": c.type} for c in self.columns],
        }


def _value_type(text: str) -> str | None:
    if text == "":
        return None
    if _INT.match(text):
        return "int"
    if _FLOAT.match(text):
        return "double"
    if text.lower() in _BOOL:
        return "bool"
    if _DATETIME.match(text):
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
            return "datetime"
        except ValueError:
            return "string"
    return "string"


def _merge(current: str | None, seen: str | None) -> str | None:
    if seen is None or current == seen:
        return current
    if current is None:
        return seen
    if {current, seen} == {"int", "double"}:
        return "double"
    return "string"


def inspect_csv(path: Path) -> tuple[list[Column], int]:
    """The columns (names and inferred types) and row count of the CSV at ``path``; a 400 for an invalid CSV:
    not UTF-8, no header, duplicate or empty column names, or a row whose field count differs from the header's."""
    try:
        with path.open("r", encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if not header or header == [""]:
                raise ServiceError(400, "Invalid CSV: the body has no header row")
            if len(set(header)) != len(header) or any(not name.strip() for name in header):
                raise ServiceError(400, "Invalid CSV: column names must be unique and non-empty")
            width = len(header)
            types: list[str | None] = [None] * width
            rows = 0
            for row in reader:
                if len(row) != width:
                    if not row:
                        continue  # a blank line
                    raise ServiceError(
                        400, f"Invalid CSV: line {reader.line_num} has {len(row)} fields, the header has {width}"
                    )
                if rows < TYPE_SAMPLE_ROWS:
                    types = [_merge(t, _value_type(v)) for t, v in zip(types, row, strict=True)]
                rows += 1
    except UnicodeDecodeError:
        raise ServiceError(400, "Invalid CSV: the body is not UTF-8 text") from None
    except csv.Error as exc:
        raise ServiceError(400, f"Invalid CSV: {exc}") from None
    return [Column(name, kind or "string") for name, kind in zip(header, types, strict=True)], rows


def split_name(name: str, default_namespace: str) -> tuple[str, str | None, str]:
    """``(namespace, project, table)`` of a REST-form table name: ``Table``, ``Ns.Table`` or ``Ns.Project.Table``."""
    parts = checked_name(name, "Table")
    if len(parts) == 1:
        return default_namespace, None, parts[0]
    if len(parts) == 2:
        return parts[0], None, parts[1]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    raise ServiceError(400, f"Invalid table name {name!r}: expected Table, Namespace.Table or Namespace.Project.Table")


class TableStore:
    """Every table, by ID and by name key (``ns.table`` and ``ns.project.table``, case-insensitive)."""

    def __init__(self, root: Path, default_namespace: str) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.default_namespace = default_namespace
        self.by_id: dict[str, Table] = {}
        self.by_key: dict[str, str] = {}

    def _keys(self, namespace: str, project: str | None, table: str) -> list[str]:
        keys = [f"{namespace}.{table}".lower()]
        if project:
            keys.append(f"{namespace}.{project}.{table}".lower())
        return keys

    def find(self, name_or_id: str) -> Table:
        """A table by ID or REST-form name; a 404 when there is none."""
        key = identifier(name_or_id, "Table")
        found = self.by_id.get(key)
        if found is None:
            namespace, project, table = split_name(key, self.default_namespace)
            table_id = self.by_key.get(self._keys(namespace, project, table)[-1])
            found = self.by_id.get(table_id) if table_id else None
        if found is None:
            raise ServiceError(404, f"Table {name_or_id!r} not found")
        return found

    def store(self, name: str, upload: Path, columns: list[Column], rows: int) -> Table:
        """Keep the uploaded CSV under ``name``: a new table, or new data for the table of that name."""
        namespace, project, table = split_name(name, self.default_namespace)
        keys = self._keys(namespace, project, table)
        existing_id = self.by_key.get(keys[-1])
        moment = timestamp()
        if existing_id is not None and existing_id in self.by_id:
            found = self.by_id[existing_id]
            os.replace(upload, found.path)
            found.columns, found.row_count, found.updated_on = columns, rows, moment
            return found
        table_id = new_uuid()
        target = self.root / f"{table_id}.csv"
        os.replace(upload, target)
        found = Table(table_id, table, namespace, project, target, columns, rows, moment, moment)
        self.by_id[table_id] = found
        for key in keys:
            self.by_key[key] = table_id
        return found

    def store_bytes(self, name: str, content: bytes) -> Table:
        """A table from CSV bytes (seeding)."""
        spool = self.root / f"seed-{new_uuid()}.csv"
        spool.write_bytes(content)
        columns, rows = inspect_csv(spool)
        return self.store(name, spool, columns, rows)

    def __iter__(self) -> Iterator[Table]:
        return iter(list(self.by_id.values()))
