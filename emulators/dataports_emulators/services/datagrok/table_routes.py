"""Handlers of tables (CSV in and out), dashboards and shares."""

from __future__ import annotations

import contextlib

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.file_responses import stream_file
from dataports_emulators.core.raw_upload import receive_file
from dataports_emulators.core.responses import empty_response, json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body
from dataports_emulators.core.service import EmulatorService

from .projects import share
from .state import DatagrokState
from .tables import inspect_csv, split_name
from .wire import checked_name, identifier

API = "/api/public/v1"


def table_endpoints(service: EmulatorService[DatagrokState]) -> list[Endpoint]:
    async def download_table(request: Request) -> Response:
        table = service.state.tables.find(request.path_params["name"])
        return stream_file(table.path, f"{table.name}.csv", "text/csv")

    async def upload_table(request: Request) -> Response:
        name = request.path_params["name"]
        namespace, project, _ = split_name(name, service.state.tables.default_namespace)
        state = service.state
        received = await receive_file(request, state.spool, f"{name}.csv")
        try:
            columns, rows = await anyio.to_thread.run_sync(inspect_csv, received.path)
            table = state.tables.store(name, received.path, columns, rows)
        finally:
            with contextlib.suppress(FileNotFoundError):
                received.path.unlink()
        if project:
            owner = state.projects.ensure(namespace, project)
            if table.id not in owner.table_ids:
                owner.table_ids.append(table.id)
        return json_response(table.identifiers())

    async def create_dashboard(request: Request) -> Response:
        state = service.state
        parts = checked_name(request.path_params["name"], "Dashboard")
        ids = [part.strip() for part in identifier(request.path_params["table_ids"], "Table").split(",")]
        tables = [state.tables.find(table_id) for table_id in ids if table_id]
        if not tables:
            raise ServiceError(400, "table_ids: at least one table is required")
        layout = decoded_body(request)
        if layout is not None and not isinstance(layout, dict):
            raise ServiceError(400, "The layout must be a JSON object")
        namespace = parts[0] if len(parts) > 1 else state.tables.default_namespace
        project = state.projects.create(parts[-1], namespace, [t.id for t in tables], layout)
        return json_response(project.identifiers())

    async def share_dashboard(request: Request) -> Response:
        state = service.state
        project = state.projects.find(request.path_params["dashboard_id"])
        params = request.query_params
        outcome = share(project.shares, state.directory, params["groups"], params.get("access", "View"))
        if outcome["status"] == "failed":
            raise ServiceError(400, f"Cannot share with {', '.join(outcome['failed'])}: no such group or user")
        return empty_response(200)

    async def share_entity(request: Request) -> Response:
        state = service.state
        key = identifier(request.path_params["entity_id"], "Entity")
        shares = None
        for find in (state.projects.find, state.tables.find, state.connections.find, state.directory.group):
            with contextlib.suppress(ServiceError):
                shares = find(key).shares
                break
        if shares is None:
            raise ServiceError(404, f"Entity {key!r} not found")
        params = request.query_params
        return json_response(share(shares, state.directory, params["groups"], params.get("access", "View")))

    return [
        (f"{API}/tables/{{name}}", "GET", download_table),
        (f"{API}/tables/{{name}}", "POST", upload_table),
        (f"{API}/dashboards/{{dashboard_id}}/shares", "GET", share_dashboard),
        (f"{API}/dashboards/{{name}}/{{table_ids}}", "POST", create_dashboard),
        (f"{API}/entities/{{entity_id}}/shares", "POST", share_entity),
    ]
