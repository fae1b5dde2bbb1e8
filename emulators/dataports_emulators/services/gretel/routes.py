"""HTTP handlers of the Gretel emulator. Every success is 200 with a ``{"data": ...}`` envelope."""

from __future__ import annotations

import asyncio
import hashlib
import random
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dataports_emulators.core.responses import json_response

from .entities import flatten, metadata_for
from .state import MAX_RECORDS_PER_CALL, GretelError, Workspace, now_iso

if TYPE_CHECKING:
    from . import GretelEmulator

Handler = Callable[[Request], Awaitable[Response]]

SAMPLES = {
    "safecast": "Radiation measurements from the Safecast project (device, location, reading).",
    "bike-trips": "Bike-share trips with station names, durations and rider contact details.",
    "customer-support": "Support tickets with customer names, emails, phone numbers and IP addresses.",
}


def sample_records(key: str, limit: int) -> list[dict[str, Any]]:
    # Seeded by the key, so a sample is the same on every call and every machine.
    rng = random.Random(hashlib.sha256(key.encode()).digest())
    names = ["Ann Smith", "Jose Garcia", "Priya Patel", "Tom Baker", "Yuki Tanaka"]
    records = []
    for i in range(limit):
        name = names[i % len(names)]
        records.append(
            {
                "id": i,
                "customer": name,
                "email": f"{name.split()[0].lower()}.{i}@example.com",
                "phone": f"+1 415 555 {rng.randrange(1000, 9999)}",
                "ip": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                "reading": round(rng.uniform(0, 100), 2),
            }
        )
    return records


#: Tells dataports clients that this server honours Idempotency-Key on records/send (the real service does not, so
#: clients replay an ambiguous batch only after seeing this header).
IDEMPOTENCY_HEADER = {"x-dataports-idempotency": "honoured"}


def _data(payload: Any, **extra: Any) -> Response:
    return json_response({"data": payload, **extra}, headers=IDEMPOTENCY_HEADER)


async def _json_body(request: Request) -> Any:
    # The classic client posts JSON without a Content-Type header, so the body is parsed whatever the header says.
    raw = await request.body()
    if not raw.strip():
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise GretelError(400, "Request body is not valid JSON", {"body": [str(exc)]}) from None


def build_routes(service: GretelEmulator) -> list[BaseRoute]:
    ws: Workspace = service.workspace

    def owner(request: Request) -> str:
        return service.token_from_request(request) or ""

    def guarded(handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            try:
                return await handler(request)
            except GretelError as exc:
                return service.error_response(exc.status, exc.message, exc.context)

        return run

    def later(action: Callable[[], None]) -> None:
        # Deletes and flushes finish shortly after the call, as on the real service.
        asyncio.get_running_loop().call_later(service.async_delay, action)

    async def list_projects(request: Request) -> Response:
        limit = int(request.query_params.get("limit", 200))
        found = ws.visible(owner(request), request.query_params.get("query"), limit)
        return _data({"projects": [p.as_json() for p in found]})

    async def create_project(request: Request) -> Response:
        body = await _json_body(request) or {}
        if not isinstance(body, dict):
            raise GretelError(400, "Expected a JSON object", {"body": ["must be an object"]})
        return _data({"id": ws.create(owner(request), body).id})

    async def project(request: Request) -> Response:
        found = ws.find(owner(request), request.path_params["project"])
        if request.method == "DELETE":
            later(lambda: ws.remove(found.id))
            return _data({"deleted": found.id})
        return _data({"project": found.as_json()})

    async def flush(request: Request) -> Response:
        found = ws.find(owner(request), request.path_params["project"])
        later(found.flush)
        return _data({"flushed": found.id})

    async def send(request: Request) -> Response:
        found = ws.find(owner(request), request.path_params["project"])
        key = request.headers.get("idempotency-key")
        if key and key in found.idempotent:
            return _data(found.idempotent[key])
        items = await _json_body(request)
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            raise GretelError(400, "Expected a JSON list of records", {"body": ["must be a list"]})
        if len(items) > MAX_RECORDS_PER_CALL:
            raise GretelError(
                400,
                f"Too many records: {len(items)} sent, at most {MAX_RECORDS_PER_CALL} records per call",
                {"records": [f"max {MAX_RECORDS_PER_CALL} per call"]},
            )
        outcome = found.ingest(items, request.query_params.get("detection_mode", "fast"))
        if key:
            found.idempotent[key] = outcome
        return _data(outcome)

    async def stream(request: Request) -> Response:
        found = ws.find(owner(request), request.path_params["project"])
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
        found = ws.find(owner(request), request.path_params["project"])
        params = request.query_params
        entity = params.get("value") if params.get("filter") == "entity" else None
        fields = found.field_schema(count=int(params.get("count", 500)), entity=entity)
        if params.get("detail") == "no":
            fields = [{"field": f["field"], "count": f["count"]} for f in fields]
        return _data(
            {"fields": fields}, total_field_count=len(found.field_counts), project_record_count=len(found.records)
        )

    async def field_entities(request: Request) -> Response:
        found = ws.find(owner(request), request.path_params["project"])
        return _data({"entities": found.entities()})

    async def detect(request: Request) -> Response:
        items = await _json_body(request)
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise GretelError(400, "Expected a JSON list of record objects", {"body": ["must be a list of objects"]})
        if len(items) > MAX_RECORDS_PER_CALL:
            raise GretelError(400, f"At most {MAX_RECORDS_PER_CALL} records per call", {"records": ["too many"]})
        received = now_iso()
        return _data(
            {"records": [{"data": i, "metadata": metadata_for("", i, received, detect_entities=True)} for i in items]}
        )

    async def samples(request: Request) -> Response:
        key = request.query_params.get("key")
        if key is None:
            return _data({"samples": SAMPLES})
        if key not in SAMPLES:
            raise GretelError(404, f"No sample named {key!r}", {"key": [f"choose one of {sorted(SAMPLES)}"]})
        return _data({"samples": sample_records(key, int(request.query_params.get("limit", 100)))})

    routes: list[tuple[str, Handler, list[str]]] = [
        ("/projects", list_projects, ["GET"]),
        ("/projects", create_project, ["POST"]),
        ("/projects/{project}", project, ["GET", "DELETE"]),
        ("/projects/{project}/flush", flush, ["POST"]),
        ("/records/send/{project}", send, ["POST"]),
        ("/records/detect_entities", detect, ["POST"]),
        ("/records/samples", samples, ["GET"]),
        ("/streams/records/{project}", stream, ["GET"]),
        ("/fields/schema/{project}", field_schema, ["GET"]),
        ("/fields/entities/{project}", field_entities, ["GET"]),
    ]
    return [Route(path, guarded(handler), methods=methods) for path, handler, methods in routes]


__all__ = ["build_routes", "sample_records"]
