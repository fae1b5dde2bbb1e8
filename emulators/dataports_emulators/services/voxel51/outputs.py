"""What a job produces: labels derived only from its inputs' bytes (so the same video always yields the same
labels, whatever the job id or timing), and a logfile that tells the story of the job's timeline."""

from __future__ import annotations

import hashlib

import orjson

from dataports_emulators.core.clock import iso_fixed
from dataports_emulators.core.collection import Record

from .jobs import Job, Timeline


def _digest(job: Job) -> bytes:
    hasher = hashlib.sha256(f"{job.analytic.name}\n{job.analytic.version}\n".encode())
    for fact in sorted(job.inputs, key=lambda f: f.name):
        hasher.update(f"{fact.name}={fact.sha256}:{fact.size}\n".encode())
    return hasher.digest()


def labels(job: Job) -> Record:
    """An ETA-style ``VideoLabels`` document: a few detections per frame, every number drawn from the input hash."""
    digest = _digest(job)
    stream = digest + hashlib.sha256(digest).digest()
    classes = list(job.analytic.labels) or ["object"]
    count = 3 + digest[0] % 5
    frames: Record = {}
    for k in range(count):
        b = stream[1 + 6 * k : 7 + 6 * k]
        frame_number = 1 + 30 * k + b[0] % 30
        x, y = round(b[3] / 512, 3), round(b[4] / 512, 3)
        size = round(0.1 + b[5] / 1024, 3)
        frames[str(frame_number)] = {
            "frame_number": frame_number,
            "objects": {
                "objects": [
                    {
                        "label": classes[b[1] % len(classes)],
                        "confidence": round(0.5 + b[2] / 512, 3),
                        "bounding_box": {
                            "top_left": {"x": x, "y": y},
                            "bottom_right": {"x": round(x + size, 3), "y": round(y + size, 3)},
                        },
                    }
                ]
            },
        }
    return {
        "attrs": {
            "attrs": [{"type": "eta.core.data.CategoricalAttribute", "name": "analytic", "value": job.analytic.name}]
        },
        "frames": frames,
        "emulator": {
            "analytic": job.analytic.name,
            "version": job.analytic.version,
            "input_bytes": sum(fact.size for fact in job.inputs),
            "inputs": {fact.name: {**fact.describe(), "sha256": fact.sha256} for fact in job.inputs},
            "parameters": job.checked.parameters,
            "num_labels": count,
        },
    }


def output_bytes(job: Job) -> bytes:
    """The job's ``labels.json``."""
    return orjson.dumps(labels(job), option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)


def log_text(job: Job, line: Timeline) -> str:
    """The job's logfile up to where its timeline has reached."""
    entries: list[str] = []
    for state, when in line.reached:
        stamp = iso_fixed(when)
        if state == "READY":
            entries.append(
                f"{stamp} INFO job {job.id} ({job.name}) uploaded for {job.analytic.name} {job.analytic.version}"
            )
        elif state == "QUEUED":
            entries.append(f"{stamp} INFO job queued (compute mode {job.compute_mode})")
        elif state == "SCHEDULED":
            entries.append(f"{stamp} INFO job scheduled")
        elif state == "RUNNING":
            entries.append(f"{stamp} INFO running {job.analytic.name} {job.analytic.version}")
            for fact in job.inputs:
                source = fact.data_id or fact.signed_url
                entries.append(
                    f"{stamp} INFO input '{fact.name}': {fact.filename} from {source} "
                    f"({fact.size} bytes, sha256 {fact.sha256})"
                )
        elif state == "COMPLETE":
            produced = labels(job)
            size = len(orjson.dumps(produced, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2))
            entries.append(
                f"{stamp} INFO wrote {size} bytes to labels.json ({produced['emulator']['num_labels']} labels)"
            )
            entries.append(f"{stamp} INFO job complete")
        elif state == "FAILED" and line.failure is not None:
            entries.append(f"{stamp} ERROR job failed ({line.failure.type}): {line.failure.message}")
    return "\n".join(entries) + "\n"
