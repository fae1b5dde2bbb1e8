"""Analytics methods of ``API``: list, query, inspect, document, deploy (doc, then images), delete."""

from __future__ import annotations

import enum
import os
from typing import Any

from dataports._core.files import open_for_upload

from .arguments import choice, require
from .base import APIBase
from .errors import AnalyticNotFoundError, APIArgumentError
from .query import AnalyticsQuery
from .uploads import upload_file


class AnalyticType(enum.StrEnum):
    """The kinds of analytic, as ``voxel51.users.api.AnalyticType``: ``PLATFORM`` or ``IMAGE_TO_VIDEO``."""

    PLATFORM = "PLATFORM"
    IMAGE_TO_VIDEO = "IMAGE_TO_VIDEO"


class AnalyticImageType(enum.StrEnum):
    """The images an analytic runs on, as ``voxel51.users.api.AnalyticImageType``: ``CPU`` or ``GPU``."""

    CPU = "CPU"
    GPU = "GPU"


def _matching_id(analytics: list[Any], name: str, version: str | None) -> str | None:
    # Searches match substrings, so the exact name (and version) is picked out here.
    for analytic in analytics:
        if analytic["name"] == name and (version is None or analytic["version"] == version):
            return str(analytic["id"])
    return None


class AnalyticsMethods(APIBase):
    def list_analytics(self, all_versions: bool = False) -> list[dict[str, Any]]:
        """The analytics you may run: the latest version of each, or every version with ``all_versions=True``."""
        from dataports_api.voxel51.api.analytics import list_analytics

        return self._fetch(list_analytics.build_request(all_versions=bool(all_versions)), list, "analytics")

    def query_analytics(self, analytics_query: AnalyticsQuery) -> dict[str, Any]:
        """``{"analytics": [...], "count": n}`` for the query (only the query's fields of each analytic)."""
        from dataports_api.voxel51.api.analytics import query_analytics

        if not isinstance(analytics_query, AnalyticsQuery):
            raise APIArgumentError(
                "analytics_query", f"must be an AnalyticsQuery, got {type(analytics_query).__name__}"
            )
        return self._fetch(query_analytics.build_request(**analytics_query.to_dict()), dict)

    def get_analytic_id(self, name: str, version: str | None = None) -> str:
        """The id of analytic ``name`` (its latest version unless ``version`` is given).

        An unknown name raises ``AnalyticNotFoundError``: the classic ``ValueError`` ("Analytic 'x' not found"),
        and also an ``APIError``/``dataports.NotFoundError`` with code 404.
        """
        from dataports_api.voxel51.api.analytics import query_analytics

        query = AnalyticsQuery(all_versions=version is not None).add_fields(["id", "name", "version"])
        query.add_search("name", require(name, "name"))
        if version is not None:
            query.add_search("version", version)
        response = self.caller.send(query_analytics.build_request(**query.to_dict()))
        analytics = self.caller.expect(response, self.caller.decode(response, "analytics"), list)
        found = self.caller.parse(response, lambda items: _matching_id(items, name, version), analytics)
        if found is None:
            raise AnalyticNotFoundError(name, version)
        return found

    def get_analytic_details(self, analytic_id: str) -> dict[str, Any]:
        """The analytic's metadata as a dict. ``APIArgumentError`` when the id is missing (before sending), ``APIError``
        (also ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.analytics import get_analytic_details

        request = get_analytic_details.build_request(require(analytic_id, "analytic_id"))
        return self._fetch(request, dict, "analytic")

    def get_analytic_doc(self, analytic_id: str) -> dict[str, Any]:
        """The analytic's documentation: ``{"info", "inputs", "outputs", "parameters"}``."""
        from dataports_api.voxel51.api.analytics import get_analytic_doc

        return self._fetch(get_analytic_doc.build_request(require(analytic_id, "analytic_id")), dict)

    def upload_analytic(
        self, doc_json_path: str | os.PathLike[str], analytic_type: AnalyticType | str | None = None
    ) -> dict[str, Any]:
        """Create a (pending) analytic from its documentation JSON; upload its image(s) next."""
        from dataports_api.voxel51.api.analytics import upload_analytic
        from dataports_api.voxel51.models import UploadAnalyticBody

        fields: dict[str, Any] = {}
        if analytic_type is not None:
            fields["analytic_type"] = choice(str(analytic_type), "analytic_type", tuple(AnalyticType))
        with open_for_upload(doc_json_path) as handle:
            body = UploadAnalyticBody(file=upload_file(doc_json_path, handle, "application/json"), **fields)
            return self._fetch(upload_analytic.build_request(body=body), dict, "analytic")

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
        from dataports_api.voxel51.models import UploadAnalyticImageBody
        from dataports_api.voxel51.models.analytic_image_type import check_analytic_image_type

        kind = check_analytic_image_type(
            choice(str(require(image_type, "image_type")), "image_type", tuple(AnalyticImageType))
        )
        require(analytic_id, "analytic_id")
        with open_for_upload(image_tar_path, progress=progress) as handle:
            body = UploadAnalyticImageBody(file=upload_file(image_tar_path, handle, "application/octet-stream"))
            self.caller.send(upload_analytic_image.build_request(analytic_id, body=body, type_=kind))

    def delete_analytic(self, analytic_id: str) -> None:
        """Delete an analytic you uploaded. ``APIArgumentError`` when the id is missing (before sending), ``APIError``
        (also ``dataports.NotFoundError`` for a 404) when the call fails."""
        from dataports_api.voxel51.api.analytics import delete_analytic

        self.caller.send(delete_analytic.build_request(require(analytic_id, "analytic_id")))
