"""The analytics catalogue: public analytics every account sees (preloaded on reset) and the caller's own uploads."""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs

from dataports_emulators.core.bodies import InvalidJson, loads_bounded
from dataports_emulators.core.clock import iso_fixed, new_uuid
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request
from dataports_emulators.core.multipart_reader import ReceivedFile

IMAGE_TYPES = ("CPU", "GPU")
ANALYTIC_TYPES = ("PLATFORM", "IMAGE_TO_VIDEO")
IMAGE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz", ".tar.bz2")
OUTPUT_FILENAME = "labels.json"

_VIDEO_INPUT: Record = {
    "name": "video",
    "description": "The input video",
    "type": "eta.core.types.Video",
    "required": True,
}


def _number(name: str, description: str, default: float) -> Record:
    return {
        "name": name,
        "description": description,
        "type": "eta.core.types.Number",
        "required": False,
        "default": default,
    }


def _labels_output(description: str) -> Record:
    return {
        "name": "video_labels",
        "description": description,
        "type": "eta.core.types.VideoLabels",
        "filename": OUTPUT_FILENAME,
        "post_as_data": False,
        "schema": None,
    }


@attrs.frozen
class _Preset:
    name: str
    version: str
    description: str
    upload_date: datetime
    supports_gpu: bool
    inputs: Sequence[Record]
    parameters: Sequence[Record]
    labels: Sequence[str]


_PRESETS = (
    _Preset(
        name="voxel51/vehicle-sense",
        version="1.0.0",
        description="Detects, tracks and classifies vehicles in video.",
        upload_date=datetime(2019, 6, 3, tzinfo=UTC),
        supports_gpu=True,
        inputs=(_VIDEO_INPUT,),
        parameters=(_number("accel", "Processing speed-up over real time", 1.0),),
        labels=("car", "truck", "bus", "motorcycle", "bicycle", "van"),
    ),
    _Preset(
        name="voxel51/vehicle-sense",
        version="1.1.0",
        description="Detects, tracks and classifies vehicles in video.",
        upload_date=datetime(2020, 2, 17, tzinfo=UTC),
        supports_gpu=True,
        inputs=(_VIDEO_INPUT,),
        parameters=(
            _number("accel", "Processing speed-up over real time", 1.0),
            _number("confidence_threshold", "Minimum confidence of reported detections", 0.5),
        ),
        labels=("car", "truck", "bus", "motorcycle", "bicycle", "van"),
    ),
    _Preset(
        name="voxel51/anonymizer",
        version="1.0.0",
        description="Blurs faces and license plates in video.",
        upload_date=datetime(2019, 11, 4, tzinfo=UTC),
        supports_gpu=True,
        inputs=(_VIDEO_INPUT,),
        parameters=(
            {
                "name": "target",
                "description": "What to blur: faces, plates or both",
                "type": "eta.core.types.String",
                "required": True,
            },
            _number("blur_strength", "Strength of the blur, 0 to 1", 0.75),
        ),
        labels=("face", "license_plate"),
    ),
    _Preset(
        name="voxel51/scene-classifier",
        version="0.9.0",
        description="Classifies the scene of each video frame.",
        upload_date=datetime(2019, 9, 12, tzinfo=UTC),
        supports_gpu=False,
        inputs=(
            _VIDEO_INPUT,
            {
                "name": "reference",
                "description": "An optional reference image of the scene",
                "type": "eta.core.types.Image",
                "required": False,
            },
        ),
        parameters=(
            _number("frame_rate", "Frames per second to classify", 1.0),
            _number("top_k", "Number of classes reported per frame", 3),
        ),
        labels=("street", "highway", "parking_lot", "intersection", "tunnel"),
    ),
)


