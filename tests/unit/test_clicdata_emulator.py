"""The ClicData emulator on its own (through its ASGI app): the token endpoint and its OAuth error bodies, token
lifetimes, ClicData's Basic scheme (and the classic wrapper's broken one), typed values, error bodies that name the
column and row, seeding, and hostile inputs to every operation."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from dataports_emulators.core.app import Emulator
from dataports_emulators.services.clicdata.tokens import TokenStore
from dataports_emulators.services.clicdata.values import normalize
from dataports_emulators.services.clicdata.wire import basic_header

from tests.emulators.hostile_inputs import operations, variants

T = TypeVar("T")
TOKEN = "emulator-token-1"
CLIENT_ID, OWNER = "dataports-demo", "demo@dataports.dev"
BASIC = {"Authorization": basic_header(CLIENT_ID, OWNER, TOKEN)}
ROOT = "/clicdata"


def drive(scenario: Callable[[httpx.AsyncClient], Awaitable[T]]) -> T:
    """Run ``scenario`` against a fresh ClicData emulator's ASGI app."""
    emulator = Emulator(["clicdata"], [TOKEN])

    async def main() -> T:
        transport = httpx.ASGITransport(app=emulator.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", timeout=60) as client:
            return await scenario(client)

    try:
        return asyncio.run(main())
    finally:
        emulator.close()


def form(**fields: str) -> dict[str, str]:
    return {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": TOKEN, **fields}


def test_the_token_endpoint_issues_tokens_and_answers_oauth_errors() -> None:
    async def scenario(client: httpx.AsyncClient) -> list[httpx.Response]:
        url = ROOT + "/oauth20/token"
        return [
            await client.post(url, data=form()),
            await client.post(url, data=form(client_secret="wrong-secret-999")),
            await client.post(url, data=form(client_id="someone-else")),
            await client.post(url, data={"client_id": CLIENT_ID, "client_secret": TOKEN}),
            await client.post(url, data={"grant_type": "client_credentials", "client_id": CLIENT_ID}),
            await client.post(url, data=form(grant_type="refresh_token", refresh_token="r")),
            await client.post(url, data=form(grant_type="password")),
        ]

    issued, wrong, stranger, no_grant, no_secret, refresh, unknown = drive(scenario)
    body = issued.json()
    assert set(body) == {"access_token", "expires_in", "token_type"} and body["expires_in"] == 3600
    assert issued.headers["cache-control"] == "no-store"
    assert (wrong.status_code, wrong.json()["error"]) == (400, "invalid_client")
    assert "wrong-secret-999" not in wrong.text
    assert stranger.json()["error"] == "invalid_client"
    for refused in (no_grant, no_secret, unknown):
        assert refused.status_code == 400 and refused.json()["error"] == "invalid_request", refused.text
    assert refresh.json()["error"] == "invalid_grant"


def test_access_tokens_expire_after_their_lifetime() -> None:
    now = [100.0]
    tokens = TokenStore(clock=lambda: now[0])
    token = tokens.issue(OWNER, 60)
    assert tokens.principal(token) == OWNER
    now[0] += 59.9
    assert tokens.principal(token) == OWNER
    now[0] += 0.1
    assert tokens.principal(token) is None and tokens.principal("never-issued") is None


def test_token_ttl_is_a_setting_read_when_a_token_is_issued() -> None:
    async def scenario(client: httpx.AsyncClient) -> tuple[list[int], int, int, httpx.Response]:
        statuses = []
        for ttl in (0, "10", 31_536_001):
            statuses.append(
                (await client.post("/_emulator/config", json={"service": "clicdata", "token_ttl": ttl})).status_code
            )
        await client.post("/_emulator/config", json={"service": "clicdata", "token_ttl": 1})
        token = (await client.post(ROOT + "/oauth20/token", data=form())).json()
        first = (
            await client.get(ROOT + "/data", headers={"Authorization": f"Bearer {token['access_token']}"})
        ).status_code
        await asyncio.sleep(1.05)
        expired = await client.get(ROOT + "/data", headers={"Authorization": f"Bearer {token['access_token']}"})
        return statuses, token["expires_in"], first, expired

    statuses, lifetime, first, expired = drive(scenario)
    assert statuses == [400, 400, 400] and lifetime == 1 and first == 200
    assert expired.status_code == 401 and expired.json()["error"]["code"] == "Unauthorized"


@pytest.mark.parametrize(
    ("header", "status"),
    [
        (basic_header(CLIENT_ID, OWNER, TOKEN), 200),
        (basic_header(CLIENT_ID, OWNER.upper(), TOKEN), 200),
        (basic_header(CLIENT_ID, OWNER, "wrong"), 401),
        (basic_header("other-client", OWNER, TOKEN), 401),
        (basic_header(CLIENT_ID, "nobody@example.com", TOKEN), 401),
        # The classic wrapper's encoding: no ":" after the client id.
        (
            "Basic "
            + base64.b64encode((CLIENT_ID + base64.b64encode(f"{OWNER}:{TOKEN}".encode()).decode()).encode()).decode(),
            401,
        ),
        ("Basic " + base64.b64encode(f"{CLIENT_ID}:not base64!".encode()).decode(), 401),
        (f"Basic {TOKEN}", 401),
        (f"Bearer {TOKEN}", 401),  # the emulator token is a client secret, not an access token
        ("", 401),
    ],
    ids=[
        "basic",
        "email-case",
        "wrong-password",
        "wrong-client",
        "unknown-user",
        "classic-wrapper",
        "inner-not-base64",
        "raw",
        "bearer-secret",
        "none",
    ],
)
def test_clicdatas_basic_scheme_and_nothing_else(header: str, status: int) -> None:
    async def scenario(client: httpx.AsyncClient) -> httpx.Response:
        return await client.get(ROOT + "/account", headers={"Authorization": header} if header else {})

    response = drive(scenario)
    assert response.status_code == status
    if status == 401:
        assert response.json()["success"] is False and TOKEN not in response.text


def test_a_refused_append_names_the_column_and_the_row_and_writes_nothing() -> None:
    async def scenario(client: httpx.AsyncClient) -> list[httpx.Response]:
        columns = [{"name": "n", "data_type": "number"}, {"name": "d", "data_type": "date"}]
        created = await client.post(ROOT + "/data", headers=BASIC, json={"name": "T", "columns": columns})
        rows = ROOT + f"/data/{created.text}/row"

        def cells(n: Any, d: Any = "2024-01-01") -> list[dict[str, Any]]:
            return [{"column": "n", "value": n}, {"column": "d", "value": d}]

        return [
            created,
            await client.post(rows, headers=BASIC, json={"data": [cells(1), cells(True)]}),
            await client.post(rows, headers=BASIC, json={"data": [cells(1), cells(2), cells(3, "tomorrow")]}),
            await client.post(rows, headers=BASIC, json={"data": [cells(1), [{"column": "x", "value": 1}]]}),
            await client.post(rows, headers=BASIC, json={"data": [cells(1), cells({"deep": 1})]}),
            await client.get(ROOT + f"/data/{created.text}", headers=BASIC),
            await client.get(ROOT + f"/data/{created.text}?page=99", headers=BASIC),
        ]

    created, boolean, date, unknown, shape, read, past_end = drive(scenario)
    assert created.headers["content-type"].startswith("text/plain") and created.text.isdigit()
    assert boolean.json()["error"] | {"description": ""} == {
        "code": "InvalidValue",
        "description": "",
        "column": "n",
        "row": 1,
    }
    assert (date.json()["error"]["column"], date.json()["error"]["row"]) == ("d", 2)
    assert (unknown.json()["error"]["code"], unknown.json()["error"]["column"]) == ("UnknownColumn", "x")
    assert shape.status_code == 400 and shape.json()["error"]["row"] == 1  # refused by the spec check, row named
    assert read.json() == {"data": [], "has_more_data": False}
    assert past_end.json() == {"data": [], "has_more_data": False}


def test_refreshable_data_sets_take_no_row_writes_and_static_ones_no_refresh() -> None:
    async def scenario(client: httpx.AsyncClient) -> list[httpx.Response]:
        cells = [{"column": "id", "value": 1}]
        return [
            await client.post(ROOT + "/data/100001/row", headers=BASIC, json={"data": [cells]}),
            await client.post(ROOT + "/data/100001/nonsense", headers=BASIC),
            await client.post(ROOT + "/data/100001/rebuild", headers=BASIC),
            await client.get(ROOT + "/data/abc", headers=BASIC),
            await client.get(ROOT + "/account/activity/teams", headers=BASIC),
        ]

    write, nonsense, rebuild, not_an_id, no_entity = drive(scenario)
    assert write.json()["error"]["code"] == "NotCustomData"
    assert nonsense.status_code in (400, 404)
    assert rebuild.status_code == 200 and "refreshed with rebuild" in rebuild.text  # the README's spelling
    assert not_an_id.status_code == 404 and no_entity.status_code == 404


@pytest.mark.parametrize(
    ("kind", "value", "stored"),
    [
        ("number", 1, 1),
        ("percentage", 0.25, 0.25),
        ("rec_id", 7.0, 7),
        ("checkbox", False, False),
        ("text", "x", "x"),
        ("datetime", "2024-01-02T03:04:05+02:00", "2024-01-02T01:04:05"),
        ("datetime", "2024-01-02", "2024-01-02T00:00:00"),
        ("date", "2024-01-02T23:00:00", "2024-01-02"),
        ("date", None, None),
    ],
)
def test_values_are_stored_in_one_spelling_per_type(kind: str, value: Any, stored: Any) -> None:
    assert normalize(kind, value) == stored


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("number", True),
        ("number", "1"),
        ("rec_id", 1.5),
        ("checkbox", 1),
        ("text", 5),
        ("datetime", "soon"),
        ("date", 3),
    ],
)
def test_values_that_do_not_fit_are_refused(kind: str, value: Any) -> None:
    from dataports_emulators.core.errors import ServiceError

    with pytest.raises(ServiceError):
        normalize(kind, value)


