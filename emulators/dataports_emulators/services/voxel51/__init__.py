"""The Voxel51 Platform API v1 emulator: data kept on disk with enforced TTLs, an analytics catalogue, and jobs
that run through the platform's states on a configurable clock and produce outputs derived from their inputs.

A client written for the real platform (api-py's ``voxel51.users.api.API`` included) works against it unchanged.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.gateway import route_path
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import EmulatorContext, EmulatorService, FieldErrors

from .routes import build_routes
from .seeding import seed
from .state import Voxel51State

#: Seconds a started job spends in each of QUEUED, SCHEDULED and RUNNING: quick enough for tests to wait on.
DEFAULT_JOB_STEP_SECONDS = 0.05
STEP_SETTING = "voxel51_job_step_seconds"


def _cli_step(text: str) -> float:
    try:
        return _step(float(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _step(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"{STEP_SETTING} must be a non-negative number of seconds, got {value!r}")
    return float(value)


class Voxel51Emulator(EmulatorService):
    name: ClassVar[str] = "voxel51"
    spec_file: ClassVar[str] = "voxel51.yaml"
    api_prefix: ClassVar[str] = ""
    rate_limit_status: ClassVar[int] = 429

    def __init__(self, context: EmulatorContext) -> None:
        super().__init__(context)
        self.state = Voxel51State(_step(context.settings.get(STEP_SETTING, DEFAULT_JOB_STEP_SECONDS)))

    # --- wire conventions -------------------------------------------------------------------------------------
    def token_from_request(self, request: Request) -> str | None:
        header = request.headers.get("authorization")
        if header is not None:
            scheme, _, token = header.partition(" ")
            return token.strip() if scheme.lower() == "bearer" and token.strip() else None
        # The download links the emulator hands out carry a signature instead, like the platform's signed URLs.
        params = request.query_params
        expires, signature = params.get("expires"), params.get("signature")
        if (
            expires
            and signature
            and self.context.tokens
            and self.state.verify(route_path(request.scope), expires, signature)
        ):
            return min(self.context.tokens)
        return None

    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        if fields:
            message = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in fields.items())
        return json_response({"error": {"code": status, "message": message}}, status)

    def invalid_request_response(self, parameters: FieldErrors, body: FieldErrors) -> Response:
        return self.error_response(400, "Invalid request", {**parameters, **body})

    def auth_failed_response(self) -> Response:
        return self.error_response(401, "Invalid or missing API token (expected `Authorization: Bearer <token>`)")

    def not_found_response(self) -> Response:
        return self.error_response(404, "Not found")

    # --- behaviour --------------------------------------------------------------------------------------------
    def routes(self) -> Sequence[BaseRoute]:
        return build_routes(self.state, self.error_response)

    def reset(self) -> None:
        self.state.reset()

    def seed(self, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        return seed(self.state, kind, count, params)

    def close(self) -> None:
        self.state.close()

    # --- command line -----------------------------------------------------------------------------------------
    @classmethod
    def add_cli_arguments(cls, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--voxel51-job-step",
            type=_cli_step,
            metavar="SECONDS",
            help=f"seconds a Voxel51 job spends in each of QUEUED, SCHEDULED and RUNNING "
            f"(default {DEFAULT_JOB_STEP_SECONDS})",
        )
        parser.add_argument(
            "--voxel51-token-file",
            metavar="PATH",
            help="write a Voxel51 API token file for this emulator at PATH (use it with activate_token(PATH) "
            "or VOXEL51_API_TOKEN=PATH)",
        )

    def on_start(self, base_url: str, token: str, args: argparse.Namespace | None) -> Sequence[str]:
        lines: list[str] = []
        step = getattr(args, "voxel51_job_step", None)
        if step is not None:
            self.state.step_seconds = step
            lines.append(f"voxel51 jobs advance one state every {step:g} s")
        token_file = getattr(args, "voxel51_token_file", None)
        if token_file:
            write_token_file(Path(token_file), base_url, token)
            lines.append(f"export VOXEL51_API_TOKEN={token_file}")
        return lines


def write_token_file(path: Path, base_url: str, token: str) -> Path:
    """A token file in the classic client's format whose ``base_api_url`` is this emulator."""
    access = {
        "token_id": "dataports-emulator",
        "created_at": datetime.now(UTC).isoformat(),
        "private_key": token,
        "base_api_url": base_url,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"access_token": access}, indent=4))
    return path


EMULATOR = Voxel51Emulator
