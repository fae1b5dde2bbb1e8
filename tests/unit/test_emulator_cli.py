"""The emulator command line: options parse, and a rate limit given there survives a reset."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from dataports_emulators.cli import build_parser, parse_rate_limit
from dataports_emulators.core.app import Emulator


def test_parse_rate_limit() -> None:
    assert parse_rate_limit("2500/3600") == {"rate_limit": 2500, "rate_window": 3600.0}
    assert parse_rate_limit("10") == {"rate_limit": 10, "rate_window": 3600.0}
    assert parse_rate_limit(None) is None
    with pytest.raises(ValueError, match="N or N/SECONDS"):
        parse_rate_limit("lots")


def test_parser_defaults() -> None:
    args = build_parser().parse_args([])
    assert (args.host, args.port, args.token) == ("127.0.0.1", 8765, "dataports-demo")
    assert "rapidpro" in args.services.split(",")


def test_baseline_rate_limit_survives_reset() -> None:
    emulator = Emulator(["rapidpro"], ["t"], baseline_faults={"rate_limit": 1, "rate_window": 60})
    transport = httpx.ASGITransport(app=emulator.app)

    async def scenario() -> list[int]:
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
            headers = {"Authorization": "Token t"}
            statuses = [(await client.get("/rapidpro/api/v2/org.json", headers=headers)).status_code for _ in range(2)]
            await client.post("/_emulator/reset", json={})
            # A reset starts a new window, but the limit itself is still in force.
            statuses += [(await client.get("/rapidpro/api/v2/org.json", headers=headers)).status_code for _ in range(2)]
            return statuses

    assert asyncio.run(scenario()) == [200, 429, 200, 429]
