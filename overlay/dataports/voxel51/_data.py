"""Data methods of ``API``: upload (streamed), register by URL, inspect, query, download (atomic), TTL, delete."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from dataports._core.arguments import InvalidArgumentError, require
from dataports._core.files import open_for_upload

from ._connection import Connection, Moment, timestamp
from .query import DataQuery


def upload_file(path: str | os.PathLike[str], handle: IO[bytes], mime_type: str | None = None) -> Any:
    """A generated ``File`` for a streamed multipart part, named after the file, typed by its extension."""
    from dataports_api.voxel51.types import File

    name = Path(path).name
    guessed = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return File(payload=cast(BinaryIO, handle), file_name=name, mime_type=guessed)


class DataMethods(Connection):
    def list_data(self) -> list[dict[str, Any]]:
        """Every data item you uploaded."""
        from dataports_api.voxel51.api.data import list_data

        return list(self._json(list_data.sync_detailed(client=self.api))["data"])

    def query_data(self, data_query: DataQuery) -> dict[str, Any]:
        """``{"data": [...], "count": n}`` for the query (only the query's fields of each item)."""
        from dataports_api.voxel51.api.data import query_data

        if not isinstance(data_query, DataQuery):
            raise InvalidArgumentError("data_query", f"must be a DataQuery, got {type(data_query).__name__}")
        return dict(self._json(query_data.sync_detailed(client=self.api, **data_query.to_dict())))

    def upload_data(
        self, path: str | os.PathLike[str], ttl: Moment | None = None, *, progress: bool = False
    ) -> dict[str, Any]:
        """Upload the file at ``path`` (streamed, constant memory); ``ttl`` is when it expires (default 3 days)."""
        from dataports_api.voxel51.api.data import upload_data

        require(path, "path")
        fields: dict[str, Any] = {} if ttl is None else {"data_ttl": timestamp(ttl, "ttl")}
        with open_for_upload(path, progress=progress) as handle:
            body = self._model("UploadDataBody")(file=upload_file(path, handle), **fields)
            response = upload_data.sync_detailed(client=self.api, body=body)
        return dict(self._json(response)["data"])

    def post_data_as_url(
        self, url: str, filename: str, mimetype: str, size: int, ttl: Moment, encoding: str | None = None
    ) -> dict[str, Any]:
        """Register data readable at ``url`` (a signed URL, valid until ``ttl``) without uploading it."""
        from dataports_api.voxel51.api.data import post_data_as_url

        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise InvalidArgumentError("size", f"must be a non-negative integer number of bytes, got {size!r}")
        if not str(require(url, "url")).startswith(("http://", "https://")):
            raise InvalidArgumentError("url", f"must be an http(s) URL, got {url!r}")
        fields: dict[str, Any] = {
            "signed_url": url,
            "filename": require(filename, "filename"),
            "mimetype": require(mimetype, "mimetype"),
            "size": size,
            "data_ttl": timestamp(ttl, "ttl"),
        }
        if encoding is not None:
            fields["encoding"] = encoding
        body = self._model("PostDataAsUrlBody").from_dict(fields)
        return dict(self._json(post_data_as_url.sync_detailed(client=self.api, body=body))["data"])

    def get_data_details(self, data_id: str) -> dict[str, Any]:
        from dataports_api.voxel51.api.data import get_data_details

        return dict(self._json(get_data_details.sync_detailed(require(data_id, "data_id"), client=self.api))["data"])

    def download_data(
        self, data_id: str, output_path: str | os.PathLike[str] | None = None, *, progress: bool = False
    ) -> str:
        """Download the data to ``output_path`` (default: its name, in the working directory); returns the path.

        The file appears only once complete: an interrupted download leaves no partial file behind.
        """
        require(data_id, "data_id")
        if output_path is None:
            output_path = self.get_data_details(data_id)["name"]
        assert output_path is not None
        self._download(f"/v1/data/{data_id}/download", output_path, progress)
        return os.fspath(output_path)

    def get_data_download_url(self, data_id: str) -> str:
        """A signed URL that reads the data without the API token."""
        from dataports_api.voxel51.api.data import get_data_download_url

        response = get_data_download_url.sync_detailed(require(data_id, "data_id"), client=self.api)
        return str(self._json(response)["url"])

    def update_data_ttl(self, data_id: str, days: float | None = None, expiration_date: Moment | None = None) -> None:
        """Move the expiration by ``days`` (negative shortens) or set ``expiration_date``; a past date deletes it."""
        from dataports_api.voxel51.api.data import update_data_ttl

        body = self._ttl_form(days, expiration_date)
        update_data_ttl.sync_detailed(require(data_id, "data_id"), client=self.api, body=body)

    def delete_data(self, data_id: str) -> None:
        from dataports_api.voxel51.api.data import delete_data

        delete_data.sync_detailed(require(data_id, "data_id"), client=self.api)
