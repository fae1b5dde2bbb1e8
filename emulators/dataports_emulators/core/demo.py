"""The demo workspace every service can seed: ``seed(service, "demo")``, ``dataports-emulator --demo-data``.

A demo replaces the service's state with a fresh one holding a small, realistic, coherent workspace (each service's
``services/<name>/demo.py``), so seeding it twice gives the same workspace, not two copies. It is reproducible byte
for byte: the service's own state-writing helpers run under a pinned clock (``core.clock.pinned_clock``), so every
timestamp is placed in the 30 days ending on ``end`` (2026-01-31 unless the seed's ``params`` say otherwise), every
id comes from a counter under a namespace naming the service and that day, and every choice from a
``random.Random`` seeded the same way.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dataports_emulators.core.clock import travel_to
from dataports_emulators.core.payloads import PayloadError

#: The seed kind every service offers.
DEMO_KIND = "demo"
#: The last day of the demo's history unless the seed says otherwise.
DEFAULT_END = date(2026, 1, 31)
#: Days of history (messages, runs, jobs, sales) the demo spreads over.
DAYS = 30
#: The parameters a demo seed accepts.
PARAMS = ("end",)


def demo_end(params: Mapping[str, Any]) -> date:
    """The demo's last day from the seed's ``params``; a ``PayloadError`` naming the field for anything else."""
    unknown = sorted(set(params) - set(PARAMS))
    if unknown:
        raise PayloadError(unknown[0], f"is not a parameter of the demo seed (it takes only {', '.join(PARAMS)})")
    given = params.get("end")
    if given is None:
        return DEFAULT_END
    if not isinstance(given, str):
        raise PayloadError("end", f"must be a date as YYYY-MM-DD, got {given!r}")
    try:
        end = date.fromisoformat(given)
    except ValueError:
        raise PayloadError("end", f"must be a date as YYYY-MM-DD, got {given!r}") from None
    if not date(2000, 1, 31) <= end <= date(2099, 12, 31):
        raise PayloadError("end", f"must be between 2000-01-31 and 2099-12-31, got {given!r}")
    return end


def clock_namespace(service: str, end: date) -> str:
    """The namespace the demo's ids are derived from."""
    return f"https://dataports.dev/emulator/demo/{service}/{end.isoformat()}"


def start_moment(end: date) -> datetime:
    """Where the pinned clock starts: the first moment of the demo's first day."""
    return datetime.combine(end - timedelta(days=DAYS - 1), time(0, 0), tzinfo=UTC)


class DemoPlan:
    """The fixed frame a service's demo is built in: its days, its random choices and the clock's moves."""

    def __init__(self, service: str, params: Mapping[str, Any]) -> None:
        self.service = service
        self.end = demo_end(params)
        self.rng = random.Random(f"dataports-demo:{service}:{self.end.isoformat()}")
        #: The demo's days, oldest first.
        self.days = [self.end - timedelta(days=DAYS - 1 - i) for i in range(DAYS)]

    def moment(self, day: int, hour: int = 9, minute: int = 0, second: int = 0) -> datetime:
        """``hour:minute:second`` UTC on day ``day`` (0 is the first day, negative counts back before it)."""
        first = datetime.combine(self.days[0], time(0, 0), tzinfo=UTC)
        return first + timedelta(days=day, hours=hour, minutes=minute, seconds=second)

    def at(self, moment: datetime) -> datetime:
        """Move the pinned clock to ``moment`` (what the service's helpers will stamp next); returns it."""
        travel_to(moment)
        return moment

    def at_day(self, day: int, hour: int = 9, minute: int = 0, second: int = 0) -> datetime:
        """``at(moment(day, hour, minute, second))``."""
        return self.at(self.moment(day, hour, minute, second))

    @property
    def last_moment(self) -> datetime:
        """The end of the demo's last day."""
        return datetime.combine(self.end, time(23, 59, 59), tzinfo=UTC)
