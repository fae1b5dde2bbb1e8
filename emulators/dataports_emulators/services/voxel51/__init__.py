"""The Voxel51 Platform API v1 emulator: data kept on disk with enforced TTLs, an analytics catalogue, and jobs
that run through the platform's states on a configurable clock and produce outputs derived from their inputs.

A client written for the real platform (api-py's ``voxel51.users.api.API`` included) works against it unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.auth import scheme_token
from dataports_emulators.core.errors import FieldErrors
from dataports_emulators.core.links import LinkSigner
from dataports_emulators.core.payloads import PayloadError
from dataports_emulators.core.responses import json_response
from dataports_emulators.core.service import EmulatorContext, EmulatorService
from dataports_emulators.core.settings import Setting

from . import seeding
from .job_routes import STEP_SETTING
from .routes import build_routes
from .state import Voxel51State
from .token_file import write_token_file

#: Seconds a started job spends in each of QUEUED, SCHEDULED and RUNNING: quick enough for tests to wait on.
DEFAULT_JOB_STEP_SECONDS = 0.05

_STEP = Setting(
    float,
    DEFAULT_JOB_STEP_SECONDS,
    minimum=0,
    maximum=31_536_000,
    help="seconds a started job spends in each of QUEUED, SCHEDULED and RUNNING",
)


def _cli_step(text: str) -> float:
    try:
        step: float = _STEP.check(STEP_SETTING, float(text))
    except (ValueError, PayloadError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return step


class Voxel51Emulator(EmulatorService[Voxel51State]):
    """Voxel51's wire conventions: ``Authorization: Bearer`` or a signed link, ``{"error": {code, message}}``."""

    name: ClassVar[str] = "voxel51"
    spec_file: ClassVar[str] = "voxel51.yaml"
    api_prefix: ClassVar[str] = ""
    rate_limit_status: ClassVar[int] = 429
    setting_specs: ClassVar[Mapping[str, Setting]] = {STEP_SETTING: _STEP}
    seed_kinds: ClassVar[Sequence[str]] = seeding.KINDS

    def __init__(self, context: EmulatorContext) -> None:
        # Outlives resets, so a link handed out before a reset or seed is judged by the same secret.
        self.links = LinkSigner()
        super().__init__(context)

    # --- wire conventions -------------------------------------------------------------------------------------
    @classmethod
    def client_headers(cls, token: str) -> Mapping[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def token_from_request(self, request: Request) -> str | None:
        return scheme_token(request.headers.get("authorization"), "bearer")

    def authenticate(self, request: Request) -> str | None:
        if "authorization" in request.headers:
            return super().authenticate(request)
        # The download links the emulator hands out carry a signature instead, like the platform's signed URLs.
        if self.context.tokens and self.links.signed(request):
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
        return build_routes(self)

    def new_state(self) -> Voxel51State:
        return Voxel51State(self.links)

    def close_state(self, state: Voxel51State) -> None:
        state.close()

    def seed_state(self, state: Voxel51State, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        return seeding.seed(state, kind, count, params, float(self.settings[STEP_SETTING]))

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
            self.configure({STEP_SETTING: step})
            lines.append(f"voxel51 jobs advance one state every {step:g} s")
        token_file = getattr(args, "voxel51_token_file", None)
        if token_file:
            write_token_file(Path(token_file), base_url, token)
            lines.append(f"export VOXEL51_API_TOKEN={token_file}")
        return lines


EMULATOR = Voxel51Emulator

__all__ = ["EMULATOR", "Voxel51Emulator", "write_token_file"]
