"""Data methods of ``API``: upload (streamed), register by URL, inspect, query, download (atomic), TTL, delete.

Endpoint modules are imported in the methods that use them: importing every operation up front would double the
time ``import dataports.voxel51`` takes.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote

from dataports._core.files import open_for_upload

from .arguments import Moment, require, timestamp, ttl_form
from .base import APIBase, server_named_path
from .errors import APIArgumentError
from .query import DataQuery
from .uploads import upload_file


class DataMethods(APIBase):
    def list_data(self) -> list[dict[str, Any]]:
        """Every data item you uploaded."""
        from dataports_api.voxel51.api.data import list_data

        return self._fetch(list_data.build_request(), list, "data")

    def query_data(self, data_query: DataQuery) -> dict[str, Any]:
        """``{"data": [...], "count": n}`` for the query (only the query's fields of each item)."""
        from dataports_api.voxel51.api.data import query_data

        if not isinstance(data_query, DataQuery):
            raise APIArgumentError("data_query", f"must be a DataQuery, got {type(data_query).__name__}")
        return self._fetch(query_data.build_request(**data_query.to_dict()), dict)

    def upload_data(
        self, path: str | os.PathLike[str], ttl: Moment | None = None, *, progress: bool = False
    ) -> dict[str, Any]:
        """Upload the file at ``path`` (streamed, constant memory); ``ttl`` is when it expires (default 3 days)."""
        from dataports_api.voxel51.api.data import upload_data
        from dataports_api.voxel51.models import UploadDataBody

        require(path, "path")
        fields: dict[str, Any] = {} if ttl is None else {"data_ttl": timestamp(ttl, "ttl")}
        with open_for_upload(path, progress=progress) as handle:
            body = UploadDataBody(file=upload_file(path, handle), **fields)
            return self._fetch(upload_data.build_request(body=body), dict, "data")

    def post_data_as_url(
        self,
        url: str,
        filename: str,
        mime_type: str,
        size: int,
        expiration_date: Moment,
        encoding: str | None = None,
    ) -> dict[str, Any]:
        """Register data readable at ``url`` (a signed URL, valid until ``expiration_date``) without uploading it."""
        from dataports_api.voxel51.api.data import post_data_as_url
        from dataports_api.voxel51.models import PostDataAsUrlBody

        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise APIArgumentError("size", f"must be a non-negative integer number of bytes, got {size!r}")
        if not str(require(url, "url")).startswith(("http://", "https://")):
            raise APIArgumentError("url", f"must be an http(s) URL, got {url!r}")
        fields: dict[str, Any] = {
            "signed_url": url,
            "filename": require(filename, "filename"),
            "mimetype": require(mime_type, "mime_type"),
            "size": size,
            "data_ttl": timestamp(expiration_date, "expiration_date"),
        }
        if encoding:  # as classically, an empty encoding is not sent
            fields["encoding"] = encoding
        body = PostDataAsUrlBody.from_dict(fields)
        return self._fetch(post_data_as_url.build_request(body=body), dict, "data")

    def get_data_details(self, data_id: str) -> dict[str, Any]:
        """The data's metadata as a dict (``name``, ``size``, ``expiration_date``...). ``APIArgumentError`` when the id
        is missing (before sending), ``APIError`` (also ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.data import get_data_details

        return self._fetch(get_data_details.build_request(require(data_id, "data_id")), dict, "data")

    def download_data(
        self, data_id: str, output_path: str | os.PathLike[str] | None = None, *, progress: bool = False
    ) -> str:
        """Download the data to ``output_path`` (default: its name, in the working directory); returns the path.

        The file appears only once complete: an interrupted download leaves no partial file behind.
        """
        from dataports_api.voxel51.api.data import download_data

        require(data_id, "data_id")
        if output_path is None:
            output_path = server_named_path(
                self.get_data_details(data_id).get("name"), f"data-{quote(str(data_id), safe='')}"
            )
        self._download(download_data.build_request(data_id), output_path, progress)
        return os.fspath(output_path)

    def get_data_download_url(self, data_id: str) -> str:
        """A signed URL that reads the data without the API token."""
        from dataports_api.voxel51.api.data import get_data_download_url

        return self._fetch(get_data_download_url.build_request(require(data_id, "data_id")), str, "url")

    def update_data_ttl(self, data_id: str, days: float | None = None, expiration_date: Moment | None = None) -> None:
        """Move the expiration by ``days`` (negative shortens) or set ``expiration_date``; a past date deletes it."""
        from dataports_api.voxel51.api.data import update_data_ttl

        body = ttl_form(days, expiration_date)
        self.caller.send(update_data_ttl.build_request(require(data_id, "data_id"), body=body))

    def delete_data(self, data_id: str) -> None:
        """Delete data from the cloud. ``APIArgumentError`` when the id is missing (before sending), ``APIError`` (also
        ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.data import delete_data

        self.caller.send(delete_data.build_request(require(data_id, "data_id")))
