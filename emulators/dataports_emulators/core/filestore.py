"""Files a service keeps on disk: a temporary folder that is always removed, and bounded reads of small files."""

from __future__ import annotations

import errno
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any

from dataports_emulators.core.errors import ServiceError, bad_request


class TempFolder:
    """A fresh temporary folder, removed by ``close()``, at garbage collection or at interpreter exit (apps that are
    never closed, such as ``create_app()``'s, included)."""

    def __init__(self, prefix: str) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=prefix))
        self._remove = weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)

    def __deepcopy__(self, memo: dict[int, Any]) -> TempFolder:
        # A staged copy of a service's state shares the folder: files are not copied, only the records of them.
        return self

    def close(self) -> None:
        """Remove the folder and everything in it (once; later calls do nothing)."""
        self._remove()


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """A small file (a request document spooled from an upload) read whole; a 400 when it is over ``limit`` bytes."""
    with path.open("rb") as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise bad_request(f"{what} is larger than {limit} bytes")
    return content


def resolve_inside(root: Path, relative: str) -> Path:
    """``root`` joined with a client-given relative path (``dir/a.csv``); a 400 for anything that could land
    outside ``root``: ``..`` segments, absolute paths, NUL bytes, or a symlink inside ``root`` pointing out."""
    if "\x00" in relative:
        raise bad_request("path: must not contain NUL bytes")
    parts = [part for part in relative.split("/") if part not in ("", ".")]
    if relative.startswith("/") or ".." in parts or not parts:
        raise bad_request(f"path: must be a relative path inside the folder, got {relative!r}")
    candidate = root.joinpath(*parts)
    if not candidate.resolve().is_relative_to(root.resolve()):
        raise bad_request(f"path: leads outside the folder, got {relative!r}")
    return candidate


def spool_failure(exc: OSError) -> ServiceError:
    """The answer to a failed write of an incoming file: the disk is full (507), or the folder went away because
    the service was reset or closed while the body streamed in (409)."""
    if exc.errno == errno.ENOSPC:
        return ServiceError(507, "The emulator ran out of disk space for the upload")
    return ServiceError(409, "The emulator was reset during the upload; upload again")