def test_seeding_makes_typed_rows_users_and_teams_all_or_nothing() -> None:
    async def scenario(client: httpx.AsyncClient) -> list[httpx.Response]:
        seed = "/_emulator/seed"
        return [
            await client.post(
                seed, json={"service": "clicdata", "kind": "data_sets", "count": 2, "params": {"rows": 5}}
            ),
            await client.post(
                seed, json={"service": "clicdata", "kind": "rows", "count": 3, "params": {"rec_id": 100003}}
            ),
            await client.post(
                seed, json={"service": "clicdata", "kind": "rows", "count": 3, "params": {"rec_id": 100001}}
            ),
            await client.post(seed, json={"service": "clicdata", "kind": "rows", "count": 3, "params": {}}),
            await client.post(seed, json={"service": "clicdata", "kind": "users", "count": 2}),
            await client.post(seed, json={"service": "clicdata", "kind": "teams", "count": 2}),
            await client.post(
                seed,
                json={
                    "service": "clicdata",
                    "kind": "data_sets",
                    "count": 1,
                    "params": {"refreshable": True, "history": True, "rows": 7},
                },
            ),
            await client.get(ROOT + "/data/100003", headers=BASIC),
            await client.get(
                ROOT + "/user", headers={"Authorization": basic_header(CLIENT_ID, "user3@example.com", "Passw0rd-3")}
            ),
            await client.get(ROOT + "/data/100005/versions", headers=BASIC),
        ]

    sets, rows, refreshable, no_target, users, teams, sourced, read, as_user, versions = drive(scenario)
    assert sets.json()["ids"] == [100003, 100004] and rows.json()["rows"] == 8
    assert refreshable.status_code == 400 and no_target.status_code == 400
    assert len(users.json()["ids"]) == 2 and len(teams.json()["ids"]) == 2
    assert sourced.json()["ids"] == [100005]
    assert [row["id"] for row in read.json()["data"]] == list(range(1, 9))
    assert as_user.status_code == 200 and len(as_user.json()["users"]) == 4
    assert versions.json()["versions"][0]["row_count"] == 7


def test_hostile_inputs_to_every_operation_never_get_a_server_error() -> None:
    async def scenario(client: httpx.AsyncClient) -> list[str]:
        await client.post(
            "/_emulator/seed", json={"service": "clicdata", "kind": "data_sets", "count": 1, "params": {"rows": 5}}
        )
        failures = []
        for op in operations("clicdata.yaml"):
            for name, request in variants("clicdata.yaml", op):
                sent: dict[str, Any] = {**request, "url": ROOT + request["url"]}
                sent["headers"] = {**request.get("headers", {}), **BASIC}
                response = await client.request(**sent)
                if response.status_code >= 500:
                    failures.append(f"{op.method} {op.path} [{name}]: {response.status_code} {response.text[:200]}")
        for path in (
            "/data",
            "/data/100003",
            "/team",
            "/user",
            "/account",
            "/account/activity/users",
            "/dashboard",
            "/schedule",
        ):
            response = await client.get(ROOT + path, headers=BASIC)
            if response.status_code >= 500:
                failures.append(f"read back GET {path}: {response.status_code}")
        return failures

    assert drive(scenario) == []
