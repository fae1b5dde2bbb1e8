"""The contract every emulated service implements; the core does auth, validation, faults and routing around it."""

from __future__ import annotations

import argparse
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute


@attrs.define
class EmulatorContext:
    """What the core tells a service when it is created."""

    tokens: frozenset[str]
    settings: Mapping[str, Any] = attrs.field(factory=dict)


FieldErrors = Mapping[str, Sequence[str]]


class SeedError(ValueError):
    """A seed request named an unknown kind or bad parameters."""


class EmulatorService(ABC):
    """One emulated service, mounted at ``/<name>``.

    Subclasses hold the service's in-memory state, declare routes (all ``async def``, so state is only touched on the
    event loop), and say how the service spells auth, errors and rate limiting on the wire.
    """

    name: ClassVar[str]
    spec_file: ClassVar[str]
    #: Prefix between the mount point and the spec's paths, e.g. ``/api/v2`` for RapidPro.
    api_prefix: ClassVar[str] = ""
    #: Status the service uses to say "slow down" (429 for RapidPro, 403 for Gretel).
    rate_limit_status: ClassVar[int] = 429

    def __init__(self, context: EmulatorContext) -> None:
        self.context = context

    # --- wire conventions -------------------------------------------------------------------------------------
    @abstractmethod
    def token_from_request(self, request: Request) -> str | None:
        """The credential the request carries, in this service's auth style (``None`` if absent or malformed)."""

    @abstractmethod
    def error_response(self, status: int, message: str, fields: FieldErrors | None = None) -> Response:
        """An error in this service's own body shape."""

    def invalid_request_response(self, parameters: FieldErrors, body: FieldErrors) -> Response:
        """The answer to a request that breaks the spec: bad query/header ``parameters`` or a bad ``body``."""
        return self.error_response(400, "Invalid request.", {**parameters, **body})

    def auth_failed_response(self) -> Response:
        return self.error_response(401, "Invalid token")

    def rate_limited_response(self, retry_after: int) -> Response:
        response = self.error_response(self.rate_limit_status, "Request was throttled.")
        response.headers["Retry-After"] = str(retry_after)
        return response

    def not_found_response(self) -> Response:
        return self.error_response(404, "Not found.")

    def is_public(self, path: str) -> bool:
        """Paths served without a credential (none by default)."""
        return False

    # --- behaviour ----------------------------------------------------------------------------------------------
    @abstractmethod
    def routes(self) -> Sequence[BaseRoute]:
        """Routes relative to the mount point (they include ``api_prefix``)."""

    @abstractmethod
    def reset(self) -> None:
        """Forget all state."""

    def seed(self, kind: str, count: int, params: Mapping[str, Any]) -> Mapping[str, Any]:
        """Bulk-create ``count`` synthetic objects of ``kind``; returns a summary for the control API."""
        raise SeedError(f"{self.name} has no seedable kinds")

    def close(self) -> None:
        """Release resources (temporary folders, background tasks)."""
        return None

    # --- command line ----------------------------------------------------------------------------------------
    @classmethod
    def add_cli_arguments(cls, parser: argparse.ArgumentParser) -> None:
        """Extra options for ``dataports-emulator`` (prefix them with the service name)."""
        return None

    def on_start(self, base_url: str, token: str, args: argparse.Namespace | None) -> Sequence[str]:
        """Called once the server listens; returns extra lines to print."""
        return ()
