"""Bulk-create synthetic data, jobs and analytics for tests, demos and benchmarks (``POST /_emulator/seed``)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from dataports_emulators.core.service import SeedError

from .catalogue import Analytic
from .common import ApiError, now
from .job_requests import FAIL_SWITCH, check_job_request
from .state import Voxel51State
from .storage import DataItem

KINDS = ("data", "jobs", "analytics")
JOB_STATES = ("READY", "QUEUED", "SCHEDULED", "RUNNING", "COMPLETE", "FAILED")


def _int(params: Mapping[str, Any], name: str, default: int, minimum: int = 0) -> int:
    value = params.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise SeedError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def _str(params: Mapping[str, Any], name: str, default: str) -> str:
    value = params.get(name, default)
    if not isinstance(value, str) or not value:
        raise SeedError(f"{name} must be a non-empty string, got {value!r}")
    return value


def _content(label: str, size: int) -> bytes:
    """Distinct, reproducible bytes per item, so seeded jobs get distinct, reproducible outputs."""
    block = hashlib.sha256(label.encode()).digest()
    return (block * (size // len(block) + 1))[:size]


def _seed_data(state: Voxel51State, count: int, params: Mapping[str, Any]) -> list[DataItem]:
    size = _int(params, "size", 256)
    prefix = _str(params, "name", "seed")
    mimetype = _str(params, "mimetype", "video/mp4")
    ttl_days = params.get("ttl_days", 3)
    if isinstance(ttl_days, bool) or not isinstance(ttl_days, int | float) or ttl_days <= 0:
        raise SeedError(f"ttl_days must be a positive number, got {ttl_days!r}")
    moment = now()
    start = len(state.store.items)
    return [
        state.store.add_bytes(
            f"{prefix}-{start + i}.mp4" if mimetype == "video/mp4" else f"{prefix}-{start + i}",
            _content(f"{prefix}:{start + i}", size),
            mimetype,
            moment + timedelta(days=ttl_days),
            moment,
        )
        for i in range(count)
    ]


def _seed_jobs(state: Voxel51State, count: int, params: Mapping[str, Any]) -> list[str]:
    target = _str(params, "state", "READY").upper()
    if target not in JOB_STATES:
        raise SeedError(f"state must be one of {', '.join(JOB_STATES)}, got {target!r}")
    analytic = _str(params, "analytic", "voxel51/vehicle-sense")
    given = params.get("parameters") or {}
    if not isinstance(given, dict):
        raise SeedError(f"parameters must be an object, got {given!r}")
    parameters = dict(given)
    fail = params.get("fail", target == "FAILED")
    if fail:
        parameters[FAIL_SWITCH] = fail
    data = _seed_data(state, count, {k: v for k, v in params.items() if k in ("size", "mimetype", "ttl_days")})
    step = state.step_seconds
    # Started far enough in the past that the job has just reached the requested state.
    backdate = {"QUEUED": 0, "SCHEDULED": 1, "RUNNING": 2, "COMPLETE": 3, "FAILED": 3}.get(target)
    ids: list[str] = []
    for i, item in enumerate(data):
        request = {"analytic": analytic, "inputs": {"video": {"data-id": item.id}}, "parameters": parameters}
        moment = now()
        started = moment - timedelta(seconds=step * backdate) if backdate is not None else moment
        try:
            checked = check_job_request(request, state.catalogue, state.store, moment)
            job = state.jobs.create(
                name=f"{_str(params, 'name', 'seed-job')}-{i}",
                request=request,
                checked=checked,
                auto_start=False,
                expiration=None,
                moment=started,
                step=step,
            )
        except ApiError as exc:
            raise SeedError(exc.message) from None
        if backdate is not None:
            state.jobs.start(job, started, step)
        ids.append(job.id)
    return ids


def _seed_analytics(state: Voxel51State, count: int, params: Mapping[str, Any]) -> list[Analytic]:
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
        try:
            analytic = state.catalogue.upload(doc, "PLATFORM", now())
        except ApiError as exc:
            raise SeedError(exc.message) from None
        if not pending:
            image = state.catalogue.image_dir / f"{analytic.id}-CPU"
            image.write_bytes(b"seeded image")
            analytic.images["CPU"] = image
        created.append(analytic)
    return created


def seed(state: Voxel51State, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
    if kind == "data":
        return {"ids": [item.id for item in _seed_data(state, count, params)]}
    if kind == "jobs":
        return {"ids": _seed_jobs(state, count, params)}
    if kind == "analytics":
        return {"ids": [analytic.id for analytic in _seed_analytics(state, count, params)]}
    raise SeedError(f"voxel51 cannot seed {kind!r}; kinds: {', '.join(KINDS)}")
