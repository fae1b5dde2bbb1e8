"""Files of file connections: ``download_file`` (a ``.csv`` path becomes a DataFrame), ``upload_file`` (streamed
from disk), ``download_file_to`` (streamed to disk, atomic) and ``sync_dir`` (see ``sync``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from dataports._core import jsonlib
from dataports._core.files import open_for_upload
from dataports._core.progress import progress_bar
from dataports._core.transport import STREAM_EXTENSION

from .base import DatagrokBase, rest_name, with_raw_path
from .errors import DatagrokArgumentError
from .models import DataConnection, DataSourceType
from .sync import SyncMeta, SyncSummary, apply_multipart, clear_folder, local_files

if TYPE_CHECKING:
    import pandas

Connector = str | DataConnection
UPLOAD_CHUNK = 1024 * 1024


def connector_name(connector: Any, *, by_id: bool = False) -> str:
    """The connector's REST form: a name or ID (``:`` becomes ``.``), or for a ``DataConnection`` its Grok name
    (downloads and uploads) or ID (sync), as the resource client sends them. Only file connections hold files."""
    if isinstance(connector, DataConnection):
        if not DataSourceType.is_file_data_source(connector.data_source):
            raise DatagrokArgumentError(
                "connector", f"files are only available on file connections, not {connector.data_source.value}"
            )
        connector = connector.ensure_id() if by_id else connector.grok_name
    return rest_name(connector, "connector")


def checked_path(path: Any, argument: str = "path", *, allow_empty: bool = False) -> str:
    """A path inside a connection. ``.`` and ``..`` segments are refused: HTTP clients resolve them in the URL,
    so the request would reach another path, or another connection, than the one named."""
    if not isinstance(path, str):
        raise DatagrokArgumentError(argument, f"must be a string, got {type(path).__name__}")
    if not path.strip("/") and not allow_empty:
        raise DatagrokArgumentError(argument, "is empty; give the file's path inside the connection")
    if any(segment in (".", "..") for segment in path.split("/")):
        raise DatagrokArgumentError(argument, f"{path!r} has a '.' or '..' segment; give a path inside the connection")
    return path


class FileMethods(DatagrokBase):
    def download_file(self, connector: Connector, path: str) -> pandas.DataFrame | bytes:
        """The file at ``path`` in ``connector``: a DataFrame for a ``.csv`` path (parsed as it
        arrives), the content as bytes otherwise."""
        from dataports_api.datagrok.api.files import download_file

        name = connector_name(connector)
        request = with_raw_path(download_file.build_request(name, checked_path(path)), path)
        if path.endswith(".csv"):
            request["extensions"] = {**request["extensions"], STREAM_EXTENSION: True}
            return self._csv_frame(request)
        return self.caller.send(request).content

    def download_file_to(
        self, connector: Connector, path: str, destination: str | os.PathLike[str], *, progress: bool = False
    ) -> Path:
        """Stream the file at ``path`` into ``destination`` (constant memory; it appears only once complete)."""
        from dataports_api.datagrok.api.files import download_file

        request = with_raw_path(download_file.build_request(connector_name(connector), checked_path(path)), path)
        return self.caller.download(request, destination, progress=progress)

    def upload_file(
        self, connector: Connector, path: str, file_path: str | os.PathLike[str], *, progress: bool = False
    ) -> None:
        """Store the local file ``file_path`` at ``path`` in ``connector`` (streamed; replaces what was there)."""
        from io import BytesIO

        from dataports_api.datagrok.api.files import upload_file
        from dataports_api.datagrok.types import File

        local = file_path
        name = connector_name(connector)
        request = with_raw_path(upload_file.build_request(name, checked_path(path), body=File(BytesIO(b""))), path)
        with open_for_upload(local, progress=progress) as handle:
            request["content"] = iter(lambda: handle.read(UPLOAD_CHUNK), b"")
            self.caller.send(request)

    def sync_dir(
        self,
        connector: Connector,
        remote_path: str,
        dir: str | os.PathLike[str],
        ext: str | None = None,
        recursive: bool = True,
        sync_meta_file: str = ".sync_meta.json",
        *,
        progress: bool = False,
    ) -> SyncSummary:
        """Mirror the remote folder ``remote_path`` of ``connector`` into the local folder ``dir``, fetching only
        new and changed files (by ETag), deleting what was deleted remotely, and leaving other local files alone.

        The answer is streamed and each file written atomically; ``sync_meta_file`` (the ETags held) is updated
        after every file, so an interrupted sync resumes with what is missing. Returns a ``SyncSummary``.
        """
        from dataports_api.datagrok.api.files import sync_dir
        from dataports_api.datagrok.models import SyncMeta as SyncMetaBody
        from dataports_api.datagrok.types import UNSET

        name = connector_name(connector, by_id=True)
        checked_path(remote_path, "remote_path", allow_empty=True)
        if not isinstance(sync_meta_file, str) or not sync_meta_file or "/" in sync_meta_file:
            raise DatagrokArgumentError("sync_meta_file", "must be a plain file name inside dir")
        root = Path(dir)
        root.mkdir(parents=True, exist_ok=True)
        meta = SyncMeta(root, sync_meta_file)
        meta.load()
        meta.prune(local_files(root, sync_meta_file))
        remote = remote_path.removeprefix("/")
        request = sync_dir.build_request(name, remote, body=SyncMetaBody(), recursive=recursive, ext=ext or UNSET)
        request = with_raw_path(request, remote)
        # The meta can hold thousands of entries: encoded once here (orjson when installed) rather than through
        # the model and httpx's standard-library encoder.
        del request["json"]
        request["content"] = jsonlib.dumps(meta.entries)
        request["extensions"] = {**request["extensions"], STREAM_EXTENSION: True}
        summary = SyncSummary()
        errors = self.service.errors
        with self.http.stream(**request) as response:
            if response.status_code == 204:
                summary.deleted.extend(clear_folder(root))
                summary.cleared = True
                meta.entries = {}
                meta.save()
                return summary
            kind = response.headers.get("content-type", "")
            boundary = _boundary(kind)
            if not kind.lower().startswith("multipart/") or boundary is None:
                response.read()
                raise errors.from_bad_body(response, f"expected a multipart body with a boundary, got {kind!r}")
            # The body streams into the parser, which writes each file as its part arrives.
            try:
                with progress_bar(progress, unit=" files", desc="sync") as bar:
                    complete = apply_multipart(response.iter_bytes(), boundary, root, meta, summary, bar)
            except httpx.TransportError as error:
                raise errors.from_transport_error(error, response.request) from error
            except ValueError as error:  # the reader's parse errors
                raise errors.unexpected(
                    f"the sync answer is not valid multipart ({error}); the files already written are kept",
                    _where(response),
                ) from None
            if not complete:
                raise errors.unexpected(
                    "the sync answer ended before its closing boundary; the files already written are kept and a "
                    "new sync fetches the rest",
                    _where(response),
                )
        return summary


def _where(response: httpx.Response) -> dict[str, Any]:
    return {"method": "POST", "url": str(response.request.url), "status_code": response.status_code}


def _boundary(content_type: str) -> bytes | None:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.strip().partition("=")
        if key.strip().lower() == "boundary" and value.strip():
            return value.strip().strip('"').encode("latin-1")
    return None
