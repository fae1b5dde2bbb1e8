"""Handlers of ``/v1/data``: uploads streamed to disk, downloads streamed from it, TTLs, queries and batches."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.clock import now
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request
from dataports_emulators.core.file_responses import stream_file
from dataports_emulators.core.multipart_reader import multipart_upload
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .batches import batch_result, ttl_change
from .queries import DATA_FIELDS, parse_query, read_options, run_query
from .state import Voxel51State
from .storage import DEFAULT_DATA_TTL, DataItem
from .values import new_expiration, parse_datetime


def data_endpoints(service: EmulatorService[Voxel51State]) -> list[Endpoint]:
    """The data endpoints, reading ``service.state`` on each call."""

    def item_of(request: Request) -> DataItem:
        return service.state.store.get(request.path_params["data_id"], now())

    async def list_data(request: Request) -> Response:
        return json_response({"data": [item.details() for item in service.state.store.live(now())]})

    async def query_data(request: Request) -> Response:
        query = parse_query(await read_options(request), DATA_FIELDS)
        records = [item.details() for item in service.state.store.live(now())]
        page, total = run_query(records, query, DATA_FIELDS)
        return json_response({"data": page, "count": total})

    async def upload_data(request: Request) -> Response:
        state = service.state
        async with multipart_upload(request, state.spool) as body:
            received = body.files.get("file")
            if received is None:
                raise bad_request("file: a file part (with a filename) is required")
            moment = now()
            ttl = body.fields.get("data_ttl")
            expiration = parse_datetime("data_ttl", ttl) if ttl else moment + DEFAULT_DATA_TTL
            if expiration <= moment:
                raise bad_request("data_ttl: the expiration date must be in the future")
            try:
                item = state.store.add_upload(received, expiration, moment)
            except OSError:
                # Only happens when the folder went away while the upload was streaming in.
                raise ServiceError(409, "The emulator was reset during the upload; upload again") from None
            body.files.pop("file")
        return json_response({"data": item.details()})

    async def post_data_as_url(request: Request) -> Response:
        body = decoded_body(request)
        moment = now()
        url = body["signed_url"]
        if not url.startswith(("http://", "https://")):
            raise bad_request("signed_url: must be an http(s) URL")
        if body["size"] < 0:
            raise bad_request("size: must not be negative")
        expiration = parse_datetime("data_ttl", body["data_ttl"])
        if expiration <= moment:
            raise bad_request("data_ttl: the expiration date must be in the future")
        item = service.state.store.add_url(
            signed_url=url,
            filename=body["filename"],
            mimetype=body["mimetype"],
            size=body["size"],
            encoding=body.get("encoding"),
            expiration=expiration,
            moment=moment,
        )
        return json_response({"data": item.details()})

    async def get_data_details(request: Request) -> Response:
        return json_response({"data": item_of(request).details()})

    async def delete_data(request: Request) -> Response:
        store, moment = service.state.store, now()
        store.remove(store.get(request.path_params["data_id"], moment), moment)
        return empty_response(200)

    async def download_data(request: Request) -> Response:
        item = item_of(request)
        if item.path is None:
            raise bad_request(f"Data {item.id} was posted as a URL: read it from that URL, the platform holds no copy")
        return stream_file(item.path, item.name, item.type)

    async def get_data_download_url(request: Request) -> Response:
        item = item_of(request)
        if item.signed_url is not None:
            return json_response({"url": item.signed_url})
        return json_response({"url": service.state.links.url(request, f"/v1/data/{item.id}/download")})

    async def update_data_ttl(request: Request) -> Response:
        store, moment = service.state.store, now()
        item = store.get(request.path_params["data_id"], moment)
        store.set_expiration(item, new_expiration(item.expiration_date, decoded_body(request)), moment)
        return empty_response(200)

    async def batch_data(request: Request) -> Response:
        store, body = service.state.store, decoded_body(request)
        action: str = body["action"]
        change = ttl_change(body) if action == "ttl" else {}

        def apply(data_id: str) -> Record | None:
            moment = now()
            item = store.get(data_id, moment)
            if action == "details":
                return item.details()
            if action == "ttl":
                store.set_expiration(item, new_expiration(item.expiration_date, change), moment)
            else:
                store.remove(item, moment)
            return None

        return batch_result(apply, list(body["ids"]))

    return [
        ("/v1/data/list", "GET", list_data),
        ("/v1/data/url", "POST", post_data_as_url),
        ("/v1/data/batch", "POST", batch_data),
        ("/v1/data", "GET", query_data),
        ("/v1/data", "POST", upload_data),
        ("/v1/data/{data_id}", "GET", get_data_details),
        ("/v1/data/{data_id}", "DELETE", delete_data),
        ("/v1/data/{data_id}/download", "GET", download_data),
        ("/v1/data/{data_id}/download-url", "GET", get_data_download_url),
        ("/v1/data/{data_id}/ttl", "PUT", update_data_ttl),
    ]
