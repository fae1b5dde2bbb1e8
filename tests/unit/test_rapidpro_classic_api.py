"""The rest of the classic client surface, against a mock server: the client's classic attributes and bases,
positional arguments in the classic order, ``CursorQuery`` and ``CursorIterator`` built and read as
``temba_client.base`` builds and reads them, and the classic module paths."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from dataports.rapidpro import CursorIterator, CursorQuery, TembaClient, TembaInvalidArgument, types
from dataports.rapidpro.base import BaseClient, BaseCursorClient

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro"
HOST = "https://rapidpro.example"
CONTACTS = json.loads((FIXTURES / "contacts.json").read_text())["results"]


class Server:
    """Serves ``pages`` of contacts (``next`` links to the following one) and records every request."""

    def __init__(self, *pages: list[dict[str, Any]]) -> None:
        self.pages = pages
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = int(request.url.params.get("cursor", "0"))
        following = f"{HOST}/api/v2/contacts.json?cursor={index + 1}" if index + 1 < len(self.pages) else None
        return httpx.Response(200, json={"next": following, "previous": None, "results": self.pages[index]})

    def queries(self) -> list[list[tuple[str, str]]]:
        return [sorted(parse_qsl(r.url.query.decode())) for r in self.requests]


def client_for(server: Callable[[httpx.Request], httpx.Response], **options: Any) -> TembaClient:
    return TembaClient("rapidpro.example", "secret-token", transport=httpx.MockTransport(server), **options)


# --- the client -------------------------------------------------------------------------------------------------
def test_the_client_has_the_classic_attributes_and_bases() -> None:
    def transformer(cls: type, item: Any) -> Any:
        return item

    client = TembaClient("rapidpro.example", "secret-token", "my-app/1.0", False, transformer)
    assert isinstance(client, BaseCursorClient) and isinstance(client, BaseClient)
    assert client.root_url == "https://rapidpro.example/api/v2"
    assert client.verify_ssl is False and client.transformer is transformer
    assert isinstance(client.headers, dict)
    assert client.headers["Authorization"] == "Token secret-token"
    assert client.headers["User-Agent"].startswith("my-app/1.0 dataports/")
    assert client.headers["Accept"] == client.headers["Content-type"] == "application/json"
    assert "secret-token" not in repr(client) and "secret-token" not in str(client)
    with_password = TembaClient("https://admin:hunter2@rapidpro.example", "secret-token")
    assert "hunter2" not in repr(with_password) and "rapidpro.example/api/v2" in repr(with_password)


def test_the_base_client_takes_the_classic_arguments() -> None:
    client = BaseCursorClient("http://localhost:8000/", "t", 2)
    assert client.root_url == "http://localhost:8000/api/v2"
    with pytest.raises(TembaInvalidArgument, match="api_version"):
        BaseClient("rapidpro.example", "t", 1)


def test_positional_arguments_bind_in_the_classic_order() -> None:
    server = Server([])
    with client_for(server) as client:
        client.get_messages(None, "inbox", "2024-01-01", "2024-02-01").all()
        client.get_broadcasts("b-1", "2024-01-01").all()
        client.get_runs(None, "f-1", True, None, None, True, False).all()
        client.get_archives("message", "daily").all()
    assert server.queries() == [
        [("after", "2024-02-01"), ("before", "2024-01-01"), ("folder", "inbox")],
        [("before", "2024-01-01"), ("uuid", "b-1")],
        [("flow", "f-1"), ("paths", "0"), ("responded", "1"), ("reverse", "1")],
        [("archive_type", "message"), ("period", "daily")],
    ]


def test_update_global_takes_glbl() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"key": "org_name", "name": "Org Name", "value": "Acme", "modified_on": "2024-01-01T00:00:00Z"}
        )

    with client_for(server) as client:
        updated = client.update_global(glbl=types.Global.create(key="org_name"), value="Acme")
    assert updated.value == "Acme" and dict(seen[0].url.params) == {"key": "org_name"}


# --- CursorQuery and CursorIterator -----------------------------------------------------------------------------
def test_the_query_keeps_the_classic_attributes() -> None:
    with client_for(Server([])) as client:
        query = client.get_contacts(group="Reporters", deleted=True)
        assert query.client is client and query.clazz is types.Contact and query.transformer is None
        assert query.url == "https://rapidpro.example/api/v2/contacts.json"
        assert query.params == {"group": "Reporters", "deleted": 1}
        flows = client.get_flows(type="survey")
        assert flows.params == {"type": "survey"}


def test_a_query_built_the_classic_way_lists_objects() -> None:
    server = Server(CONTACTS[:1], CONTACTS[1:])
    with client_for(server) as client:
        query: CursorQuery[Any] = CursorQuery(
            client, client.root_url + "/contacts.json", {"group": "G"}, types.Contact, None
        )
        contacts = query.all()
    assert [c.uuid for c in contacts] == [c["uuid"] for c in CONTACTS]
    assert server.queries()[0] == [("group", "G")]


def test_a_query_of_an_unknown_listing_fails_at_once() -> None:
    with client_for(Server([])) as client, pytest.raises(TembaInvalidArgument, match="url"):
        CursorQuery(client, client.root_url + "/nothing.json", {}, types.Contact, None)


def test_the_iterator_follows_the_classic_protocol() -> None:
    server = Server(CONTACTS[:1], CONTACTS[1:2], CONTACTS[2:])
    with client_for(server) as client:
        fetches = client.get_contacts().iterfetches()
        assert isinstance(fetches, CursorIterator) and iter(fetches) is fetches
        assert (fetches.clazz, fetches.retry_on_rate_exceed, fetches.resume_cursor) == (types.Contact, False, None)
        assert fetches.get_cursor() is None
        assert [c.uuid for c in next(fetches)] == [CONTACTS[0]["uuid"]]
        assert fetches.get_cursor() == "1" and fetches.url == f"{HOST}/api/v2/contacts.json?cursor=1"
        assert fetches.params == {}
        rest = [c.uuid for page in fetches for c in page]
        assert rest == [c["uuid"] for c in CONTACTS[1:]]
        assert fetches.get_cursor() is None and fetches.url is None
        resumed = client.get_contacts().iterfetches(resume_cursor="2")
        assert [c.uuid for page in resumed for c in page] == [c["uuid"] for c in CONTACTS[2:]]


def test_an_iterator_built_the_classic_way_pages_through() -> None:
    server = Server(CONTACTS[:2], CONTACTS[2:])
    with client_for(server) as client:
        fetches: CursorIterator[Any] = CursorIterator(
            client, client.root_url + "/contacts.json", {}, types.Contact, False, None, None
        )
        assert [len(page) for page in fetches] == [2, len(CONTACTS) - 2]


def test_the_transformer_applies_to_listed_and_written_objects() -> None:
    def tag(cls: type, item: dict[str, Any]) -> dict[str, Any]:
        return {**item, "name": f"{cls.__name__}!"}

    with client_for(Server(CONTACTS), transformer=tag) as client:
        assert {c.name for c in client.get_contacts().all()} == {"Contact!"}


# --- classic module paths ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("dataports.rapidpro", ["TembaClient", "Contact", "Run", "CLIENT_NAME", "CLIENT_VERSION"]),
        ("dataports.rapidpro.base", ["BaseClient", "BaseCursorClient", "CursorQuery", "CursorIterator"]),
        ("dataports.rapidpro.exceptions", ["TembaException", "TembaBadRequestError", "TembaHttpError"]),
        ("dataports.rapidpro.serialization", ["TembaObject", "SimpleField", "ObjectDictField", "DatetimeField"]),
        ("dataports.rapidpro.types", ["ObjectRef", "FieldRef", "Boundary", "Run"]),
        ("dataports.rapidpro.utils", ["parse_iso8601", "format_iso8601"]),
    ],
)
def test_classic_module_paths_import(module: str, names: list[str]) -> None:
    imported = importlib.import_module(module)
    for name in names:
        assert getattr(imported, name) is not None, f"{module}.{name}"
