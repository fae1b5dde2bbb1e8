"""The route table of the Voxel51 emulator: every endpoint of the spec, from the analytics, data and jobs modules."""

from __future__ import annotations

from starlette.routing import BaseRoute

from dataports_emulators.core.routing import route_table
from dataports_emulators.core.service import EmulatorService

from .analytic_routes import analytic_endpoints
from .data_routes import data_endpoints
from .job_routes import job_endpoints
from .state import Voxel51State


def build_routes(service: EmulatorService[Voxel51State]) -> list[BaseRoute]:
    """Every endpoint of the spec, reading ``service.state`` on each call."""
    return route_table([*analytic_endpoints(service), *data_endpoints(service), *job_endpoints(service)])
