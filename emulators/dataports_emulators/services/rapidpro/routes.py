"""HTTP handlers of the RapidPro emulator: one route per ``<endpoint>.json``, dispatching on the method."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dataports_emulators.core.collection import InvalidCursor, Record
from dataports_emulators.core.gateway import decoded_body
from dataports_emulators.core.responses import empty_response, json_response

from .listing import build_matcher
from .state import RESOURCES, BadQuery, Invalid, Missing, Workspace

if TYPE_CHECKING:
    from . import RapidProEmulator

PAGE_SIZE = 250
TRUE = {"1", "true", "True", "yes"}

#: List endpoints whose ``reverse`` flag the real server honours.
REVERSIBLE = {"contacts", "runs"}

#: Every stored resource has a list endpoint of the same name; deleted contacts are served by ``contacts?deleted=1``.
LIST_ENDPOINTS = tuple(name for name in RESOURCES if name != "deleted_contacts")

Handler = Callable[[Request], Awaitable[Response]]


def _one_identifier(params: Mapping[str, str], allowed: Sequence[str]) -> tuple[str, str] | None:
    given = [(name, params[name]) for name in allowed if params.get(name)]
    if len(given) > 1:
        raise BadQuery(f"URL can only contain one of the following parameters: {', '.join(allowed)}")
    return given[0] if given else None


def build_routes(service: RapidProEmulator, prefix: str) -> list[BaseRoute]:
    ws: Workspace = service.workspace

    def guarded(handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            try:
                return await handler(request)
            except Invalid as exc:
                return service.error_response(400, str(exc), exc.errors)
            except BadQuery as exc:
                return service.error_response(400, str(exc))
            except Missing:
                return service.not_found_response()
            except InvalidCursor:
                return service.error_response(404, "Invalid cursor")

        return run

    def listing(resource: str) -> Handler:
        async def handler(request: Request) -> Response:
            params = request.query_params
            collection_name = resource
            if resource == "contacts" and params.get("deleted") in TRUE:
                collection_name = "deleted_contacts"
            matcher = build_matcher(collection_name, params, ws)
            reverse = resource in REVERSIBLE and params.get("reverse") in TRUE
            results, next_cursor = ws.c[collection_name].page(
                matcher, cursor=params.get("cursor"), reverse=reverse, size=PAGE_SIZE
            )
            next_url = str(request.url.include_query_params(cursor=next_cursor)) if next_cursor else None
            previous = str(request.url) if params.get("cursor") else None
            return json_response({"next": next_url, "previous": previous, "results": results})

        return handler

    def write(
        resource: str, identifiers: Sequence[str], writer: Callable[[dict[str, Any], Record | None], Record]
    ) -> Handler:
        async def handler(request: Request) -> Response:
            body = dict(decoded_body(request) or {})
            existing = _existing(resource, request.query_params, identifiers)
            return json_response(writer(body, existing), 201)

        return handler

    def _existing(resource: str, params: Mapping[str, str], identifiers: Sequence[str]) -> Record | None:
        identifier = _one_identifier(params, identifiers)
        if identifier is None:
            return None
        name, value = identifier
        if resource == "contacts":
            return ws.contact_by_identifier(value if name == "uuid" else None, value if name == "urn" else None)
        key: Any = int(value) if name == "id" and value.isdigit() else value
        record = ws.c[resource].get(key)
        if record is None:
            raise Missing()
        return record

    def delete(resource: str, identifiers: Sequence[str], remover: Callable[[Record], None]) -> Handler:
        async def handler(request: Request) -> Response:
            if _one_identifier(request.query_params, identifiers) is None:
                raise BadQuery(f"URL must contain one of the following parameters: {', '.join(identifiers)}")
            record = _existing(resource, request.query_params, identifiers)
            assert record is not None
            remover(record)
            return empty_response(204)

        return handler

    def write_contact(body: dict[str, Any], existing: Record | None) -> Record:
        return ws.write_contact(body, existing)

    async def contact_by_urn_upsert(request: Request) -> Response:
        # An update by URN creates the contact when the URN is unknown (the body may then not list urns).
        params = request.query_params
        body = dict(decoded_body(request) or {})
        if params.get("urn") and not params.get("uuid"):
            try:
                existing: Record | None = ws.contact_by_identifier(None, params["urn"])
            except Missing:
                if "urns" in body:
                    raise Invalid("urns", "Field not allowed when using URN in URL") from None
                body["urns"] = [params["urn"]]
                existing = None
            return json_response(ws.write_contact(body, existing), 201)
        return await write("contacts", ("uuid", "urn"), write_contact)(request)

    def remove(resource: str) -> Callable[[Record], None]:
        def remover(record: Record) -> None:
            key = record.get("uuid", record.get("id"))
            ws.c[resource].remove(key)

        return remover

    def created(action: Callable[[dict[str, Any]], Record]) -> Handler:
        async def handler(request: Request) -> Response:
            return json_response(action(dict(decoded_body(request) or {})), 201)

        return handler

    def bulk(action: Callable[[dict[str, Any]], None]) -> Handler:
        async def handler(request: Request) -> Response:
            action(dict(decoded_body(request) or {}))
            return empty_response(204)

        return handler

    async def org(request: Request) -> Response:
        return json_response(ws.org)

    async def definitions(request: Request) -> Response:
        flows = [ws.c["flows"].get(u) for u in request.query_params.getlist("flow")]
        campaigns = [ws.c["campaigns"].get(u) for u in request.query_params.getlist("campaign")]
        return json_response(ws.export([f for f in flows if f], [c for c in campaigns if c]))

    writes: dict[str, Handler] = {
        "broadcasts": created(ws.broadcast),
        "campaigns": write("campaigns", ("uuid",), ws.write_campaign),
        "campaign_events": write("campaign_events", ("uuid",), ws.write_campaign_event),
        "contacts": contact_by_urn_upsert,
        "fields": write("fields", ("key",), ws.write_field),
        "flow_starts": created(ws.start_flow),
        "globals": write("globals", ("key",), ws.write_global),
        "groups": write("groups", ("uuid",), lambda body, existing: ws.write_named("groups", body, existing)),
        "labels": write("labels", ("uuid",), lambda body, existing: ws.write_named("labels", body, existing)),
        "messages": created(ws.send_message),
        "resthook_subscribers": created(ws.subscribe),
    }
    deletes: dict[str, Handler] = {
        "campaign_events": delete("campaign_events", ("uuid",), remove("campaign_events")),
        "contacts": delete("contacts", ("uuid", "urn"), ws.delete_contact),
        "groups": delete("groups", ("uuid",), ws.delete_group),
        "labels": delete("labels", ("uuid",), ws.delete_label),
        "resthook_subscribers": delete("resthook_subscribers", ("id",), remove("resthook_subscribers")),
    }

    routes: list[BaseRoute] = []
    for resource in LIST_ENDPOINTS:
        by_method: dict[str, Handler] = {"GET": listing(resource)}
        if resource in writes:
            by_method["POST"] = writes[resource]
        if resource in deletes:
            by_method["DELETE"] = deletes[resource]
        routes.append(_route(f"{prefix}/{resource}.json", by_method, guarded))
    routes.append(_route(f"{prefix}/contact_actions.json", {"POST": bulk(ws.contact_action)}, guarded))
    routes.append(_route(f"{prefix}/message_actions.json", {"POST": bulk(ws.message_action)}, guarded))
    routes.append(_route(f"{prefix}/org.json", {"GET": org}, guarded))
    routes.append(_route(f"{prefix}/definitions.json", {"GET": definitions}, guarded))
    return routes


def _route(path: str, by_method: Mapping[str, Handler], guard: Callable[[Handler], Handler]) -> Route:
    handlers = {method: guard(handler) for method, handler in by_method.items()}

    async def dispatch(request: Request) -> Response:
        return await handlers[request.method](request)

    return Route(path, dispatch, methods=list(handlers))
