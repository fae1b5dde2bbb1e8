"""What TembaClient puts on the wire for a listing's first page: the spec's parameter names, and values written as
the classic ``temba_client`` writes them (booleans as 1/0, datetimes in UTC with microseconds and ``Z``, strings
verbatim, objects as their UUIDs). The emulator accepts more than one spelling, so these are checked here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from dataports.rapidpro import CursorQuery, TembaClient
from dataports.rapidpro.types import Group

NAIVE = datetime(2024, 5, 6, 7, 8, 9)
KIGALI = datetime(2024, 5, 6, 9, 8, 9, 120000, tzinfo=timezone(timedelta(hours=2)))
GROUP = Group(uuid="5f05311e-8f81-4a67-a5b5-1501b6d6496a", name="Reporters", query=None, count=0)


def first_request(call: Callable[[TembaClient], CursorQuery[Any]]) -> httpx.Request:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"next": None, "previous": None, "results": []})

    with TembaClient("rapidpro.example", "t", transport=httpx.MockTransport(server)) as client:
        assert call(client).first() is None
    assert len(seen) == 1
    return seen[0]


@pytest.mark.parametrize(
    ("call", "path", "query"),
    [
        (
            lambda c: c.get_contacts(group=GROUP, deleted=True, before=NAIVE, after=KIGALI, reverse=False),
            "/api/v2/contacts.json",
            [
                ("group", GROUP.uuid),
                ("deleted", "1"),
                ("before", "2024-05-06T07:08:09.000000Z"),
                ("after", "2024-05-06T07:08:09.120000Z"),
                ("reverse", "0"),
            ],
        ),
        (
            lambda c: c.get_contacts(before="2024-01-01", after="2024-01-01T00:00:00+02:00"),
            "/api/v2/contacts.json",
            [("before", "2024-01-01"), ("after", "2024-01-01T00:00:00+02:00")],
        ),
        (
            lambda c: c.get_messages(folder="Inbox", label="Important", contact={"uuid": "c-1"}),
            "/api/v2/messages.json",
            [("folder", "inbox"), ("contact", "c-1"), ("label", "Important")],
        ),
        (
            lambda c: c.get_flows(type="survey", archived=False),
            "/api/v2/flows.json",
            [("type", "survey"), ("archived", "0")],
        ),
        (
            lambda c: c.get_runs(flow="f-1", responded=True, paths=True, after=datetime(2024, 1, 1, tzinfo=UTC)),
            "/api/v2/runs.json",
            [("flow", "f-1"), ("responded", "1"), ("paths", "1"), ("after", "2024-01-01T00:00:00.000000Z")],
        ),
        (lambda c: c.get_boundaries(geometry=True), "/api/v2/boundaries.json", [("geometry", "1")]),
        (
            lambda c: c.get_archives(archive_type="run", period="monthly"),
            "/api/v2/archives.json",
            [("archive_type", "run"), ("period", "monthly")],
        ),
        (lambda c: c.get_resthook_subscribers(id=4), "/api/v2/resthook_subscribers.json", [("id", "4")]),
        (lambda c: c.get_resthooks(), "/api/v2/resthooks.json", []),
    ],
)
def test_first_page_query_string(
    call: Callable[[TembaClient], CursorQuery[Any]], path: str, query: list[tuple[str, str]]
) -> None:
    request = first_request(call)
    assert request.method == "GET"
    assert request.url.path == path
    assert sorted(parse_qsl(request.url.query.decode())) == sorted(query)
    assert request.extensions["dataports.operation"].startswith("list_")


def test_resuming_sends_the_cursor_with_the_filters() -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"next": None, "previous": None, "results": []})

    with TembaClient("rapidpro.example", "t", transport=httpx.MockTransport(server)) as client:
        assert list(client.get_contacts(group="Reporters").iterfetches(resume_cursor="cD0yMDI0")) == []
    assert dict(seen[0].url.params) == {"group": "Reporters", "cursor": "cD0yMDI0"}


def test_an_unset_filter_is_not_sent() -> None:
    request = first_request(lambda c: c.get_contacts(uuid=None, deleted=None, reverse=None))
    assert request.url.query == b""
