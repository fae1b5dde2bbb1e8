"""Bulk-create synthetic data, jobs and analytics for tests, demos and benchmarks (``POST /_emulator/seed``).

Files written for a seed that then fails are removed again, so a failed seed leaves nothing behind on disk either.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from dataports_emulators.core import payloads
from dataports_emulators.core.clock import now
from dataports_emulators.core.demo import DEMO_KIND, DemoPlan

from . import demo
from .catalogue import Analytic
from .job_requests import FAIL_SWITCH, check_job_request
from .state import Voxel51State
from .storage import DataItem

KINDS = ("analytics", "data", "jobs", DEMO_KIND)
JOB_STATES = ("READY", "QUEUED", "SCHEDULED", "RUNNING", "COMPLETE", "FAILED")


def _int(params: Mapping[str, Any], name: str, default: int) -> int:
    return payloads.integer(params, name, default, minimum=0)


def _str(params: Mapping[str, Any], name: str, default: str) -> str:
    return payloads.text(params, name) or default


def _content(label: str, size: int) -> bytes:
    """Distinct, reproducible bytes per item, so seeded jobs get distinct, reproducible outputs."""
    block = hashlib.sha256(label.encode()).digest()
    return (block * (size // len(block) + 1))[:size]


def _seed_data(state: Voxel51State, count: int, params: Mapping[str, Any], written: list[Path]) -> list[DataItem]:
    size = _int(params, "size", 256)
    prefix = _str(params, "name", "seed")
    mimetype = _str(params, "mimetype", "video/mp4")
    ttl_days = payloads.number(params, "ttl_days", 3, minimum=0, maximum=36500)
    if not ttl_days:
        raise payloads.PayloadError("ttl_days", "must be a positive number of days")
    moment = now()
    start = len(state.store.items)
    items = []
    for i in range(count):
        item = state.store.add_bytes(
            f"{prefix}-{start + i}.mp4" if mimetype == "video/mp4" else f"{prefix}-{start + i}",
            _content(f"{prefix}:{start + i}", size),
            mimetype,
            moment + timedelta(days=ttl_days),
            moment,
        )
        if item.path is not None:
            written.append(item.path)
        items.append(item)
    return items


def _seed_jobs(
    state: Voxel51State, count: int, params: Mapping[str, Any], step: float, written: list[Path]
) -> list[str]:
    target = _str(params, "state", "READY").upper()
    if target not in JOB_STATES:
        raise payloads.PayloadError("state", f"must be one of {', '.join(JOB_STATES)}, got {target!r}")
    analytic = _str(params, "analytic", "voxel51/vehicle-sense")
    given = params.get("parameters")
    parameters = dict(payloads.as_object(given, "parameters")) if given is not None else {}
    fail = params.get("fail", target == "FAILED")
    if fail:
        parameters[FAIL_SWITCH] = fail
    name = _str(params, "name", "seed-job")
    data_params = {k: v for k, v in params.items() if k in ("size", "mimetype", "ttl_days")}
    data = _seed_data(state, count, data_params, written)
    # Started far enough in the past that the job has just reached the requested state.
    backdate = {"QUEUED": 0, "SCHEDULED": 1, "RUNNING": 2, "COMPLETE": 3, "FAILED": 3}.get(target)
    ids: list[str] = []
    for i, item in enumerate(data):
        request = {"analytic": analytic, "inputs": {"video": {"data-id": item.id}}, "parameters": parameters}
        moment = now()
        started = moment - timedelta(seconds=step * backdate) if backdate is not None else moment
        checked = check_job_request(request, state.catalogue, state.store, moment)
        job = state.jobs.create(
            name=f"{name}-{i}",
            request=request,
            checked=checked,
            auto_start=False,
            expiration=None,
            moment=started,
            step=step,
        )
        if backdate is not None:
            state.jobs.start(job, started, step)
        ids.append(job.id)
    return ids


def _seed_analytics(state: Voxel51State, count: int, params: Mapping[str, Any], written: list[Path]) -> list[Analytic]:
    prefix = _str(params, "name", "emulator/custom-analytic")
    pending = bool(params.get("pending", False))
    created: list[Analytic] = []
    start = len(state.catalogue.analytics)
    for i in range(count):
        index = start + i
        doc = {
            "info": {"name": f"{prefix}-{index}", "version": "1.0.0", "description": "A seeded analytic"},
            "inputs": [{"name": "video", "type": "eta.core.types.Video", "required": True}],
            "outputs": [{"name": "labels", "type": "eta.core.types.VideoLabels", "filename": "labels.json"}],
            "parameters": [],
        }
        analytic = state.catalogue.upload(doc, "PLATFORM", now())
        if not pending:
            image = state.catalogue.image_dir / f"{analytic.id}-CPU"
            image.write_bytes(b"seeded image")
            written.append(image)
            analytic.images["CPU"] = image
        created.append(analytic)
    return created


def seed(state: Voxel51State, kind: str, count: int, params: Mapping[str, Any], step: float) -> Mapping[str, Any]:
    """Create ``count`` objects of ``kind`` (one of ``KINDS``) in ``state``; jobs advance every ``step`` seconds.
    ``demo`` fills a fresh state with the demo (``demo.py``; a failed one is closed, files and all, by the core)."""
    if kind == DEMO_KIND:
        return demo.build(state, DemoPlan("voxel51", params))
    written: list[Path] = []
    try:
        if kind == "data":
            return {"ids": [item.id for item in _seed_data(state, count, params, written)]}
        if kind == "jobs":
            return {"ids": _seed_jobs(state, count, params, step, written)}
        return {"ids": [analytic.id for analytic in _seed_analytics(state, count, params, written)]}
    except BaseException:
        for path in written:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
