"""Injected faults and per-principal rate limits, configured per service through the control API."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Mapping
from typing import Any

import attrs

from dataports_emulators.core import payloads
from dataports_emulators.core.errors import clip

#: Longest injected latency and longest retry/rate window, so a typo cannot hang a test run for days.
MAX_LATENCY_MS = 600_000
MAX_SECONDS = 31_536_000

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
    did the work but the answer never arrived); ``rate_limit`` requests per ``rate_window`` seconds per principal
    (the token, for services whose ``authenticate`` is the default)."""

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
        """Settings from a control-API payload, every field checked for type and range (``FaultConfigError``)."""
        unknown = sorted(set(data) - set(_FIELDS) - {"service"})
        if unknown:
            raise FaultConfigError(clip(f"unknown fault settings {unknown}; allowed: {list(_FIELDS)}"))
        try:
            settings = cls(
                status=payloads.integer(data, "status", minimum=400, maximum=599),
                rate=_fraction(data, "rate"),
                retry_after=payloads.number(data, "retry_after", minimum=0, maximum=MAX_SECONDS),
                latency_ms=payloads.number(data, "latency_ms", 0.0, minimum=0, maximum=MAX_LATENCY_MS),
                drop_rate=_fraction(data, "drop_rate"),
                rate_limit=payloads.integer(data, "rate_limit", minimum=1),
                rate_window=payloads.number(data, "rate_window", 60.0, minimum=0.001, maximum=MAX_SECONDS),
                paths=payloads.text(data, "paths") if data.get("paths") != "" else None,
                seed=payloads.integer(data, "seed"),
                statuses=_statuses(data.get("statuses")),
            )
        except payloads.PayloadError as exc:
            raise FaultConfigError(str(exc)) from None
        if settings.rate + sum(settings.statuses.values()) + settings.drop_rate > 1.0:
            raise FaultConfigError("rate, statuses and drop_rate add up to more than 1")
        if settings.rate and settings.status is None:
            raise FaultConfigError("rate needs a status to inject (for example 500 or 429)")
        if settings.paths is not None:
            try:
                re.compile(settings.paths)
            except re.error as exc:
                raise FaultConfigError(clip(f"paths is not a valid regular expression: {exc}")) from exc
        return settings


def _fraction(data: Mapping[str, Any], name: str) -> float:
    return payloads.number(data, name, 0.0, minimum=0.0, maximum=1.0)


def _statuses(value: Any) -> dict[str, float]:
    if value is None:
        return {}
    shares: dict[str, float] = {}
    for code, share in payloads.as_object(value, "statuses").items():
        if not code.isdigit() or not 400 <= int(code) <= 599:
            raise payloads.PayloadError("statuses", f"keys must be HTTP error statuses 400-599, got {code!r}")
        shares[code] = payloads.checked_number(f"statuses[{code}]", share, 0.0, 1.0)
    return shares


@attrs.frozen
class FaultDecision:
    """What to do to one request: wait, answer with a status, or drop the connection."""

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
        """Put ``settings`` in force (a new random sequence, fresh rate-limit windows)."""
        self.settings = settings
        self._rng = random.Random(settings.seed)
        self._paths = re.compile(settings.paths) if settings.paths else None
        self._windows.clear()

    def clear(self) -> None:
        """Back to the baseline."""
        self.configure(self.baseline)

    @property
    def active(self) -> bool:
        """Whether any fault or limit is in force."""
        s = self.settings
        return bool(s.rate or s.statuses or s.drop_rate or s.latency_ms or s.rate_limit)

    def decide(self, path: str) -> FaultDecision:
        """The fault, if any, for one request to ``path``."""
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

    def over_rate_limit(self, principal: str) -> int | None:
        """Seconds until ``principal`` may call again, or ``None`` when within its limit."""
        s = self.settings
        if s.rate_limit is None:
            return None
        now = time.monotonic()
        start, count = self._windows.get(principal, (now, 0))
        if now - start >= s.rate_window:
            start, count = now, 0
        if count >= s.rate_limit:
            return max(1, int(s.rate_window - (now - start) + 0.999))
        self._windows[principal] = (start, count + 1)
        return None
