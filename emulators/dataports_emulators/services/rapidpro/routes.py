"""HTTP handlers of the RapidPro emulator: one route per ``<endpoint>.json``, dispatching on the method."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.collection import InvalidCursor, Record
from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint, Handler, route_table
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from . import campaigns, contacts, fields_and_globals, flows, groups_and_labels, messages, resthooks
from .listing import build_matcher
from .records import TRUE_VALUES, bad_query, invalid, missing
from .state import RESOURCES, Workspace

PAGE_SIZE = 250

#: List endpoints whose ``reverse`` flag the real server honours.
REVERSIBLE = {"contacts", "runs"}

#: Every stored resource has a list endpoint of the same name; deleted contacts are served by ``contacts?deleted=1``.
LIST_ENDPOINTS = tuple(name for name in RESOURCES if name != "deleted_contacts")

Writer = Callable[[Workspace, dict[str, Any], Record | None], Record]
Action = Callable[[Workspace, dict[str, Any]], Any]
Remover = Callable[[Workspace, Record], None]


def _one_identifier(params: Mapping[str, str], allowed: Sequence[str]) -> tuple[str, str] | None:
    given = [(name, params[name]) for name in allowed if params.get(name)]
    if len(given) > 1:
        raise bad_query(f"URL can only contain one of the following parameters: {', '.join(allowed)}")
    return given[0] if given else None


def _existing(ws: Workspace, resource: str, params: Mapping[str, str], identifiers: Sequence[str]) -> Record | None:
    """The record an identifying query parameter names (``None`` when there is none; a 404 when it is unknown)."""
    identifier = _one_identifier(params, identifiers)
    if identifier is None:
        return None
    name, value = identifier
    if resource == "contacts":
        return ws.contact_by_identifier(value if name == "uuid" else None, value if name == "urn" else None)
    key: Any = int(value) if name == "id" and value.isdigit() else value
    record = ws.collections[resource].get(key)
    if record is None:
        raise missing()
    return record


def _body(request: Request) -> dict[str, Any]:
    return dict(decoded_body(request) or {})


def _named(resource: str) -> Writer:
    return lambda ws, body, existing: groups_and_labels.write_named(ws, resource, body, existing)


def _named_remover(resource: str) -> Remover:
    return lambda ws, record: groups_and_labels.delete_named(ws, resource, record)


def _remove(resource: str) -> Remover:
    def remover(ws: Workspace, record: Record) -> None:
        ws.collections[resource].remove(record.get("uuid", record.get("id")))

    return remover


def _upsert_contact(ws: Workspace, params: Mapping[str, str], body: dict[str, Any]) -> Record:
    # An update by URN creates the contact when the URN is unknown (the body may then not list urns).
    if params.get("urn") and not params.get("uuid"):
        try:
            existing: Record | None = ws.contact_by_identifier(None, params["urn"])
        except ServiceError:
            if "urns" in body:
                raise invalid("urns", "Field not allowed when using URN in URL") from None
            body["urns"] = [params["urn"]]
            existing = None
        return contacts.write_contact(ws, body, existing)
    return contacts.write_contact(ws, body, _existing(ws, "contacts", params, ("uuid", "urn")))


def build_routes(service: EmulatorService[Workspace]) -> list[BaseRoute]:
    """Every endpoint of the spec, reading ``service.state`` on each call."""
    prefix = service.api_prefix

    def listing(resource: str) -> Handler:
        async def handler(request: Request) -> Response:
            ws, params = service.state, request.query_params
            collection_name = resource
            if resource == "contacts" and params.get("deleted") in TRUE_VALUES:
                collection_name = "deleted_contacts"
            matcher = build_matcher(collection_name, params, ws)
            reverse = resource in REVERSIBLE and params.get("reverse") in TRUE_VALUES
            try:
                results, next_cursor = ws.collections[collection_name].page(
                    matcher, cursor=params.get("cursor"), reverse=reverse, size=PAGE_SIZE
                )
            except InvalidCursor:
                raise ServiceError(404, "Invalid cursor") from None
            next_url = str(request.url.include_query_params(cursor=next_cursor)) if next_cursor else None
            previous = str(request.url) if params.get("cursor") else None
            return json_response({"next": next_url, "previous": previous, "results": results})

        return handler

    def write(resource: str, identifiers: Sequence[str], writer: Writer) -> Handler:
        async def handler(request: Request) -> Response:
            ws = service.state
            existing = _existing(ws, resource, request.query_params, identifiers)
            return json_response(writer(ws, _body(request), existing), 201)

        return handler

    async def write_contact(request: Request) -> Response:
        return json_response(_upsert_contact(service.state, request.query_params, _body(request)), 201)

    def delete(resource: str, identifiers: Sequence[str], remover: Remover) -> Handler:
        async def handler(request: Request) -> Response:
            ws = service.state
            if _one_identifier(request.query_params, identifiers) is None:
                raise bad_query(f"URL must contain one of the following parameters: {', '.join(identifiers)}")
            record = _existing(ws, resource, request.query_params, identifiers)
            assert record is not None
            remover(ws, record)
            return empty_response(204)

        return handler

    def created(action: Action) -> Handler:
        async def handler(request: Request) -> Response:
            return json_response(action(service.state, _body(request)), 201)

        return handler

    def bulk(action: Action) -> Handler:
        async def handler(request: Request) -> Response:
            action(service.state, _body(request))
            return empty_response(204)

        return handler

    async def org(request: Request) -> Response:
        return json_response(service.state.org)

    async def definitions(request: Request) -> Response:
        found = service.state.collections
        chosen_flows = [found["flows"].get(u) for u in request.query_params.getlist("flow")]
        chosen_campaigns = [found["campaigns"].get(u) for u in request.query_params.getlist("campaign")]
        return json_response(flows.export([f for f in chosen_flows if f], [c for c in chosen_campaigns if c]))

    writes: dict[str, Handler] = {
        "broadcasts": created(messages.broadcast),
        "campaigns": write("campaigns", ("uuid",), campaigns.write_campaign),
        "campaign_events": write("campaign_events", ("uuid",), campaigns.write_campaign_event),
        "contacts": write_contact,
        "fields": write("fields", ("key",), fields_and_globals.write_field),
        "flow_starts": created(flows.start_flow),
        "globals": write("globals", ("key",), fields_and_globals.write_global),
        "groups": write("groups", ("uuid",), _named("groups")),
        "labels": write("labels", ("uuid",), _named("labels")),
        "messages": created(messages.send_message),
        "resthook_subscribers": created(resthooks.subscribe),
    }
    deletes: dict[str, Handler] = {
        "campaign_events": delete("campaign_events", ("uuid",), _remove("campaign_events")),
        "contacts": delete("contacts", ("uuid", "urn"), contacts.delete_contact),
        "groups": delete("groups", ("uuid",), _named_remover("groups")),
        "labels": delete("labels", ("uuid",), _named_remover("labels")),
        "resthook_subscribers": delete("resthook_subscribers", ("id",), _remove("resthook_subscribers")),
    }

    endpoints: list[Endpoint] = []
    for resource in LIST_ENDPOINTS:
        path = f"{prefix}/{resource}.json"
        endpoints.append((path, "GET", listing(resource)))
        if resource in writes:
            endpoints.append((path, "POST", writes[resource]))
        if resource in deletes:
            endpoints.append((path, "DELETE", deletes[resource]))
    endpoints += [
        (f"{prefix}/contact_actions.json", "POST", bulk(contacts.contact_action)),
        (f"{prefix}/message_actions.json", "POST", bulk(messages.message_action)),
        (f"{prefix}/org.json", "GET", org),
        (f"{prefix}/definitions.json", "GET", definitions),
    ]
    return route_table(endpoints)
