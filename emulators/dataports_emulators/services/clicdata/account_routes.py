"""Handlers of ``account``, ``dashboard`` and ``schedule``: usage and activity, dashboards with their images, and
schedules that can be triggered."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.responses import json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import principal
from dataports_emulators.core.service import EmulatorService

from .data_routes import flag
from .state import ClicDataState
from .wire import api_error, path_id, text_response

ENTITIES = ("users", "dashboards")


def account_endpoints(service: EmulatorService[ClicDataState]) -> list[Endpoint]:
    async def get_account(request: Request) -> Response:
        return json_response(service.state.account())

    async def get_activity(request: Request) -> Response:
        entity = str(request.path_params["entity"])
        if entity not in ENTITIES:
            raise api_error(404, f"No activity report for {entity[:40]!r}; use one of {', '.join(ENTITIES)}.")
        return json_response(service.state.activity(entity))

    async def list_dashboards(request: Request) -> Response:
        name = (request.query_params.get("name") or "").lower()
        with_thumbnail = bool(flag(request, "includethumbnail"))
        shown = [d.as_json(with_thumbnail) for d in service.state.dashboards.values() if name in d.name.lower()]
        return json_response({"dashboards": shown})

    async def thumbnail(request: Request) -> Response:
        dashboard = service.state.dashboard(path_id(request, "dashboard_id", "dashboard"))
        dashboard.viewed()
        return text_response(dashboard.thumbnail())

    async def snapshot(request: Request) -> Response:
        dashboard = service.state.dashboard(path_id(request, "dashboard_id", "dashboard"))
        dashboard.viewed()
        return text_response(dashboard.snapshot())

    async def list_schedules(request: Request) -> Response:
        return json_response({"schedules": [s.as_json() for s in service.state.schedules.values()]})

    async def get_schedule(request: Request) -> Response:
        schedule = service.state.schedule(path_id(request, "schedule_id", "schedule"))
        return json_response({"schedules": [schedule.as_json()]})

    async def trigger(request: Request) -> Response:
        state = service.state
        schedule = state.schedule(path_id(request, "schedule_id", "schedule"))
        return text_response(schedule.trigger(principal(request), state.refresh))

    return [
        ("/account", "GET", get_account),
        ("/account/activity/{entity}", "GET", get_activity),
        ("/dashboard", "GET", list_dashboards),
        ("/dashboard/{dashboard_id}/thumbnail", "GET", thumbnail),
        ("/dashboard/{dashboard_id}/snapshot", "GET", snapshot),
        ("/schedule", "GET", list_schedules),
        ("/schedule/{schedule_id}", "GET", get_schedule),
        ("/schedule/{schedule_id}/trigger", "POST", trigger),
        ("/schedule/{schedule_id}/trigger", "GET", trigger),
    ]