def version_key(version: str | None) -> tuple[tuple[int, int, str], ...]:
    """Order versions numerically where they are numbers ("1.10.0" after "1.9.0")."""
    parts = re.split(r"[.\-+_]", version or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


@attrs.define
class Analytic:
    """One analytic: public (preloaded) or the caller's own, with its doc and the images uploaded for it."""

    id: str
    name: str
    version: str
    scope: str
    description: str | None
    supports_cpu: bool
    supports_gpu: bool
    is_image_to_video: bool
    upload_date: datetime
    doc: Record
    labels: Sequence[str]
    images: dict[str, Path] = attrs.field(factory=dict)

    @property
    def pending(self) -> bool:
        """Private analytics wait for an image of every compute type they support."""
        if self.scope != "private":
            return False
        needed = [t for t, ok in (("CPU", self.supports_cpu), ("GPU", self.supports_gpu)) if ok]
        return any(t not in self.images for t in needed)

    def details(self) -> Record:
        """The analytic as the API shows it."""
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "scope": self.scope,
            "description": self.description,
            "supports_cpu": self.supports_cpu,
            "supports_gpu": self.supports_gpu,
            "pending": self.pending,
            "is_image_to_video": self.is_image_to_video,
            "upload_date": iso_fixed(self.upload_date),
        }

    def inputs(self) -> list[Record]:
        """The inputs its doc declares."""
        return list(self.doc.get("inputs") or [])

    def parameters(self) -> list[Record]:
        """The parameters its doc declares."""
        return list(self.doc.get("parameters") or [])


def _preset(preset: _Preset) -> Analytic:
    doc: Record = {
        "info": {
            "name": preset.name,
            "version": preset.version,
            "description": preset.description,
            "supports_cpu": True,
            "supports_gpu": preset.supports_gpu,
        },
        "inputs": [dict(i) for i in preset.inputs],
        "outputs": [_labels_output("Labels the analytic produced for the video")],
        "parameters": [dict(p) for p in preset.parameters],
        "zip_outputs": False,
    }
    return Analytic(
        # Stable across resets and runs, so examples and notebooks can name a public analytic by id.
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"voxel51-emulator:{preset.name}:{preset.version}")),
        name=preset.name,
        version=preset.version,
        scope="public",
        description=preset.description,
        supports_cpu=True,
        supports_gpu=preset.supports_gpu,
        is_image_to_video=False,
        upload_date=preset.upload_date,
        doc=doc,
        labels=preset.labels,
    )


def _require_list_of_named(doc: Mapping[str, Any], key: str) -> list[Record]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"] for item in value
    ):
        raise bad_request(f"Invalid analytic doc: `{key}` must be a list of objects, each with a `name`")
    return [dict(item) for item in value]


