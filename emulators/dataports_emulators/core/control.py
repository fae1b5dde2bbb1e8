"""The control API under ``/_emulator/``: health, reset, seed and faults, for tests, demos and benchmarks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from dataports_emulators.core.faults import FaultConfigError, FaultSettings
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import SeedError

if TYPE_CHECKING:
    from dataports_emulators.core.app import Emulator


def _problem(status: int, message: str) -> Response:
    return json_response({"error": message}, status_code=status)


async def _json(request: Request) -> Mapping[str, Any]:
    body = await request.body()
    if not body:
        return {}
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ValueError("the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def control_routes(emulator: Emulator) -> list[Route]:
    def pick(name: Any) -> list[str]:
        if name is None:
            return list(emulator.services)
        if name not in emulator.services:
            raise KeyError(name)
        return [name]

    async def health(request: Request) -> Response:
        return json_response({"status": "ok", "services": sorted(emulator.services)})

    async def reset(request: Request) -> Response:
        try:
            data = await _json(request)
            names = pick(data.get("service") or request.query_params.get("service"))
        except ValueError as exc:
            return _problem(400, str(exc))
        except KeyError as exc:
            return _problem(404, f"unknown service {exc.args[0]!r}; running: {sorted(emulator.services)}")
        for name in names:
            emulator.services[name].reset()
            emulator.faults[name].clear()
        return json_response({"reset": names})

    async def seed(request: Request) -> Response:
        try:
            data = await _json(request)
            name, kind, count = data.get("service"), data.get("kind"), data.get("count", 1)
            if not isinstance(kind, str):
                raise ValueError("kind is required (a string naming what to create)")
            if not isinstance(count, int) or count < 0:
                raise ValueError(f"count must be a non-negative integer, got {count!r}")
            service = emulator.services[pick(name)[0]] if name else None
            if service is None:
                raise ValueError(f"service is required; one of {sorted(emulator.services)}")
            params = data.get("params") or {}
            result = service.seed(kind, count, params)
        except (ValueError, SeedError) as exc:
            return _problem(400, str(exc))
        except KeyError as exc:
            return _problem(404, f"unknown service {exc.args[0]!r}; running: {sorted(emulator.services)}")
        return json_response({"service": service.name, "kind": kind, "created": count, **result})

    async def faults(request: Request) -> Response:
        if request.method == "GET":
            return json_response({name: attrs.asdict(state.settings) for name, state in emulator.faults.items()})
        try:
            data = await _json(request)
            names = pick(data.get("service") or request.query_params.get("service"))
            if request.method == "DELETE":
                for name in names:
                    emulator.faults[name].clear()
                return json_response({"cleared": names})
            if not data.get("service"):
                raise ValueError(f"service is required; one of {sorted(emulator.services)}")
            settings = FaultSettings.from_mapping(data)
        except (ValueError, FaultConfigError) as exc:
            return _problem(400, str(exc))
        except KeyError as exc:
            return _problem(404, f"unknown service {exc.args[0]!r}; running: {sorted(emulator.services)}")
        emulator.faults[names[0]].configure(settings)
        return json_response({"service": names[0], "faults": attrs.asdict(settings)})

    return [
        Route("/health", health, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/seed", seed, methods=["POST"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
    ]
