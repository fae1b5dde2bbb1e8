"""Multipart file parts for the upload operations (data, analytic documents and images)."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, cast

if TYPE_CHECKING:
    from dataports_api.voxel51.types import File


def upload_file(path: str | os.PathLike[str], handle: IO[bytes], mime_type: str | None = None) -> File:
    """A generated ``File`` for a streamed multipart part, named after the file, typed by its extension."""
    from dataports_api.voxel51.types import File

    name = Path(path).name
    guessed = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return File(payload=cast(BinaryIO, handle), file_name=name, mime_type=guessed)
