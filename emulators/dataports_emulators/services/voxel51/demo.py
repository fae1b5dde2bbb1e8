"""The Voxel51 demo workspace (``seed("voxel51", "demo")``): a traffic-monitoring account.

Ten uploaded videos (dashcam and intersection footage) and a private analytic of the account's own; twenty jobs
over the demo's 30 days on the public analytics: completed ones with their run times (some archived), failed ones
(analytic, platform and user failures), queued ones and never-started ones. Every object goes through the same
store, catalogue and job book the API's handlers use, under the pinned clock of ``core/demo.py``. Data and job
outputs are kept for a century, and queued jobs move on in decades, so the workspace reads the same for years.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from dataports_emulators.core.demo import DemoPlan

from .catalogue import Analytic
from .job_requests import FAIL_SWITCH, check_job_request
from .jobs import Job
from .state import Voxel51State
from .storage import DataItem

#: How long demo data and job outputs are kept (so that they never expire in a demo).
KEEP = timedelta(days=36_500)
#: The step of a queued job: it would reach SCHEDULED decades from now.
QUEUED_STEP = 30 * 365 * 86_400.0
VIDEOS = (
    "dashcam-kigali-0107.mp4",
    "dashcam-kigali-0109.mp4",
    "intersection-5th-and-main.mp4",
    "intersection-harbor-bridge.mp4",
    "parking-lot-north.mp4",
    "highway-a1-km42.mp4",
    "school-zone-morning.mp4",
    "tunnel-entrance-east.mp4",
    "roundabout-city-center.mp4",
    "bike-lane-riverside.mp4",
)
#: (analytic, parameters, outcome, archived): outcome is COMPLETE, a failure type, QUEUED or READY.
JOBS: tuple[tuple[str, dict[str, Any], str, bool], ...] = (
    ("voxel51/vehicle-sense", {"accel": 1.0}, "COMPLETE", True),
    ("voxel51/vehicle-sense", {"accel": 2.0}, "COMPLETE", True),
    ("voxel51/anonymizer", {"target": "faces"}, "COMPLETE", False),
    ("voxel51/scene-classifier", {"frame_rate": 1.0}, "COMPLETE", True),
    ("voxel51/vehicle-sense", {"confidence_threshold": 0.6}, "ANALYTIC", False),
    ("voxel51/anonymizer", {"target": "both", "blur_strength": 0.9}, "COMPLETE", False),
    ("voxel51/vehicle-sense", {}, "COMPLETE", False),
    ("voxel51/scene-classifier", {"top_k": 5}, "COMPLETE", False),
    ("voxel51/anonymizer", {"target": "plates"}, "PLATFORM", True),
    ("voxel51/vehicle-sense", {"accel": 4.0}, "COMPLETE", False),
    ("voxel51/vehicle-sense", {}, "COMPLETE", False),
    ("voxel51/anonymizer", {"target": "faces"}, "USER", False),
    ("voxel51/scene-classifier", {}, "COMPLETE", False),
    ("voxel51/vehicle-sense", {"confidence_threshold": 0.4}, "COMPLETE", False),
    ("voxel51/anonymizer", {"target": "both"}, "COMPLETE", False),
    ("voxel51/vehicle-sense", {}, "COMPLETE", False),
    ("voxel51/scene-classifier", {"frame_rate": 2.0}, "QUEUED", False),
    ("voxel51/vehicle-sense", {"accel": 1.5}, "QUEUED", False),
    ("voxel51/anonymizer", {"target": "faces"}, "READY", False),
    ("voxel51/vehicle-sense", {}, "READY", False),
)


def build(state: Voxel51State, plan: DemoPlan) -> dict[str, Any]:
    """Fill ``state`` (fresh, under the pinned clock) with the demo; returns how many of each it made."""
    rng = plan.rng
    videos: list[DataItem] = []
    for index, name in enumerate(VIDEOS):
        moment = plan.at_day(index, 8, rng.randrange(60))
        content = _video_bytes(name, 2048 + 512 * index)
        videos.append(state.store.add_bytes(name, content, "video/mp4", moment + KEEP, moment))
    analytic = _own_analytic(state, plan)

    jobs: list[Job] = []
    for index, (analytic_name, parameters, outcome, archived) in enumerate(JOBS):
        day = min(index * 3 // 2, len(plan.days) - 1)
        moment = plan.at_day(day, 10 + index % 8, rng.randrange(60))
        video = videos[index % len(videos)]
        params = dict(parameters)
        if outcome in ("ANALYTIC", "PLATFORM", "USER"):
            params[FAIL_SWITCH] = outcome
        request = {
            "analytic": analytic_name,
            "inputs": {"video": {"data-id": video.id}},
            "parameters": params,
            "compute_mode": "GPU" if analytic_name == "voxel51/vehicle-sense" and index % 3 == 0 else "BEST",
        }
        checked = check_job_request(request, state.catalogue, state.store, moment)
        stem = video.name.removesuffix(".mp4")
        job = state.jobs.create(
            name=f"{stem}-{analytic_name.split('/')[-1]}",
            request=request,
            checked=checked,
            auto_start=False,
            expiration=moment + KEEP,
            moment=moment,
            step=1.0,
        )
        if outcome == "QUEUED":
            state.jobs.start(job, moment + timedelta(minutes=2), QUEUED_STEP)
        elif outcome != "READY":
            # Each of QUEUED, SCHEDULED and RUNNING takes a third of the run: from one to twenty minutes in all.
            state.jobs.start(job, moment + timedelta(minutes=1), float(rng.randrange(20, 400)))
        if archived:
            state.jobs.archive(job, moment + timedelta(hours=2))
        jobs.append(job)

    at = plan.at(plan.last_moment)
    states = [state.jobs.timeline(job, at).state for job in jobs]
    return {
        "created": len(videos) + 1 + len(jobs),
        "data": len(videos),
        "analytics": [analytic.id],
        "jobs": {name: states.count(name) for name in sorted(set(states))},
        "archived": sum(job.archived for job in jobs),
    }


def _video_bytes(name: str, size: int) -> bytes:
    """Stand-in bytes for a video: distinct per name, so each job's output is its own."""
    block = hashlib.sha256(name.encode()).digest()
    return (block * (size // len(block) + 1))[:size]


def _own_analytic(state: Voxel51State, plan: DemoPlan) -> Analytic:
    """The account's own analytic, with its CPU image uploaded (so it is not pending)."""
    plan.at_day(2, 15)
    doc = {
        "info": {
            "name": "acme/parking-occupancy",
            "version": "0.3.0",
            "description": "Counts free and occupied parking spaces in lot footage",
            "supports_cpu": True,
            "supports_gpu": False,
        },
        "inputs": [{"name": "video", "type": "eta.core.types.Video", "required": True}],
        "outputs": [{"name": "labels", "type": "eta.core.types.VideoLabels", "filename": "labels.json"}],
        "parameters": [],
    }
    analytic = state.catalogue.upload(doc, "PLATFORM", plan.moment(2, 15))
    image = state.catalogue.image_dir / f"{analytic.id}-CPU"
    image.write_bytes(b"demo analytic image")
    analytic.images["CPU"] = image
    return analytic
