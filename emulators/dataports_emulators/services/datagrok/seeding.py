"""Bulk tables, files and groups for the control API's ``seed`` (benchmarks, contract tests, large listings)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from dataports_emulators.core import payloads
from dataports_emulators.core.demo import DEMO_KIND, DemoPlan

from . import demo
from .state import DatagrokState

KINDS = ("tables", "files", "groups", DEMO_KIND)


def seed(state: DatagrokState, kind: str, count: int, params: Mapping[str, Any]) -> dict[str, Any]:
    """``count`` tables (``params.rows`` rows each, typed columns), files (``params.connector``, ``params.folder``,
    ``params.size`` bytes each, spread over ``params.fanout`` subfolders) or groups (the current user a member);
    ``demo`` fills a fresh state with the demo deployment (``demo.py``)."""
    if kind == DEMO_KIND:
        return demo.build(state, DemoPlan("datagrok", params))
    rng = random.Random(payloads.integer(params, "seed", 0, minimum=0))
    if kind == "tables":
        rows = payloads.integer(params, "rows", 100, minimum=0, maximum=10_000_000)
        prefix = payloads.text(params, "prefix") or "Demo.Seeded.Table"
        return {"tables": [state.tables.store_bytes(f"{prefix}{i}", _csv(rows, rng)).id for i in range(count)]}
    if kind == "files":
        connector = state.connections.find(payloads.text(params, "connector") or "System.AppData")
        folder = (payloads.text(params, "folder") or "seeded").strip("/")
        size = payloads.integer(params, "size", 1024, minimum=0, maximum=64 * 1024 * 1024)
        fanout = payloads.integer(params, "fanout", 10, minimum=1, maximum=10_000)
        block = rng.randbytes(size)
        paths = []
        for i in range(count):
            relative = f"{folder}/d{i % fanout:03d}/file{i:05d}.bin" if folder else f"d{i % fanout:03d}/file{i:05d}.bin"
            # Each file differs from the others (its own header), so every ETag is its own.
            connector.put_bytes(relative, f"{relative}\n".encode() + block[: max(size - len(relative) - 1, 0)])
            paths.append(relative)
        return {"connector": connector.rest_name, "files": len(paths)}
    directory = state.directory
    me = directory.users[directory.current]
    made = []
    for i in range(count):
        group = directory.add_group(f"Seeded group {len(directory.groups)}-{i}", description="seeded")
        directory.relate(group.id, me.group_id)
        made.append(group.id)
    return {"groups": made}


def _csv(rows: int, rng: random.Random) -> bytes:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    lines = ["id,value,label,flag,when"]
    for i in range(rows):
        moment = (start + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S")
        lines.append(f"{i},{rng.random():.6f},item-{i},{'True' if i % 2 else 'False'},{moment}")
    return ("\n".join(lines) + "\n").encode()
