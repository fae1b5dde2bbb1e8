"""Refreshing a data set from its source with one of ClicData's methods, keeping a Data History version of each.

``reload`` (also spelt ``rebuild``) and ``recreate`` replace the rows with the source's; ``update`` changes the
rows whose unique key the source also has; ``updateappend`` does that and adds the source's new keys; ``append``
adds every source row again. The source moves on one revision per refresh (see ``sources``).
"""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.clock import iso, now

from .datasets import Column, DataSet
from .sources import SALES_COLUMNS
from .wire import api_error

METHODS = ("reload", "rebuild", "recreate", "update", "updateappend", "append")


def refresh(data_set: DataSet, method: str) -> str:
    """Refresh ``data_set`` with ``method``; returns the service's message."""
    if method not in METHODS:
        raise api_error(404, f"No refresh method {method[:40]!r}; use one of {', '.join(METHODS)}.")
    source = data_set.source
    if source is None:
        raise api_error(
            400,
            f"Data set {data_set.id} is custom (static) data: it has no source to refresh from.",
            code="NoSource",
        )
    if method in ("update", "updateappend") and not data_set.unique_key:
        raise api_error(
            400, f"Data set {data_set.id} has no unique key, which {method} needs.", code="UniqueKeyRequired"
        )
    source.advance()
    incoming = source.rows()
    before = len(data_set.rows)
    if method in ("reload", "rebuild"):
        data_set.replace(incoming)
        outcome = f"{len(incoming)} rows"
    elif method == "recreate":
        # The structure comes from the source again too (a column dropped or added there shows up here).
        data_set.columns = [Column(name, kind) for name, kind in SALES_COLUMNS]
        data_set.index = {column.name: position for position, column in enumerate(data_set.columns)}
        data_set.replace(incoming)
        outcome = f"{len(incoming)} rows"
    elif method == "append":
        data_set.replace(data_set.rows + incoming)
        outcome = f"{len(incoming)} rows appended ({before} before)"
    else:
        updated, added = _merge(data_set, incoming, append_new=method == "updateappend")
        outcome = f"{updated} rows updated, {added} appended"
    data_set.last_refresh = iso(now())
    data_set.snapshot(method)
    return f"Data set {data_set.id} refreshed with {method}: {outcome}."


def _merge(data_set: DataSet, incoming: list[list[Any]], *, append_new: bool) -> tuple[int, int]:
    key_columns = [data_set.index[name] for name in data_set.unique_key]
    positions = {tuple(row[c] for c in key_columns): p for p, row in enumerate(data_set.rows)}
    rows = [list(row) for row in data_set.rows]
    updated = added = 0
    for row in incoming:
        position = positions.get(tuple(row[c] for c in key_columns))
        if position is not None:
            rows[position] = list(row)
            updated += 1
        elif append_new:
            rows.append(list(row))
            added += 1
    data_set.replace(rows)
    return updated, added
