"""Analytics methods of ``API``: list, query, inspect, document, deploy (doc, then images), delete."""

from __future__ import annotations

import enum
import os
from typing import Any

from dataports._core.arguments import InvalidArgumentError, choice, require
from dataports._core.files import open_for_upload

from ._connection import Connection
from ._data import upload_file
from .errors import APIError
from .query import AnalyticsQuery


class AnalyticType(enum.StrEnum):
    PLATFORM = "PLATFORM"
    IMAGE_TO_VIDEO = "IMAGE_TO_VIDEO"


class AnalyticImageType(enum.StrEnum):
    CPU = "CPU"
    GPU = "GPU"


class AnalyticsMethods(Connection):
    def list_analytics(self, all_versions: bool = False) -> list[dict[str, Any]]:
        """The analytics you may run: the latest version of each, or every version with ``all_versions=True``."""
        from dataports_api.voxel51.api.analytics import list_analytics

        response = list_analytics.sync_detailed(client=self.api, all_versions=bool(all_versions))
        return list(self._json(response)["analytics"])

    def query_analytics(self, analytics_query: AnalyticsQuery) -> dict[str, Any]:
        """``{"analytics": [...], "count": n}`` for the query (only the query's fields of each analytic)."""
        from dataports_api.voxel51.api.analytics import query_analytics

        if not isinstance(analytics_query, AnalyticsQuery):
            raise InvalidArgumentError(
                "analytics_query", f"must be an AnalyticsQuery, got {type(analytics_query).__name__}"
            )
        return dict(self._json(query_analytics.sync_detailed(client=self.api, **analytics_query.to_dict())))

    def get_analytic_id(self, name: str, version: str | None = None) -> str:
        """The id of analytic ``name`` (its latest version unless ``version`` is given)."""
        query = AnalyticsQuery(all_versions=version is not None).add_fields(["id", "name", "version"])
        query.add_search("name", require(name, "name"))
        if version is not None:
            query.add_search("version", version)
        # Searches match substrings, so the exact name (and version) is picked out here.
        for analytic in self.query_analytics(query)["analytics"]:
            if analytic["name"] == name and (version is None or analytic["version"] == version):
                return str(analytic["id"])
        wanted = f"{name} version {version}" if version else name
        raise APIError(f"No analytic found with name {wanted}", 404)

    def get_analytic_details(self, analytic_id: str) -> dict[str, Any]:
        from dataports_api.voxel51.api.analytics import get_analytic_details

        response = get_analytic_details.sync_detailed(require(analytic_id, "analytic_id"), client=self.api)
        return dict(self._json(response)["analytic"])

    def get_analytic_doc(self, analytic_id: str) -> dict[str, Any]:
        """The analytic's documentation: ``{"info", "inputs", "outputs", "parameters"}``."""
        from dataports_api.voxel51.api.analytics import get_analytic_doc

        response = get_analytic_doc.sync_detailed(require(analytic_id, "analytic_id"), client=self.api)
        return dict(self._json(response))

    def upload_analytic(
        self, doc_json_path: str | os.PathLike[str], analytic_type: AnalyticType | str | None = None
    ) -> dict[str, Any]:
        """Create a (pending) analytic from its documentation JSON; upload its image(s) next."""
        from dataports_api.voxel51.api.analytics import upload_analytic

        fields: dict[str, Any] = {}
        if analytic_type is not None:
            fields["analytic_type"] = choice(str(analytic_type), "analytic_type", tuple(AnalyticType))
        with open_for_upload(doc_json_path) as handle:
            body = self._model("UploadAnalyticBody")(
                file=upload_file(doc_json_path, handle, "application/json"), **fields
            )
            response = upload_analytic.sync_detailed(client=self.api, body=body)
        return dict(self._json(response)["analytic"])

    def upload_analytic_image(
        self,
        analytic_id: str,
        image_tar_path: str | os.PathLike[str],
        image_type: AnalyticImageType | str,
        *,
        progress: bool = False,
    ) -> None:
        """Upload the Docker image archive (``.tar``/``.tar.gz``) of an analytic for CPU or GPU, streamed."""
        from dataports_api.voxel51.api.analytics import upload_analytic_image

        kind: Any = choice(str(require(image_type, "image_type")), "image_type", tuple(AnalyticImageType))
        require(analytic_id, "analytic_id")
        with open_for_upload(image_tar_path, progress=progress) as handle:
            body = self._model("UploadAnalyticImageBody")(
                file=upload_file(image_tar_path, handle, "application/octet-stream")
            )
            upload_analytic_image.sync_detailed(analytic_id, client=self.api, body=body, type_=kind)

    def delete_analytic(self, analytic_id: str) -> None:
        from dataports_api.voxel51.api.analytics import delete_analytic

        delete_analytic.sync_detailed(require(analytic_id, "analytic_id"), client=self.api)
