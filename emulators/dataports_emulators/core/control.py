"""The control API under ``/_emulator/``: health, reset, seed, faults and per-service settings, for tests, demos and
benchmarks. Every payload field is checked (a bad one is a 400 naming it), and seeding runs on a worker thread
while the service's requests wait, all or nothing."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from dataports_emulators.core import payloads
from dataports_emulators.core.bodies import BodyTooLarge, InvalidJson, loads_bounded, read_bounded
from dataports_emulators.core.control_guard import ControlGuard, ControlRefusal
from dataports_emulators.core.demo import DEMO_KIND
from dataports_emulators.core.errors import ServiceError, clip
from dataports_emulators.core.faults import FaultConfigError, FaultSettings, FaultState
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import EmulatorService, SeedError
from dataports_emulators.core.settings import check_settings

logger = logging.getLogger("dataports_emulators")

#: Control payloads are a few fields; this is generous.
MAX_CONTROL_BODY_BYTES = 1024 * 1024
#: Most objects one seed call creates (large enough for the benchmarks' 100,000 contacts).
MAX_SEED_COUNT = 200_000

Handler = Callable[[Request], Awaitable[Response]]


class UnknownService(LookupError):
    """A control request named a service that is not running."""


def _problem(status: int, message: str) -> Response:
    return json_response({"error": clip(message)}, status_code=status)


async def _payload(request: Request) -> Mapping[str, Any]:
    body = await read_bounded(request.headers, request.receive, MAX_CONTROL_BODY_BYTES)
    if not body.strip():
        return {}
    try:
        data = loads_bounded(body)
    except InvalidJson as exc:
        raise payloads.PayloadError("body", str(exc)) from None
    return payloads.as_object(data, "body")


def _service_name(data: Mapping[str, Any], request: Request) -> str | None:
    name = data.get("service") or request.query_params.get("service")
    if name is not None and not isinstance(name, str):
        raise payloads.PayloadError("service", f"must be the name of a service, got {name!r}")
    return name


def _described(service: EmulatorService[Any]) -> dict[str, Any]:
    """Each setting's declaration and current value."""
    return {name: {**spec.describe(), "value": service.settings[name]} for name, spec in service.setting_specs.items()}


def control_routes(
    services: Mapping[str, EmulatorService[Any]],
    faults: Mapping[str, FaultState],
    guard: ControlGuard,
) -> list[Route]:
    """The control routes for ``services`` (with their fault states), each checked by ``guard`` first."""
    running = sorted(services)

    def chosen(name: str | None) -> list[str]:
        if name is None:
            return list(services)
        if name not in services:
            raise UnknownService(name)
        return [name]

    def required(name: str | None) -> EmulatorService[Any]:
        if not name:
            raise payloads.PayloadError("service", f"is required; one of {running}")
        return services[chosen(name)[0]]

    async def health(request: Request) -> Response:
        return json_response({"status": "ok", "services": running})

    async def reset(request: Request) -> Response:
        names = chosen(_service_name(await _payload(request), request))
        for name in names:
            service = services[name]
            async with service.state_lock.exclusive():
                await run_in_threadpool(service.reset)
            faults[name].clear()
        return json_response({"reset": names})

    async def seed(request: Request) -> Response:
        data = await _payload(request)
        service = required(payloads.text(data, "service"))
        kind = payloads.text(data, "kind", required=True)
        if kind == DEMO_KIND and data.get("count") is not None:
            raise payloads.PayloadError("count", "the demo workspace has a fixed size: leave count out")
        count = payloads.integer(data, "count", 1, minimum=0, maximum=MAX_SEED_COUNT)
        given = data.get("params")
        params = {} if given is None else dict(payloads.as_object(given, "params"))
        async with service.state_lock.exclusive():
            try:
                result = await run_in_threadpool(service.seed, kind, count, params)
            except ServiceError as exc:
                # A service rule refused what the parameters asked for (a taken name, an unknown analytic).
                raise SeedError(exc.message) from None
        return json_response({"service": service.name, "kind": kind, "created": count, **result})

    async def fault_settings(request: Request) -> Response:
        if request.method == "GET":
            return json_response({name: attrs.asdict(state.settings) for name, state in faults.items()})
        data = await _payload(request)
        names = chosen(_service_name(data, request))
        if request.method == "DELETE":
            for name in names:
                faults[name].clear()
            return json_response({"cleared": names})
        name = required(payloads.text(data, "service")).name
        settings = FaultSettings.from_mapping(data)
        faults[name].configure(settings)
        return json_response({"service": name, "faults": attrs.asdict(settings)})

    async def config(request: Request) -> Response:
        if request.method == "GET":
            if request.query_params.get("describe") in ("1", "true", "yes"):
                return json_response({name: _described(service) for name, service in services.items()})
            return json_response({name: service.settings for name, service in services.items()})
        data = await _payload(request)
        service = required(payloads.text(data, "service"))
        given = {key: value for key, value in data.items() if key != "service"}
        service.configure(check_settings(service.setting_specs, given))
        return json_response({"service": service.name, "settings": service.settings})

    def guarded(path: str, handler: Handler) -> Handler:
        async def run(request: Request) -> Response:
            try:
                guard.check(request, path)
                return await handler(request)
            except ControlRefusal as exc:
                return _problem(exc.status, str(exc))
            except (payloads.PayloadError, SeedError, FaultConfigError) as exc:
                return _problem(400, str(exc))
            except UnknownService as exc:
                return _problem(404, f"unknown service {exc.args[0]!r}; running: {running}")
            except BodyTooLarge as exc:
                return _problem(413, str(exc))
            except ClientDisconnect:
                return _problem(400, "the client went away before its request body was complete")
            except Exception:
                logger.exception("the control API failed on %s %s", request.method, path)
                return _problem(500, f"the emulator failed to handle {request.method} /_emulator{path}")

        return run

    table: list[tuple[str, Handler, list[str]]] = [
        ("/health", health, ["GET"]),
        ("/reset", reset, ["POST"]),
        ("/seed", seed, ["POST"]),
        ("/faults", fault_settings, ["GET", "POST", "DELETE"]),
        ("/config", config, ["GET", "POST"]),
    ]
    return [Route(path, guarded(path, handler), methods=methods) for path, handler, methods in table]