def parse_doc(content: bytes) -> Record:
    """An uploaded analytic doc, checked and with defaults filled in; a 400 naming what is wrong."""
    try:
        doc = loads_bounded(content)
    except InvalidJson as exc:
        reason = str(exc) if exc.too_deep else "the file is not valid JSON"
        raise bad_request(f"Invalid analytic doc: {reason}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("info"), dict):
        raise bad_request("Invalid analytic doc: expected a JSON object with an `info` object")
    info = doc["info"]
    for key in ("name", "version"):
        if not isinstance(info.get(key), str) or not info[key].strip():
            raise bad_request(f"Invalid analytic doc: `info.{key}` must be a non-empty string")
    for key in ("supports_cpu", "supports_gpu"):
        if key in info and not isinstance(info[key], bool):
            raise bad_request(f"Invalid analytic doc: `info.{key}` must be a boolean")
    inputs = _require_list_of_named(doc, "inputs")
    parameters = _require_list_of_named(doc, "parameters")
    outputs = _require_list_of_named(doc, "outputs")
    for item in inputs:
        item.setdefault("required", True)
    for item in parameters:
        item.setdefault("required", "default" not in item)
    return {**doc, "inputs": inputs, "parameters": parameters, "outputs": outputs}


class Catalogue:
    """Every analytic the account sees."""

    def __init__(self, image_dir: Path) -> None:
        self.image_dir = image_dir
        image_dir.mkdir(parents=True, exist_ok=True)
        self.analytics: dict[str, Analytic] = {}
        for preset in _PRESETS:
            analytic = _preset(preset)
            self.analytics[analytic.id] = analytic

    def get(self, analytic_id: str) -> Analytic:
        """An analytic by id; a 404 when there is none."""
        analytic = self.analytics.get(analytic_id)
        if analytic is None:
            raise ServiceError(404, f"Analytic {analytic_id} not found")
        return analytic

    def listing(self, all_versions: bool, include_pending: bool) -> list[Analytic]:
        """The analytics, only the latest version of each unless ``all_versions``."""
        found = [a for a in self.analytics.values() if include_pending or not a.pending]
        if all_versions:
            return found
        latest: dict[str, Analytic] = {}
        for analytic in found:
            best = latest.get(analytic.name)
            if best is None or version_key(analytic.version) > version_key(best.version):
                latest[analytic.name] = analytic
        return [a for a in found if latest[a.name] is a]

    def resolve(self, name: str, version: str | None) -> Analytic:
        """The analytic a job request names: that version, else the latest one."""
        versions = [a for a in self.analytics.values() if a.name == name]
        if not versions:
            raise bad_request(f"Unknown analytic '{name}'")
        if version is None:
            chosen = max(versions, key=lambda a: version_key(a.version))
        else:
            matching = [a for a in versions if a.version == version]
            if not matching:
                known = ", ".join(sorted((a.version for a in versions), key=version_key))
                raise bad_request(f"Analytic '{name}' has no version '{version}'; versions: {known}")
            chosen = matching[0]
        if chosen.pending:
            raise bad_request(
                f"Analytic '{name}' version '{chosen.version}' is pending: upload its image(s) before running jobs"
            )
        return chosen

    def upload(self, doc: Record, analytic_type: str, moment: datetime) -> Analytic:
        """A new private analytic from a checked doc (pending until its images are uploaded)."""
        info = doc["info"]
        name, version = info["name"].strip(), info["version"].strip()
        if any(a.name == name and a.version == version for a in self.analytics.values()):
            raise bad_request(f"Analytic '{name}' version '{version}' already exists")
        supports_cpu = bool(info.get("supports_cpu", True))
        supports_gpu = bool(info.get("supports_gpu", False))
        if not (supports_cpu or supports_gpu):
            raise bad_request("Invalid analytic doc: the analytic must support CPU or GPU execution")
        description = info.get("description")
        analytic = Analytic(
            id=new_uuid(),
            name=name,
            version=version,
            scope="private",
            description=description if isinstance(description, str) else None,
            supports_cpu=supports_cpu,
            supports_gpu=supports_gpu,
            is_image_to_video=analytic_type == "IMAGE_TO_VIDEO",
            upload_date=moment,
            doc=doc,
            labels=("object",),
        )
        self.analytics[analytic.id] = analytic
        return analytic

    def add_image(self, analytic: Analytic, image_type: str, received: ReceivedFile) -> None:
        """Move an uploaded image archive into place for one of the analytic's compute types."""
        if analytic.scope != "private":
            raise ServiceError(403, f"Analytic {analytic.id} is not yours: images can only be added to your analytics")
        supported = analytic.supports_gpu if image_type == "GPU" else analytic.supports_cpu
        if not supported:
            raise bad_request(f"Analytic {analytic.id} does not support {image_type} execution")
        if not received.filename.lower().endswith(IMAGE_SUFFIXES):
            raise bad_request(
                f"file: the image must be a {', '.join(IMAGE_SUFFIXES)} archive, got {received.filename!r}"
            )
        target = self.image_dir / f"{analytic.id}-{image_type}"
        os.replace(received.path, target)
        analytic.images[image_type] = target

    def delete(self, analytic: Analytic) -> None:
        """Delete one of the caller's own analytics and its images."""
        if analytic.scope != "private":
            raise ServiceError(403, f"Analytic {analytic.id} is not yours: only your own analytics can be deleted")
        self.analytics.pop(analytic.id, None)
        for path in analytic.images.values():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
