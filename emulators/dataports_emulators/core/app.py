"""Compose every emulated service and the control API into one ASGI app."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount

from dataports_emulators import services as services_package
from dataports_emulators.core.control import control_routes
from dataports_emulators.core.control_guard import ControlGuard
from dataports_emulators.core.faults import FaultSettings, FaultState
from dataports_emulators.core.gateway import ServiceGateway
from dataports_emulators.core.service import EmulatorContext, EmulatorService

DEFAULT_TOKEN = "dataports-demo"


def available_services() -> dict[str, type[EmulatorService[Any]]]:
    """Each module in ``dataports_emulators.services`` defining ``EMULATOR`` (a new service needs no edit here)."""
    found: dict[str, type[EmulatorService[Any]]] = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"{services_package.__name__}.{info.name}")
        emulator = getattr(module, "EMULATOR", None)
        if emulator is not None:
            found[emulator.name] = emulator
    return dict(sorted(found.items()))


class Emulator:
    """The emulated services, their fault settings and the ASGI app serving them.

    ``settings`` are emulator-wide (``<service>_<setting>``, e.g. ``voxel51_job_step_seconds``);
    ``baseline_faults`` (e.g. a rate limit) apply to every service and survive resets; ``control_token``, when
    given, is required as a bearer token by the control API; with ``demo_data`` every service starts with its demo
    workspace (``core/demo.py``), and a reset brings it back rather than emptying the service.
    """

    def __init__(
        self,
        services: Iterable[str] | None = None,
        tokens: Iterable[str] = (DEFAULT_TOKEN,),
        settings: Mapping[str, Any] | None = None,
        baseline_faults: Mapping[str, Any] | None = None,
        control_token: str | None = None,
        demo_data: bool = False,
    ) -> None:
        known = available_services()
        names = list(services) if services is not None else list(known)
        unknown = sorted(set(names) - set(known))
        if unknown:
            raise ValueError(f"unknown services {unknown}; available: {sorted(known)}")
        context = EmulatorContext(tokens=frozenset(tokens), settings=dict(settings or {}), demo_data=demo_data)
        self.services: dict[str, EmulatorService[Any]] = {name: known[name](context) for name in names}
        if demo_data:
            for service in self.services.values():
                service.reset()
        baseline = FaultSettings.from_mapping(baseline_faults) if baseline_faults else None
        self.faults: dict[str, FaultState] = {name: FaultState(baseline) for name in names}
        routes = [Mount("/_emulator", routes=control_routes(self.services, self.faults, ControlGuard(control_token)))]
        routes += [Mount(f"/{name}", app=ServiceGateway(svc, self.faults[name])) for name, svc in self.services.items()]
        self.app = Starlette(routes=routes)

    def close(self) -> None:
        """Release every service's resources (temporary folders)."""
        for service in self.services.values():
            service.close()


def create_app(
    services: Iterable[str] | None = None,
    tokens: Iterable[str] = (DEFAULT_TOKEN,),
    *,
    control_token: str | None = None,
) -> Starlette:
    """An ASGI app serving ``services`` (all by default); handy for schemathesis ``from_asgi`` and ASGI servers."""
    return Emulator(services, tokens, control_token=control_token).app
