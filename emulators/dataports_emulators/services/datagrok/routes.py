"""The route table of the Datagrok emulator: every endpoint of the spec, under the ``/api`` root."""

from __future__ import annotations

from starlette.routing import BaseRoute

from dataports_emulators.core.routing import route_table
from dataports_emulators.core.service import EmulatorService

from .entity_routes import entity_endpoints
from .file_routes import file_endpoints
from .group_routes import group_endpoints
from .state import DatagrokState
from .table_routes import table_endpoints


def build_routes(service: EmulatorService[DatagrokState]) -> list[BaseRoute]:
    """Every endpoint of the spec, reading ``service.state`` on each call."""
    return route_table(
        [*file_endpoints(service), *table_endpoints(service), *group_endpoints(service), *entity_endpoints(service)]
    )
