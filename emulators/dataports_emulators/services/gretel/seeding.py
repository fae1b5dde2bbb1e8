"""Bulk projects and records for the control API's ``seed`` (benchmarks and read-only endpoints' tests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dataports_emulators.core import payloads
from dataports_emulators.core.demo import DEMO_KIND, DemoPlan

from . import demo
from .samples import sample_records
from .state import Workspace

KINDS = ("projects", "records", DEMO_KIND)
#: Records are ingested in batches of this size, like ``records/send`` calls.
BATCH = 50


def seed(ws: Workspace, kind: str, count: int, params: Mapping[str, Any], owner: str) -> dict[str, Any]:
    """Create ``count`` projects, or ``count`` records in the project ``params["project"]`` (created if needed),
    all owned by ``owner``; or, for ``demo``, the demo projects in a fresh workspace (``demo.py``)."""
    if kind == DEMO_KIND:
        return demo.build(ws, DemoPlan("gretel", params), owner)
    if kind == "projects":
        return {"projects": [ws.create(owner, {}).name for _ in range(count)]}
    name = payloads.text(params, "project") or ""
    mode = payloads.text(params, "detection_mode") or "none"
    project = ws.by_name(name) or ws.create(owner, {"name": name} if name else {})
    source = sample_records("customer-support", min(count, 500))
    for start in range(0, count, BATCH):
        batch = [dict(source[i % len(source)], n=i) for i in range(start, min(start + BATCH, count))]
        project.ingest(batch, mode)
    return {"project": project.name, "records": len(project.records)}
