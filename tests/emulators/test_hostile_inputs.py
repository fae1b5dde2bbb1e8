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
from dataports_emulators.core.app import Emulator

from tests.emulators.hostile_inputs import operations, variants

TOKEN = "hostile-token"
SERVICES: dict[str, tuple[str, str, dict[str, str]]] = {
    "rapidpro": ("rapidpro.yaml", "/rapidpro/api/v2", {"Authorization": f"Token {TOKEN}"}),
    "gretel": ("gretel.yaml", "/gretel", {"Authorization": TOKEN}),
    "voxel51": ("voxel51.yaml", "/voxel51", {"Authorization": f"Bearer {TOKEN}"}),
}
#: Listings that serve what the hostile writes stored.
READ_BACK = {
    "rapidpro": ["/contacts.json", "/messages.json", "/flow_starts.json", "/globals.json", "/fields.json"],
    "gretel": ["/streams/records/demo", "/projects", "/fields/schema/demo", "/fields/entities/demo"],
    "voxel51": ["/v1/data/list", "/v1/jobs/list", "/v1/analytics/list"],
}


async def _sweep(service: str) -> list[str]:
    spec, root, headers = SERVICES[service]
    emulator = Emulator([service], [TOKEN])
    transport = httpx.ASGITransport(app=emulator.app, raise_app_exceptions=False)
    failures: list[str] = []
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", timeout=60) as client:
            if service == "gretel":
                seeded = {"service": "gretel", "kind": "records", "count": 5, "params": {"project": "demo"}}
                await client.post("/_emulator/seed", json=seeded)
            for op in operations(spec):
                for name, request in variants(spec, op):
                    sent: dict[str, Any] = {**request, "url": root + request["url"]}
                    sent["headers"] = {**request.get("headers", {}), **headers}
                    response = await client.request(**sent)
                    if response.status_code >= 500:
                        failures.append(f"{op.method} {op.path} [{name}]: {response.status_code} {response.text[:200]}")
            for path in READ_BACK[service]:
                response = await client.get(root + path, headers=headers)
                if response.status_code >= 500:
                    failures.append(f"read back GET {path}: {response.status_code} {response.text[:200]}")
    finally:
        emulator.close()
    return failures


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_hostile_inputs_never_get_a_server_error(service: str) -> None:
    assert asyncio.run(_sweep(service)) == []
