"""Seeding builds on a copy of the state and swaps it in: what was there before stays, links handed out before
keep working, and changes scheduled before a seed apply to the seeded state."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
from dataports_emulators.core.app import Emulator

T = TypeVar("T")
TOKEN = "seed-token"


def drive(emulator: Emulator, scenario: Callable[[httpx.AsyncClient], Awaitable[T]]) -> T:
    async def main() -> T:
        transport = httpx.ASGITransport(app=emulator.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8765", timeout=60) as client:
            return await scenario(client)

    try:
        return asyncio.run(main())
    finally:
        emulator.close()


async def seed(client: httpx.AsyncClient, service: str, kind: str, count: int, **params: Any) -> Any:
    response = await client.post(
        "/_emulator/seed", json={"service": service, "kind": kind, "count": count, "params": params}
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_voxel51_seed_keeps_uploads_files_and_signed_links() -> None:
    emulator = Emulator(["voxel51"], [TOKEN])
    service: Any = emulator.services["voxel51"]
    root = service.state.root
    headers = {"Authorization": f"Bearer {TOKEN}"}

    async def scenario(client: httpx.AsyncClient) -> None:
        upload = await client.post("/voxel51/v1/data", files={"file": ("a.bin", b"kept")}, headers=headers)
        data_id = upload.json()["data"]["id"]
        link = (await client.get(f"/voxel51/v1/data/{data_id}/download-url", headers=headers)).json()["url"]
        await seed(client, "voxel51", "data", 2)
        await seed(client, "voxel51", "jobs", 1, state="COMPLETE")
        listed = (await client.get("/voxel51/v1/data/list", headers=headers)).json()["data"]
        assert len(listed) == 4 and data_id in {d["id"] for d in listed}
        assert (await client.get(link)).content == b"kept"
        assert service.state.root == root

    drive(emulator, scenario)


def test_rapidpro_seed_adds_to_what_is_there() -> None:
    headers = {"Authorization": f"Token {TOKEN}"}

    async def scenario(client: httpx.AsyncClient) -> None:
        made = await client.post("/rapidpro/api/v2/contacts.json", json={"name": "Ann"}, headers=headers)
        assert made.status_code == 201
        await seed(client, "rapidpro", "contacts", 3, group="Seeded")
        await seed(client, "rapidpro", "contacts", 3, group="Seeded")
        contacts = (await client.get("/rapidpro/api/v2/contacts.json", headers=headers)).json()["results"]
        assert len(contacts) == 7 and "Ann" in {c["name"] for c in contacts}
        groups = (await client.get("/rapidpro/api/v2/groups.json", headers=headers)).json()["results"]
        assert [(g["name"], g["count"]) for g in groups] == [("Seeded", 6)]

    drive(Emulator(["rapidpro"], [TOKEN]), scenario)


def test_gretel_delete_scheduled_before_a_seed_applies_to_the_seeded_state() -> None:
    headers = {"Authorization": TOKEN}

    async def scenario(client: httpx.AsyncClient) -> None:
        await client.post("/_emulator/config", json={"service": "gretel", "async_seconds": 0.2})
        await client.post("/gretel/projects", json={"name": "doomed"}, headers=headers)
        assert (await client.delete("/gretel/projects/doomed", headers=headers)).status_code == 200
        await seed(client, "gretel", "records", 60, project="kept")
        await asyncio.sleep(0.5)
        assert (await client.get("/gretel/projects/doomed", headers=headers)).status_code == 401
        kept = await client.get("/gretel/fields/schema/kept", params={"count": 1}, headers=headers)
        assert kept.json()["project_record_count"] == 60

    drive(Emulator(["gretel"], [TOKEN]), scenario)
