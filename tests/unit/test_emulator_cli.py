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


def test_control_token_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAPORTS_EMULATOR_CONTROL_TOKEN", raising=False)
    assert build_parser().parse_args([]).control_token is None
    assert build_parser().parse_args(["--control-token", "ctl"]).control_token == "ctl"
    # From the environment, so that the token stays out of the process list.
    monkeypatch.setenv("DATAPORTS_EMULATOR_CONTROL_TOKEN", "from-env")
    assert build_parser().parse_args([]).control_token == "from-env"


def test_control_token_is_required_by_the_app() -> None:
    emulator = Emulator(["rapidpro"], ["t"], control_token="ctl")
    transport = httpx.ASGITransport(app=emulator.app)

    async def scenario() -> list[int]:
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
            without = await client.post("/_emulator/reset", json={})
            with_token = await client.post("/_emulator/reset", json={}, headers={"Authorization": "Bearer ctl"})
            health = await client.get("/_emulator/health")
            return [without.status_code, with_token.status_code, health.status_code]

    try:
        assert asyncio.run(scenario()) == [401, 200, 200]
    finally:
        emulator.close()
