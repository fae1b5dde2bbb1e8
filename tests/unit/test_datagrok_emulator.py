"""The Datagrok emulator's own behaviour, through its ASGI app: the real service's error shapes (for invalid CSV,
names still holding ':', unknown connectors, a bad key), ETags that follow content, and sync answers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from dataports_emulators.core.app import Emulator

TOKEN = "unit-token"
API = "/datagrok/api/public/v1"


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    emulator = Emulator(["datagrok"], [TOKEN])
    transport = httpx.ASGITransport(app=emulator.app)  # type: ignore[arg-type]
    import asyncio

    async def call(request: httpx.Request) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
            response = await client.send(request)
            await response.aread()
            return response

    def handler(request: httpx.Request) -> httpx.Response:
        response = asyncio.run(call(request))
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    with httpx.Client(
        transport=httpx.MockTransport(handler), base_url="http://emulator", headers={"Authorization": f"Bearer {TOKEN}"}
    ) as client:
        yield client
    emulator.close()


def api_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status and response.headers["api-error"]
    body = response.json()
    assert body["#type"] == "ApiError" and body["errorCode"] == status
    return str(body["message"])


@pytest.mark.parametrize(
    ("csv", "problem"),
    [(b"", "header"), (b"a,b\n1\n", "fields"), (b"a,a\n1,2\n", "unique"), (b"\xff\xfe,x\n", "UTF-8")],
)
def test_invalid_csv_is_a_400(http: httpx.Client, csv: bytes, problem: str) -> None:
    assert problem in api_error(http.post(f"{API}/tables/Demo.Bad", content=csv), 400)


def test_names_ids_keys_and_connectors(http: httpx.Client) -> None:
    assert "'.' instead of ':'" in api_error(http.get(f"{API}/tables/Demo:Cars"), 404)
    api_error(http.get(f"{API}/groups/a4b45840:9a50"), 404)
    api_error(http.post(f"{API}/tables/Demo..Cars", content=b"a\n1\n"), 400)
    api_error(http.get(f"{API}/files/Nobody.Nothing/a.txt"), 404)
    api_error(http.get(f"{API}/users/current", headers={"Authorization": "dataports-demo"}), 401)
    api_error(http.get(f"{API}/users/current", headers={"Authorization": "Bearer wrong"}), 401)
    missing = http.post(f"{API}/functions/Demo.Nope/call", json={})
    assert missing.status_code == 200 and missing.headers["api-error"]
    assert missing.json()["errorCode"] == 404 and "Demo.Nope" in missing.json()["message"]
    assert http.post(f"{API}/Demo.Add/call", json={"a": 1, "b": 2}).json() == 3  # the classic path


def test_column_types_and_projects(http: httpx.Client) -> None:
    csv = b"n,x,s,ok,when\n1,1.5,a,True,2024-01-01 10:00:00\n2,,b,False,2024-01-02T00:00:00Z\n"
    ids = http.post(f"{API}/tables/Demo.Proj.T", content=csv).json()
    assert [c["type"] for c in ids["columns"]] == ["int", "double", "string", "bool", "datetime"]
    assert http.get(f"{API}/tables/{ids['ID']}").content == csv
    assert http.post(f"{API}/entities/Demo.Proj/shares", params={"groups": "All users"}).json()["status"] == "success"


def test_etags_follow_content_and_sync_answers(http: httpx.Client) -> None:
    http.post(f"{API}/files/System.AppData/d/a.txt", content=b"one")
    first = http.post(f"{API}/files/sync/System.AppData/d", json={})
    assert first.headers["content-type"].startswith("multipart/mixed; boundary=")
    etag = first.text.split("X-File-E-Tag: ")[1].split("\r\n")[0]
    http.post(f"{API}/files/System.AppData/d/a.txt", content=b"one")  # same content: same ETag
    same = http.post(f"{API}/files/sync/System.AppData/d", json={"a.txt": etag, "gone.txt": "x"})
    assert "X-File-Status: not-modified" in same.text and 'filename="gone.txt"' in same.text
    assert same.text.index("X-File-Status: deleted") < same.text.index('filename="gone.txt"')
    http.post(f"{API}/files/System.AppData/d/a.txt", content=b"two")
    changed = http.post(f"{API}/files/sync/System.AppData/d", json={"a.txt": etag})
    assert f"X-File-E-Tag: {etag}" not in changed.text and "\r\n\r\ntwo\r\n" in changed.text
    assert http.post(f"{API}/files/sync/System.AppData/nowhere", json={}).status_code == 204
    assert http.post(f"{API}/files/sync/System.AppData/d", params={"ext": "csv"}, json={}).status_code == 204


def test_membership_requests_become_memberships(http: httpx.Client) -> None:
    group = http.post(f"{API}/groups", json={"id": "g-1", "name": "Team"}).json()
    request = http.post(f"{API}/groups/{group['id']}/request").json()
    assert request["approved"] is None and request["from"]["name"] == "demo"
    assert http.post(f"{API}/groups/{group['id']}/request").json()["id"] == request["id"]  # still pending: the same
    http.post(f"{API}/groups/requests/{request['id']}/approve")
    members = http.get(f"{API}/groups/{group['id']}/members").json()
    assert [m["name"] for m in members] == ["demo"]
    api_error(http.post(f"{API}/groups/{group['id']}/request"), 400)  # already a member
    me = http.get(f"{API}/groups/current").json()
    assert "Team" in {r["parent"]["name"] for r in me["parents"]}
    http.delete(f"{API}/groups/{group['id']}")
    assert "Team" not in {r["parent"]["name"] for r in http.get(f"{API}/user/group").json()["parents"]}
