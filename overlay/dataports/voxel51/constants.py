"""The classic ``voxel51.constants``: the name and version of the installed client, which is now dataports."""

from __future__ import annotations

from importlib import metadata

from dataports._version import __version__

try:
    _META: metadata.PackageMetadata | None = metadata.metadata("dataports")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    _META = None


def _field(name: str, fallback: str = "") -> str:
    values = _META.get_all(name) if _META is not None else None
    return str(values[0]) if values else fallback


NAME = _field("Name", "dataports")
"""The installed distribution's name (``dataports``)."""
VERSION = __version__
"""The installed dataports version."""
DESCRIPTION = _field("Summary")
"""The distribution's one-line summary (empty when run from a source tree that was never installed)."""
AUTHOR = _field("Author") or _field("Author-email")
"""The distribution's author, from its metadata."""
CONTACT = _field("Author-email")
"""The distribution's author e-mail, from its metadata."""
URL = _field("Home-page")
"""The distribution's home page, from its metadata (often empty)."""
LICENSE = _field("License-Expression") or _field("License")
"""The distribution's license, from its metadata."""
VERSION_LONG = f"{NAME} v{VERSION}" + (f", {AUTHOR}" if AUTHOR else "")
"""``'<name> v<version>'``, with the author when known."""

__all__ = ["AUTHOR", "CONTACT", "DESCRIPTION", "LICENSE", "NAME", "URL", "VERSION", "VERSION_LONG"]
