"""Injected faults and per-token rate limits, configured per service through the control API."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Mapping
from typing import Any

import attrs

_FIELDS = (
    "status",
    "rate",
    "retry_after",
    "latency_ms",
    "drop_rate",
    "rate_limit",
    "rate_window",
    "paths",
    "seed",
    "statuses",
)


class FaultConfigError(ValueError):
    """A fault setting that cannot be applied."""


@attrs.define
class FaultSettings:
    """What to inject. ``rate`` of requests get ``status``, and ``statuses`` maps more statuses to their own rates
    (``{"500": 0.05, "403": 0.05}``); ``drop_rate`` of requests lose their connection
    (half before the handler runs, half after it ran, so a client also sees the ambiguous case where the server
    did the work but the answer never arrived); ``rate_limit`` requests per ``rate_window`` seconds per token."""

    status: int | None = None
    rate: float = 0.0
    retry_after: float | None = None
    latency_ms: float = 0.0
    drop_rate: float = 0.0
    rate_limit: int | None = None
    rate_window: float = 60.0
    paths: str | None = None
    seed: int | None = None
    statuses: dict[str, float] = attrs.field(factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> FaultSettings:
        unknown = sorted(set(data) - set(_FIELDS) - {"service"})
        if unknown:
            raise FaultConfigError(f"unknown fault settings {unknown}; allowed: {list(_FIELDS)}")
        try:
            settings = cls(**{k: v for k, v in data.items() if k in _FIELDS})
        except TypeError as exc:
            raise FaultConfigError(str(exc)) from exc
        for name in ("rate", "drop_rate"):
            value = getattr(settings, name)
            if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise FaultConfigError(f"{name} must be a number between 0 and 1, got {value!r}")
        for code, share in settings.statuses.items():
            if not str(code).isdigit() or not 400 <= int(code) <= 599:
                raise FaultConfigError(f"statuses keys must be HTTP error statuses 400-599, got {code!r}")
            if not isinstance(share, int | float) or not 0.0 <= share <= 1.0:
                raise FaultConfigError(f"statuses[{code}] must be a number between 0 and 1, got {share!r}")
        if settings.rate + sum(settings.statuses.values()) + settings.drop_rate > 1.0:
            raise FaultConfigError("rate, statuses and drop_rate add up to more than 1")
        if settings.rate and settings.status is None:
            raise FaultConfigError("rate needs a status to inject (for example 500 or 429)")
        if settings.status is not None and not (isinstance(settings.status, int) and 400 <= settings.status <= 599):
            raise FaultConfigError(f"status must be an HTTP error status 400-599, got {settings.status!r}")
        if settings.rate_limit is not None and (not isinstance(settings.rate_limit, int) or settings.rate_limit < 1):
            raise FaultConfigError(f"rate_limit must be a positive integer, got {settings.rate_limit!r}")
        if settings.paths is not None:
            try:
                re.compile(settings.paths)
            except re.error as exc:
                raise FaultConfigError(f"paths is not a valid regular expression: {exc}") from exc
        return settings


@attrs.frozen
class FaultDecision:
    latency: float = 0.0
    status: int | None = None
    drop_before: bool = False
    drop_after: bool = False


class FaultState:
    """The faults in force for one service. ``baseline`` (e.g. a rate limit given on the command line) is what
    ``clear()`` and a reset return to."""

    def __init__(self, baseline: FaultSettings | None = None) -> None:
        self.baseline = baseline or FaultSettings()
        self.settings = self.baseline
        self._rng = random.Random()
        self._paths: re.Pattern[str] | None = None
        self._windows: dict[str, tuple[float, int]] = {}
        self.configure(self.baseline)

    def configure(self, settings: FaultSettings) -> None:
        self.settings = settings
        self._rng = random.Random(settings.seed)
        self._paths = re.compile(settings.paths) if settings.paths else None
        self._windows.clear()

    def clear(self) -> None:
        self.configure(self.baseline)

    @property
    def active(self) -> bool:
        s = self.settings
        return bool(s.rate or s.statuses or s.drop_rate or s.latency_ms or s.rate_limit)

    def decide(self, path: str) -> FaultDecision:
        s = self.settings
        if self._paths is not None and not self._paths.search(path):
            return FaultDecision()
        latency = s.latency_ms / 1000.0
        roll = self._rng.random()
        if roll < s.drop_rate:
            return FaultDecision(
                latency=latency, drop_before=roll < s.drop_rate / 2, drop_after=roll >= s.drop_rate / 2
            )
        # One roll places the request in exactly one band: dropped, one of the statuses, or served.
        edge = s.drop_rate
        for code, share in ((s.status, s.rate), *((int(c), r) for c, r in s.statuses.items())):
            edge += share
            if code is not None and roll < edge:
                return FaultDecision(latency=latency, status=code)
        return FaultDecision(latency=latency)

    def over_rate_limit(self, token: str) -> int | None:
        """Seconds until ``token`` may call again, or ``None`` when within its limit."""
        s = self.settings
        if s.rate_limit is None:
            return None
        now = time.monotonic()
        start, count = self._windows.get(token, (now, 0))
        if now - start >= s.rate_window:
            start, count = now, 0
        if count >= s.rate_limit:
            return max(1, int(s.rate_window - (now - start) + 0.999))
        self._windows[token] = (start, count + 1)
        return None
