"""The contract every emulated service implements; the core does auth, validation, faults, errors and routing
around it, and owns the lifecycle of the service's state (reset, all-or-nothing seeding, deferred changes)."""

from __future__ import annotations

import argparse
import asyncio
import copy
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

import attrs
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from dataports_emulators.core.auth import match_token
from dataports_emulators.core.clock import pinned_clock
from dataports_emulators.core.demo import DEMO_KIND, clock_namespace, demo_end, start_moment
from dataports_emulators.core.errors import FieldErrors
from dataports_emulators.core.settings import Setting, initial_settings
from dataports_emulators.core.state_lock import StateLock

StateT = TypeVar("StateT")

__all__ = ["EmulatorContext", "EmulatorService", "FieldErrors", "SeedError"]


@attrs.define
class EmulatorContext:
    """What the core tells a service when it is created: the accepted tokens and the emulator-wide settings."""

    tokens: frozenset[str]
    settings: Mapping[str, Any] = attrs.field(factory=dict)
    #: Whether a reset brings back the demo workspace (``dataports-emulator --demo-data``) instead of an empty one.
    demo_data: bool = False


class SeedError(ValueError):
    """A seed request named an unknown kind or bad parameters."""


class EmulatorService(ABC, Generic[StateT]):
    """One emulated service, mounted at ``/<name>``.

    The service says how it spells auth, errors and rate limiting on the wire, builds its routes (all
    ``async def``, reaching the state through ``self.state`` on every call, since a seed or reset replaces it), and
    makes fresh state. The core serialises access: requests share the state, seeding and reset take it alone.
    """

    name: ClassVar[str]
    spec_file: ClassVar[str]
    #: Prefix between the mount point and the spec's paths, e.g. ``/api/v2`` for RapidPro.
    api_prefix: ClassVar[str] = ""
    #: Status the service uses to say "slow down" (429 for RapidPro, 403 for Gretel).
    rate_limit_status: ClassVar[int] = 429
    #: Settings ``POST /_emulator/config`` accepts; ``run_emulator(settings=...)`` gives them as ``<name>_<setting>``.
    setting_specs: ClassVar[Mapping[str, Setting]] = {}
    #: What ``POST /_emulator/seed`` can create.
    seed_kinds: ClassVar[Sequence[str]] = ()
    #: Seeds (kind, count, params) that give the contract test's fuzzed requests real objects to hit.
    contract_seeds: ClassVar[Sequence[tuple[str, int, Mapping[str, Any]]]] = ()

    def __init__(self, context: EmulatorContext) -> None:
        self.context = context
        self.settings: dict[str, Any] = initial_settings(self.name, self.setting_specs, context.settings)
        self.state_lock = StateLock()
        self._deferred: set[asyncio.Task[None]] = set()
        self.state: StateT = self.new_state()

    # --- wire conventions -------------------------------------------------------------------------------------
    @abstractmethod
    def token_from_request(self, request: Request) -> str | None:
        """The credential the request carries, in this service's auth style (``None`` if absent or malformed)."""

    @classmethod
    @abstractmethod
    def client_headers(cls, token: str) -> Mapping[str, str]:
        """The headers a client sends to authenticate with ``token`` (used by contract tests and examples)."""

    def authenticate(self, request: Request) -> str | None:
        """The principal the request acts as (rate limits are counted per principal), or ``None`` for a refusal.

        By default the request's token must be one of the emulator's tokens, compared in constant time. A service
        with a token endpoint or Basic credentials overrides this.
        """
        return match_token(self.token_from_request(request), self.context.tokens)

    @abstractmethod
    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        """An error in this service's own body shape."""

    def invalid_request_response(self, parameters: FieldErrors, body: FieldErrors) -> Response:
        """The answer to a request that breaks the spec: bad query/header ``parameters`` or a bad ``body``."""
        return self.error_response(400, "Invalid request.", {**parameters, **body})

    def auth_failed_response(self) -> Response:
        """The answer to a missing or refused credential."""
        return self.error_response(401, "Invalid token")

    def rate_limited_response(self, retry_after: int) -> Response:
        """The answer to a principal over its rate limit."""
        response = self.error_response(self.rate_limit_status, "Request was throttled.")
        response.headers["Retry-After"] = str(retry_after)
        return response

    def not_found_response(self) -> Response:
        """The answer to a path the service does not have."""
        return self.error_response(404, "Not found.")

    def is_public(self, path: str) -> bool:
        """Paths served without a credential (none by default)."""
        return False

    # --- routes and state -------------------------------------------------------------------------------------
    @abstractmethod
    def routes(self) -> Sequence[BaseRoute]:
        """Routes relative to the mount point (they include ``api_prefix``)."""

    @abstractmethod
    def new_state(self) -> StateT:
        """Fresh state, as a new or reset service has it (called by ``__init__`` once settings are read)."""

    def close_state(self, state: StateT) -> None:
        """Release what ``state`` holds outside memory (temporary folders) when it is reset away or closed."""
        return None

    def copy_state(self) -> StateT:
        """An independent copy of the state for a seed to build on (shared resources may stay shared)."""
        return copy.deepcopy(self.state)

    def reset(self) -> None:
        """Forget all state (back to the demo workspace when the emulator was started with demo data)."""
        if self.context.demo_data and DEMO_KIND in self.seed_kinds:
            self.seed(DEMO_KIND, 1, {})
            return
        old, self.state = self.state, self.new_state()
        self.close_state(old)

    def seed(self, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        """Bulk-create ``count`` synthetic objects of ``kind``, all or nothing: a copy of the state is seeded and
        replaces the state only when every object was made. Returns a summary for the control API.

        The ``demo`` kind instead replaces the state with a fresh one holding the demo workspace, built under a
        pinned clock so that it is the same every time (``core/demo.py``); seeding it again gives it afresh."""
        if kind not in self.seed_kinds:
            raise SeedError(f"unknown kind {kind!r} for {self.name}; seedable kinds: {sorted(self.seed_kinds)}")
        if kind == DEMO_KIND:
            return self._seed_demo(count, params)
        staged = self.copy_state()
        summary = self.seed_state(staged, kind, count, params)
        self.state = staged
        return summary

    def seed_state(self, state: StateT, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        """Create ``count`` objects of ``kind`` in ``state`` (one of ``seed_kinds``)."""
        raise SeedError(f"{self.name} has no seedable kinds")

    def _seed_demo(self, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        end = demo_end(params)
        with pinned_clock(start_moment(end), clock_namespace(self.name, end)):
            staged = self.new_state()
            try:
                summary = self.seed_state(staged, DEMO_KIND, count, params)
            except BaseException:
                self.close_state(staged)
                raise
        old, self.state = self.state, staged
        self.close_state(old)
        return summary

    def call_later(self, delay: float, action: Callable[[StateT], object]) -> None:
        """Run ``action`` on the state ``delay`` seconds from now, holding it as a request does (so never during a
        seed) and on the state current by then (a seed or reset may have replaced the one current now)."""
        loop = asyncio.get_running_loop()

        async def run() -> None:
            async with self.state_lock.shared():
                action(self.state)

        def start() -> None:
            task = loop.create_task(run())
            self._deferred.add(task)
            task.add_done_callback(self._deferred.discard)

        loop.call_later(delay, start)

    def close(self) -> None:
        """Release resources (temporary folders)."""
        self.close_state(self.state)

    # --- settings ---------------------------------------------------------------------------------------------
    def configure(self, settings: Mapping[str, Any]) -> None:
        """Apply settings already checked against ``setting_specs``."""
        self.settings.update(settings)

    # --- command line -----------------------------------------------------------------------------------------
    @classmethod
    def add_cli_arguments(cls, parser: argparse.ArgumentParser) -> None:
        """Extra options for ``dataports-emulator`` (prefix them with the service name)."""
        return None

    def on_start(self, base_url: str, token: str, args: argparse.Namespace | None) -> Sequence[str]:
        """Called once the server listens; returns extra lines to print."""
        return ()
