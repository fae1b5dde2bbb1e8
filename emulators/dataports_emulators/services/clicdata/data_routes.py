"""Handlers of ``data`` and its sub-paths: data sets, paged rows, Data History, row writes and refreshes."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.responses import json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .datasets import Column, DataSet
from .state import ClicDataState
from .wire import api_error, path_id, text_response

_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no")


def flag(request: Request, name: str) -> bool | None:
    """A boolean query parameter, in any case (the classic wrapper sends ``True``), or ``None`` when absent."""
    value = (request.query_params.get(name) or "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


def page_number(request: Request) -> int:
    """``page`` (from 1; the gateway has checked it is a whole number of at least 1)."""
    raw = request.query_params.get("page", "1")
    try:
        return int(raw)
    except ValueError:
        return int(float(raw))


def custom(data_set: DataSet) -> DataSet:
    """Rows are written only to custom data; a refreshable data set gets its rows from its source."""
    if data_set.source is not None:
        raise api_error(
            400,
            f"Data set {data_set.id} is refreshed from a source; rows can only be written to custom data.",
            code="NotCustomData",
        )
    return data_set


def data_endpoints(service: EmulatorService[ClicDataState]) -> list[Endpoint]:
    def page_size() -> int:
        return int(service.settings["page_size"])

    def data_set(request: Request) -> DataSet:
        return service.state.data_set(path_id(request, "rec_id", "data set"))

    async def list_data_sets(request: Request) -> Response:
        name = (request.query_params.get("name") or "").lower()
        unique, refresh = flag(request, "uniquekeyavailable"), flag(request, "refresh")
        chosen = [
            found.metadata()
            for found in service.state.data_sets.values()
            if name in found.name.lower()
            and (unique is None or bool(found.unique_key) == unique)
            and (refresh is None or (found.source is not None) == refresh)
        ]
        return json_response({"data": chosen})

    async def create_data_set(request: Request) -> Response:
        body: dict[str, Any] = decoded_body(request)
        columns = [Column(column["name"], column["data_type"]) for column in body["columns"]]
        created = service.state.add_data_set(body["name"], body.get("description") or "", columns)
        return text_response(str(created.id))

    async def list_rows(request: Request) -> Response:
        found = data_set(request)
        return json_response(found.page(found.rows, page_number(request), page_size()))

    async def list_versions(request: Request) -> Response:
        found = data_set(request)
        if not found.history:
            raise api_error(400, f"Data History is not enabled on data set {found.id}.", code="DataHistoryDisabled")
        return json_response({"versions": [version.as_json() for version in found.versions]})

    async def list_version_rows(request: Request) -> Response:
        found = data_set(request)
        version = found.version(path_id(request, "version_id", "version"))
        return json_response(found.page(version.rows, page_number(request), page_size()))

    async def append_rows(request: Request) -> Response:
        found = custom(data_set(request))
        rows = decoded_body(request)["data"]
        service.state.check_row_limit(len(rows))
        added = found.append(rows)
        return text_response(f"{added} rows appended to data set {found.id}.")

    async def update_rows(request: Request) -> Response:
        found = custom(data_set(request))
        body = decoded_body(request)
        updated = found.update(body["find"], body["data"], body["multiplerows"])
        return text_response(f"{updated} rows updated in data set {found.id}.")

    async def delete_rows(request: Request) -> Response:
        found = custom(data_set(request))
        body = decoded_body(request)
        deleted = found.delete(body["find"], body["multiplerows"])
        return text_response(f"{deleted} rows deleted from data set {found.id}.")

    async def refresh_data_set(request: Request) -> Response:
        found = data_set(request)
        return text_response(service.state.refresh(found.id, str(request.path_params["method"])))

    return [
        ("/data", "GET", list_data_sets),
        ("/data", "POST", create_data_set),
        ("/data/{rec_id}", "GET", list_rows),
        ("/data/{rec_id}/versions", "GET", list_versions),
        ("/data/{rec_id}/v/{version_id}", "GET", list_version_rows),
        ("/data/{rec_id}/row", "POST", append_rows),
        ("/data/{rec_id}/row", "PUT", update_rows),
        ("/data/{rec_id}/row", "DELETE", delete_rows),
        ("/data/{rec_id}/{method}", "POST", refresh_data_set),
    ]
