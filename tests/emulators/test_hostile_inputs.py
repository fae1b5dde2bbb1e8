"""Deep, large and unicode-heavy inputs against every operation of every service, through the live ASGI app: no
answer is ever a 5xx, and what was stored stays servable afterwards.

A sibling of ``tests/contract/test_emulator_conforms_to_spec.py``: schemathesis explores valid-ish inputs there;
here every operation gets the inputs that used to break the emulator (bodies nested 1,000 levels deep failed with
500 on most JSON endpoints; a Gretel record nested 300 levels deep was stored, and every stream page holding it
failed with 500).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from dataports_emulators.core.app import Emulator, available_services
from dataports_emulators.core.specs import load_spec

from tests.emulators.hostile_inputs import operations, variants

TOKEN = "hostile-token"
#: Every emulated service, discovered: a new one is swept without editing this file.
SERVICES = available_services()
#: Read back after the sweep, beyond the spec's parameterless listings: paths under the seeded objects.
EXTRA_READ_BACK = {"gretel": ["/streams/records/demo", "/fields/schema/demo", "/fields/entities/demo"]}


def read_back_paths(service: str) -> list[str]:
    """The spec's GET operations without path parameters (listings that serve what the hostile writes stored)."""
    spec = load_spec(SERVICES[service].spec_file)
    listings = [path for path, item in spec.get("paths", {}).items() if "get" in item and "{" not in path]
    return sorted(listings) + EXTRA_READ_BACK.get(service, [])


async def _sweep(service: str) -> list[str]:
    emulated = SERVICES[service]
    spec, root = emulated.spec_file, f"/{service}{emulated.api_prefix}"
    headers = dict(emulated.client_headers(TOKEN))
    emulator = Emulator([service], [TOKEN])
    transport = httpx.ASGITransport(app=emulator.app, raise_app_exceptions=False)
    failures: list[str] = []
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", timeout=60) as client:
            for kind, count, params in emulated.contract_seeds:
                seeded = {"service": service, "kind": kind, "count": count, "params": dict(params)}
                await client.post("/_emulator/seed", json=seeded)
            for op in operations(spec):
                for name, request in variants(spec, op):
                    sent: dict[str, Any] = {**request, "url": root + request["url"]}
                    sent["headers"] = {**request.get("headers", {}), **headers}
                    response = await client.request(**sent)
                    if response.status_code >= 500:
                        failures.append(f"{op.method} {op.path} [{name}]: {response.status_code} {response.text[:200]}")
            for path in read_back_paths(service):
                response = await client.get(root + path, headers=headers)
                if response.status_code >= 500:
                    failures.append(f"read back GET {path}: {response.status_code} {response.text[:200]}")
    finally:
        emulator.close()
    return failures


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_hostile_inputs_never_get_a_server_error(service: str) -> None:
    assert asyncio.run(_sweep(service)) == []
