"""Find and load the OpenAPI specs the emulators are driven by (the same files the clients are generated from)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

_PACKAGED = Path(__file__).resolve().parent.parent / "_specs"
_REPO = Path(__file__).resolve().parents[3] / "specs"


def spec_path(filename: str) -> Path:
    """A spec shipped inside the wheel, else the repository's ``specs/`` folder (editable installs)."""
    for folder in (_PACKAGED, _REPO):
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"spec {filename} not found in {_PACKAGED} or {_REPO}")


@functools.cache
def load_spec(filename: str) -> dict[str, Any]:
    """The parsed spec (cached: every gateway of a process shares it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path(filename).open("rb") as handle:
        spec: dict[str, Any] = yaml.load(handle, Loader=loader)
    return spec
