"""Handlers of users, data connections and function calls."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from . import functions
from .connections import test_result
from .state import USER_NAMESPACE, DatagrokState
from .wire import api_error_response, flag, identifier

API = "/api/public/v1"


def entity_endpoints(service: EmulatorService[DatagrokState]) -> list[Endpoint]:
    # --- users ------------------------------------------------------------------------------------------------
    async def list_users(request: Request) -> Response:
        directory = service.state.directory
        with_group = "group" in request.query_params.get("include", "").split(",")
        found = directory.search_users(request.query_params.get("text"))
        return json_response([directory.user_json(u, with_group=with_group) for u in found])

    async def current_user(request: Request) -> Response:
        directory = service.state.directory
        return json_response(directory.user_json(directory.users[directory.current], with_group=True))

    async def get_user(request: Request) -> Response:
        directory = service.state.directory
        return json_response(directory.user_json(directory.user(request.path_params["user_id"]), with_group=True))

    async def block(request: Request) -> Response:
        service.state.directory.set_status(_object(request), "blocked")
        return empty_response(200)

    async def unblock(request: Request) -> Response:
        service.state.directory.set_status(_object(request), "active")
        return empty_response(200)

    # --- connections ------------------------------------------------------------------------------------------
    async def list_connections(request: Request) -> Response:
        params = request.query_params
        found = service.state.connections.search(params.get("text"), params.get("dataSource"), params.get("tags"))
        return json_response([c.as_json() for c in found])

    async def save_connection(request: Request) -> Response:
        save_credentials = flag(request.query_params.get("saveCredentials")) is True
        saved = service.state.connections.save(_object(request), save_credentials, f"{USER_NAMESPACE}:")
        return json_response(saved.as_json())

    async def connection(request: Request) -> Response:
        connections = service.state.connections
        found = connections.find(request.path_params["connection_id"])
        if request.method == "DELETE":
            connections.delete(found)
            return empty_response(200)
        return json_response(found.as_json())

    async def test_connection(request: Request) -> Response:
        return json_response(test_result(_object(request)))

    # --- functions --------------------------------------------------------------------------------------------
    async def call_function(request: Request) -> Response:
        name = identifier(request.path_params["name"], "Function")
        try:
            result = functions.call(name, decoded_body(request))
        except LookupError:
            # The real server reports a missing function with a 200 and the api-error header.
            return api_error_response(404, f"Function '{name}' not found", http_status=200)
        except ServiceError as exc:
            return api_error_response(exc.status, exc.message, http_status=200)
        return json_response(result)

    return [
        (f"{API}/users", "GET", list_users),
        (f"{API}/users/current", "GET", current_user),
        (f"{API}/users/block", "POST", block),
        (f"{API}/users/unblock", "POST", unblock),
        (f"{API}/users/{{user_id}}", "GET", get_user),
        (f"{API}/connections", "GET", list_connections),
        (f"{API}/connections", "POST", save_connection),
        (f"{API}/connections/test", "POST", test_connection),
        (f"{API}/connections/{{connection_id}}", "GET", connection),
        (f"{API}/connections/{{connection_id}}", "DELETE", connection),
        (f"{API}/functions/{{name}}/call", "POST", call_function),
        (f"{API}/{{name}}/call", "POST", call_function),
    ]


def _object(request: Request) -> dict[str, Any]:
    body = decoded_body(request)
    if not isinstance(body, dict):
        raise ServiceError(400, "The body must be a JSON object")
    return body
