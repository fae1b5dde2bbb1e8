"""Handlers of ``/v1/analytics`` and ``/v1/status/all``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.clock import now
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request
from dataports_emulators.core.multipart_reader import multipart_upload
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .batches import batch_result
from .catalogue import ANALYTIC_TYPES, parse_doc
from .queries import ANALYTICS_FIELDS, parse_query, read_options, run_query
from .state import Voxel51State
from .values import as_bool

MAX_DOC_BYTES = 4 * 1024 * 1024

_OPERATIONAL = {"operational": True, "message": "All systems operational"}


def analytic_endpoints(service: EmulatorService[Voxel51State]) -> list[Endpoint]:
    """The analytics endpoints, reading ``service.state`` on each call."""

    async def list_analytics(request: Request) -> Response:
        options = await read_options(request)
        all_versions = as_bool("all_versions", options.get("all_versions", False))
        found = service.state.catalogue.listing(all_versions=all_versions, include_pending=False)
        return json_response({"analytics": [a.details() for a in found]})

    async def query_analytics(request: Request) -> Response:
        query = parse_query(await read_options(request), ANALYTICS_FIELDS)
        found = service.state.catalogue.listing(all_versions=query.all_versions, include_pending=True)
        page, total = run_query([a.details() for a in found], query, ANALYTICS_FIELDS)
        return json_response({"analytics": page, "count": total})

    async def upload_analytic(request: Request) -> Response:
        state = service.state
        async with multipart_upload(request, state.spool) as body:
            content = body.document("file", MAX_DOC_BYTES, "file: the analytic doc")
            if content is None:
                raise bad_request("file: the analytic doc JSON is required")
            analytic_type = (body.fields.get("analytic_type") or "PLATFORM").strip().upper()
        if analytic_type not in ANALYTIC_TYPES:
            raise bad_request(f"analytic_type: must be one of {', '.join(ANALYTIC_TYPES)}, got {analytic_type!r}")
        analytic = state.catalogue.upload(parse_doc(content), analytic_type, now())
        return json_response({"analytic": analytic.details()})

    async def get_analytic_details(request: Request) -> Response:
        return json_response({"analytic": service.state.catalogue.get(request.path_params["analytic_id"]).details()})

    async def delete_analytic(request: Request) -> Response:
        catalogue = service.state.catalogue
        catalogue.delete(catalogue.get(request.path_params["analytic_id"]))
        return empty_response(200)

    async def get_analytic_doc(request: Request) -> Response:
        return json_response(service.state.catalogue.get(request.path_params["analytic_id"]).doc)

    async def upload_analytic_image(request: Request) -> Response:
        state = service.state
        analytic_id = request.path_params["analytic_id"]
        state.catalogue.get(analytic_id)
        image_type = request.query_params["type"]
        async with multipart_upload(request, state.spool) as body:
            # Looked up again: the analytic may have been deleted while its image streamed in.
            analytic = state.catalogue.get(analytic_id)
            received = body.files.get("file")
            if received is None:
                raise bad_request("file: the image archive is required, as a file part")
            try:
                state.catalogue.add_image(analytic, image_type, received)
            except OSError:
                raise ServiceError(409, "The emulator was reset during the upload; upload again") from None
            body.files.pop("file")
        return empty_response(200)

    async def batch_analytics(request: Request) -> Response:
        catalogue = service.state.catalogue

        def details(analytic_id: str) -> Record | None:
            return catalogue.get(analytic_id).details()

        return batch_result(details, list(decoded_body(request)["ids"]))

    async def get_platform_status(request: Request) -> Response:
        names = ("platform", "jobs", "data", "analytics")
        return json_response({"statuses": {name: dict(_OPERATIONAL) for name in names}})

    return [
        ("/v1/analytics/list", "GET", list_analytics),
        ("/v1/analytics/batch", "POST", batch_analytics),
        ("/v1/analytics", "GET", query_analytics),
        ("/v1/analytics", "POST", upload_analytic),
        ("/v1/analytics/{analytic_id}", "GET", get_analytic_details),
        ("/v1/analytics/{analytic_id}", "DELETE", delete_analytic),
        ("/v1/analytics/{analytic_id}/doc", "GET", get_analytic_doc),
        ("/v1/analytics/{analytic_id}/images", "POST", upload_analytic_image),
        ("/v1/status/all", "GET", get_platform_status),
    ]
