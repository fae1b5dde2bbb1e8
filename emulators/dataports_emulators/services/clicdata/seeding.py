"""Bulk data sets, rows, users and teams for the control API's ``seed`` (tests, benchmarks, the contract test).

* ``data_sets``: ``count`` custom data sets of ``rows`` rows each (``params.rows``, default 0), or, with
  ``params.refreshable``, data sets loaded from a sales source (``params.history`` turns Data History on).
* ``rows``: ``count`` rows appended to the custom data set ``params.rec_id``, typed by its columns.
* ``users``, ``teams``: ``count`` of each (users get the password ``Passw0rd-<n>``).
* ``demo``: a fresh account with the demo workspace (``demo.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from dataports_emulators.core import payloads
from dataports_emulators.core.demo import DEMO_KIND, DemoPlan

from . import demo
from .datasets import Column, DataSet
from .state import ClicDataState
from .wire import api_error

KINDS = ("data_sets", "rows", "users", "teams", DEMO_KIND)
#: Columns of a seeded custom data set: one of each type the API accepts values for.
SEEDED_COLUMNS = (
    Column("id", "rec_id"),
    Column("name", "text"),
    Column("amount", "number"),
    Column("share", "percentage"),
    Column("created", "datetime"),
    Column("day", "date"),
    Column("active", "checkbox"),
    Column("tier", "dropdown"),
)
_START = datetime(2024, 1, 1, 9, 30)


def _value(column: Column, n: int) -> Any:
    kind = column.data_type
    if kind == "rec_id":
        return n
    if kind in ("number", "percentage"):
        return round((n * 7.25) % 1000, 2) if kind == "number" else round((n % 100) / 100, 2)
    if kind == "datetime":
        return (_START + timedelta(minutes=n)).isoformat()
    if kind == "date":
        return (date(2024, 1, 1) + timedelta(days=n % 366)).isoformat()
    if kind == "checkbox":
        return n % 2 == 0
    if column.options:
        return column.options[n % len(column.options)]
    return f"{column.name} {n}" if kind == "text" else ("gold", "silver", "bronze")[n % 3]


def add_rows(data_set: DataSet, count: int) -> None:
    start = len(data_set.rows) + 1
    data_set.replace(
        data_set.rows + [[_value(column, n) for column in data_set.columns] for n in range(start, start + count)]
    )


def seed(state: ClicDataState, kind: str, count: int, params: Mapping[str, Any]) -> dict[str, Any]:
    if kind == DEMO_KIND:
        return demo.build(state, DemoPlan("clicdata", params))
    if kind == "data_sets":
        rows = payloads.integer(params, "rows", 0, minimum=0, maximum=200_000)
        prefix = payloads.text(params, "name") or "Seeded data"
        history = bool(params.get("history"))
        made: list[int] = []
        for number in range(len(state.data_sets) + 1, len(state.data_sets) + count + 1):
            if params.get("refreshable"):
                made.append(state.add_refreshable(f"{prefix} {number}", rows or 100, history=history).id)
                continue
            data_set = state.add_data_set(f"{prefix} {number}", "Seeded custom data", SEEDED_COLUMNS)
            add_rows(data_set, rows)
            made.append(data_set.id)
        return {"ids": made}
    if kind == "rows":
        rec_id = payloads.integer(params, "rec_id")
        if rec_id is None:
            raise payloads.PayloadError("rec_id", "is required: the custom data set to add rows to")
        data_set = state.data_set(rec_id)
        if data_set.source is not None:
            raise api_error(400, f"Data set {rec_id} is refreshable; seed rows into custom data.")
        add_rows(data_set, count)
        return {"rec_id": rec_id, "rows": len(data_set.rows)}
    directory = state.directory
    if kind == "users":
        first = len(directory.users) + 1
        emails = [f"user{n}@example.com" for n in range(first, first + count)]
        users = [
            directory.add_user({"email": e, "first_name": "User", "last_name": str(n), "password": f"Passw0rd-{n}"})
            for n, e in enumerate(emails, first)
        ]
        return {"ids": [user.id for user in users]}
    first = len(directory.teams) + 1
    return {"ids": [directory.add_team({"name": f"Team {n}"}).id for n in range(first, first + count)]}
