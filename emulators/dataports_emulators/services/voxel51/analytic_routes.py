"""Handlers of ``/v1/analytics`` and ``/v1/status/all``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.gateway import decoded_body
from dataports_emulators.core.responses import empty_response, json_response

from .catalogue import ANALYTIC_TYPES, parse_doc
from .common import ApiError, Record, as_bool, bad_request, now
from .endpoints import Endpoint, batch_result
from .queries import ANALYTICS_FIELDS, parse_query, read_options, run_query
from .state import Voxel51State
from .storage import read_limited
from .uploads import receive_multipart

MAX_DOC_BYTES = 4 * 1024 * 1024

_OPERATIONAL = {"operational": True, "message": "All systems operational"}


def analytic_endpoints(state: Voxel51State) -> list[Endpoint]:
    async def list_analytics(request: Request) -> Response:
        options = await read_options(request)
        all_versions = as_bool("all_versions", options.get("all_versions", False))
        found = state.catalogue.listing(all_versions=all_versions, include_pending=False)
        return json_response({"analytics": [a.details() for a in found]})

    async def query_analytics(request: Request) -> Response:
        query = parse_query(await read_options(request), ANALYTICS_FIELDS)
        found = state.catalogue.listing(all_versions=query.all_versions, include_pending=True)
        page, total = run_query([a.details() for a in found], query, ANALYTICS_FIELDS)
        return json_response({"analytics": page, "count": total})

    async def upload_analytic(request: Request) -> Response:
        body = await receive_multipart(request, state.spool)
        try:
            received = body.files.get("file")
            if received is not None:
                content = read_limited(received.path, MAX_DOC_BYTES, "file: the analytic doc")
            elif "file" in body.fields:
                content = body.fields["file"].encode()
            else:
                raise bad_request("file: the analytic doc JSON is required")
            analytic_type = (body.fields.get("analytic_type") or "PLATFORM").strip().upper()
        finally:
            body.discard()
        if analytic_type not in ANALYTIC_TYPES:
            raise bad_request(f"analytic_type: must be one of {', '.join(ANALYTIC_TYPES)}, got {analytic_type!r}")
        analytic = state.catalogue.upload(parse_doc(content), analytic_type, now())
        return json_response({"analytic": analytic.details()})

    async def get_analytic_details(request: Request) -> Response:
        return json_response({"analytic": state.catalogue.get(request.path_params["analytic_id"]).details()})

    async def delete_analytic(request: Request) -> Response:
        state.catalogue.delete(state.catalogue.get(request.path_params["analytic_id"]))
        return empty_response(200)

    async def get_analytic_doc(request: Request) -> Response:
        return json_response(state.catalogue.get(request.path_params["analytic_id"]).doc)

    async def upload_analytic_image(request: Request) -> Response:
        analytic_id = request.path_params["analytic_id"]
        state.catalogue.get(analytic_id)
        image_type = request.query_params["type"]
        body = await receive_multipart(request, state.spool)
        try:
            # Looked up again: the analytic may have been deleted while its image streamed in.
            analytic = state.catalogue.get(analytic_id)
            received = body.files.get("file")
            if received is None:
                raise bad_request("file: the image archive is required, as a file part")
            try:
                state.catalogue.add_image(analytic, image_type, received)
            except OSError:
                raise ApiError(409, "The emulator was reset during the upload; upload again") from None
            body.files.pop("file")
        finally:
            body.discard()
        return empty_response(200)

    async def batch_analytics(request: Request) -> Response:
        body = decoded_body(request)

        def details(analytic_id: str) -> Record | None:
            return state.catalogue.get(analytic_id).details()

        return batch_result(details, list(body["ids"]))

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
