"""Handlers of groups, their members and memberships, and membership requests."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .directory import Directory
from .state import DatagrokState
from .wire import flag

API = "/api/public/v1"


def group_endpoints(service: EmulatorService[DatagrokState]) -> list[Endpoint]:
    def directory() -> Directory:
        return service.state.directory

    async def list_groups(request: Request) -> Response:
        found = directory().search(request.query_params.get("text"))
        include = {part.strip() for part in request.query_params.get("include", "").split(",")}
        members, memberships = "children.child" in include, "parents.parent" in include
        return json_response([directory().group_json(g, members=members, memberships=memberships) for g in found])

    async def save_group(request: Request) -> Response:
        body = decoded_body(request)
        if not isinstance(body, dict):
            raise ServiceError(400, "The body must be a group object")
        saved = directory().save_group(body, flag(request.query_params.get("saveRelations")) is True)
        return json_response(directory().group_json(saved, members=True, memberships=True))

    async def lookup_groups(request: Request) -> Response:
        query = request.query_params["query"].strip().lower()
        found = [
            g
            for g in directory().groups.values()
            if query in g.name.lower() or query in (g.friendly_name or "").lower()
        ]
        return json_response([directory().group_json(g) for g in found])

    async def current_group(request: Request) -> Response:
        me = directory().users[directory().current]
        return json_response(directory().group_json(directory().groups[me.group_id], members=True, memberships=True))

    async def get_group(request: Request) -> Response:
        found = directory().group(request.path_params["group_id"])
        if request.method == "DELETE":
            directory().delete_group(found)
            return empty_response(200)
        return json_response(directory().group_json(found, members=True, memberships=True))

    async def members(request: Request) -> Response:
        found = directory().group(request.path_params["group_id"])
        admin = flag(request.query_params.get("admin"))
        relations = directory().children(found.id, admin)
        return json_response([directory().group_json(directory().groups[r.child]) for r in relations])

    async def memberships(request: Request) -> Response:
        found = directory().group(request.path_params["group_id"])
        admin = flag(request.query_params.get("admin"))
        relations = directory().parents(found.id, admin)
        return json_response([directory().group_json(directory().groups[r.parent]) for r in relations])

    async def request_membership(request: Request) -> Response:
        found = directory().group(request.path_params["group_id"])
        return json_response(directory().request_json(directory().request_membership(found)))

    async def requests_of(request: Request) -> Response:
        found = directory().group(request.path_params["group_id"])
        pending = [r for r in directory().requests.values() if r.target == found.id]
        return json_response([directory().request_json(r) for r in pending])

    async def approve(request: Request) -> Response:
        directory().resolve_request(request.path_params["request_id"], approve=True)
        return empty_response(200)

    async def deny(request: Request) -> Response:
        directory().resolve_request(request.path_params["request_id"], approve=False)
        return empty_response(200)

    return [
        (f"{API}/groups", "GET", list_groups),
        (f"{API}/groups", "POST", save_group),
        (f"{API}/groups/lookup", "GET", lookup_groups),
        (f"{API}/groups/current", "GET", current_group),
        (f"{API}/user/group", "GET", current_group),
        (f"{API}/groups/requests/{{request_id}}/approve", "POST", approve),
        (f"{API}/groups/requests/{{request_id}}/deny", "POST", deny),
        (f"{API}/groups/{{group_id}}", "GET", get_group),
        (f"{API}/groups/{{group_id}}", "DELETE", get_group),
        (f"{API}/groups/{{group_id}}/members", "GET", members),
        (f"{API}/groups/{{group_id}}/memberships", "GET", memberships),
        (f"{API}/groups/{{group_id}}/request", "POST", request_membership),
        (f"{API}/groups/{{group_id}}/requests", "GET", requests_of),
    ]
