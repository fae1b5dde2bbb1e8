"""HTTP handlers of the Gretel emulator. Every success is 200 with a ``{"data": ...}`` envelope."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.clock import iso_naive_utc
from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.routing import Endpoint, route_table
from dataports_emulators.core.scope import decoded_body, principal
from dataports_emulators.core.service import EmulatorService

from .entities import flatten, metadata_for
from .samples import SAMPLES, sample_records
from .state import MAX_RECORDS_PER_CALL, Workspace

#: Tells dataports clients that this server honours Idempotency-Key on records/send (the real service does not, so
#: clients replay an ambiguous batch only after seeing this header).
IDEMPOTENCY_HEADER = {"x-dataports-idempotency": "honoured"}


def _data(payload: Any, **extra: Any) -> Response:
    return json_response({"data": payload, **extra}, headers=IDEMPOTENCY_HEADER)


def _too_many(count: int) -> ServiceError:
    return ServiceError(
        400,
        f"Too many records: {count} sent, at most {MAX_RECORDS_PER_CALL} records per call",
        {"records": [f"max {MAX_RECORDS_PER_CALL} per call"]},
    )


def build_routes(service: EmulatorService[Workspace]) -> list[BaseRoute]:
    """Every endpoint of the spec, reading ``service.state`` on each call."""

    def later(action: Callable[[Workspace], object]) -> None:
        # Deletes and flushes finish shortly after the call, as on the real service.
        service.call_later(float(service.settings["async_seconds"]), action)

    async def list_projects(request: Request) -> Response:
        limit = int(request.query_params.get("limit", 200))
        found = service.state.visible(principal(request), request.query_params.get("query"), limit)
        return _data({"projects": [p.as_json() for p in found]})

    async def create_project(request: Request) -> Response:
        body = decoded_body(request) or {}
        if not isinstance(body, dict):
            raise ServiceError(400, "Expected a JSON object", {"body": ["must be an object"]})
        return _data({"id": service.state.create(principal(request), body).id})

    async def project(request: Request) -> Response:
        found = service.state.find(principal(request), request.path_params["project"])
        if request.method == "DELETE":
            later(lambda ws: ws.remove(found.id))
            return _data({"deleted": found.id})
        return _data({"project": found.as_json()})

    async def flush(request: Request) -> Response:
        found = service.state.find(principal(request), request.path_params["project"])
        later(lambda ws: ws.flush(found.id))
        return _data({"flushed": found.id})

    async def send(request: Request) -> Response:
        found = service.state.find(principal(request), request.path_params["project"])
        key = request.headers.get("idempotency-key")
        if key and key in found.idempotent:
            return _data(found.idempotent[key])
        items = decoded_body(request)
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            raise ServiceError(400, "Expected a JSON list of records", {"body": ["must be a list"]})
        if len(items) > MAX_RECORDS_PER_CALL:
            raise _too_many(len(items))
        outcome = found.ingest(items, request.query_params.get("detection_mode", "fast"))
        if key:
            found.idempotent[key] = outcome
        return _data(outcome)

    async def stream(request: Request) -> Response:
        found = service.state.find(principal(request), request.path_params["project"])
        params = request.query_params
        records = found.stream(
            count=int(params.get("count", 200)),
            oldest=params.get("oldest"),
            newest=params.get("newest"),
            entity=params.get("entity_stream"),
        )
        with_meta, flat = params.get("with_meta") == "yes", params.get("flatten") == "yes"
        shaped = []
        for record in records:
            item: dict[str, Any] = {
                "id": record["id"],
                "data": dict(flatten(record["data"])) if flat else record["data"],
                "ingest_time": record["ingest_time"],
            }
            if with_meta:
                item["metadata"] = record["metadata"]
            shaped.append(item)
        return _data({"records": shaped})

    async def field_schema(request: Request) -> Response:
        found = service.state.find(principal(request), request.path_params["project"])
        params = request.query_params
        entity = params.get("value") if params.get("filter") == "entity" else None
        fields = found.field_schema(count=int(params.get("count", 500)), entity=entity)
        if params.get("detail") == "no":
            fields = [{"field": f["field"], "count": f["count"]} for f in fields]
        return _data(
            {"fields": fields}, total_field_count=len(found.field_counts), project_record_count=len(found.records)
        )

    async def field_entities(request: Request) -> Response:
        found = service.state.find(principal(request), request.path_params["project"])
        return _data({"entities": found.entities()})

    async def detect(request: Request) -> Response:
        items = decoded_body(request)
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ServiceError(400, "Expected a JSON list of record objects", {"body": ["must be a list of objects"]})
        if len(items) > MAX_RECORDS_PER_CALL:
            raise ServiceError(400, f"At most {MAX_RECORDS_PER_CALL} records per call", {"records": ["too many"]})
        received = iso_naive_utc()
        return _data(
            {"records": [{"data": i, "metadata": metadata_for("", i, received, detect_entities=True)} for i in items]}
        )

    async def samples(request: Request) -> Response:
        key = request.query_params.get("key")
        if key is None:
            return _data({"samples": SAMPLES})
        if key not in SAMPLES:
            raise ServiceError(404, f"No sample named {key!r}", {"key": [f"choose one of {sorted(SAMPLES)}"]})
        return _data({"samples": sample_records(key, int(request.query_params.get("limit", 100)))})

    endpoints: list[Endpoint] = [
        ("/projects", "GET", list_projects),
        ("/projects", "POST", create_project),
        ("/projects/{project}", "GET", project),
        ("/projects/{project}", "DELETE", project),
        ("/projects/{project}/flush", "POST", flush),
        ("/records/send/{project}", "POST", send),
        ("/records/detect_entities", "POST", detect),
        ("/records/samples", "GET", samples),
        ("/streams/records/{project}", "GET", stream),
        ("/fields/schema/{project}", "GET", field_schema),
        ("/fields/entities/{project}", "GET", field_entities),
    ]
    return route_table(endpoints)
