"""Gretel against answers the emulator never gives (MockTransport): unreadable bodies, undocumented statuses,
malformed API keys, and when a batch whose outcome is unknown may be sent again."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import dataports
import httpx
import pytest
from dataports.gretel import (
    BadRequest,
    Client,
    Forbidden,
    GretelException,
    NotFound,
    Project,
    Unauthorized,
    get_cloud_client,
)

BASE = "http://gretel.test/gretel"
PROJECT = {"_id": "a" * 24, "name": "proj"}
HONOURED = {"x-dataports-idempotency": "honoured"}

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that keeps every request it saw."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def client_for(handler: Handler, **options: Any) -> tuple[Client, Recorder]:
    recorder = Recorder(handler)
    return Client(host=BASE, api_key="the-key", transport=httpx.MockTransport(recorder), **options), recorder


def project_on(client: Client) -> Project:
    """A project handle without a request (the handler under test answers everything else)."""
    return Project(name=PROJECT["name"], client=client, project_id=PROJECT["_id"])


HTML = httpx.Response(200, html="<html><body>" + "maintenance " * 5_000 + "</body></html>")
NOT_JSON = httpx.Response(200, content=b'{"data": {"projects": [')
NO_DATA = httpx.Response(200, json={"projects": []})
WRONG_SHAPE = httpx.Response(200, json={"data": {"projects": "none"}})


def answer(response: httpx.Response) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    return handler


def assert_unreadable(error: GretelException, status: int = 200) -> None:
    assert isinstance(error, GretelException)
    assert isinstance(error, dataports.UnexpectedResponseError)
    assert error.status_code == status
    assert f"HTTP {status}" in error.message
    assert len(error.message) < 600, "the body excerpt must be bounded"
    assert isinstance(error.body, str) and len(error.body) <= 201


@pytest.mark.parametrize("body", [HTML, NOT_JSON, NO_DATA, WRONG_SHAPE], ids=["html", "not-json", "no-data", "shape"])
def test_an_unreadable_200_is_a_gretel_exception_with_status_and_excerpt(body: httpx.Response) -> None:
    client, _ = client_for(answer(body))
    with pytest.raises(GretelException) as raised:
        client.search_projects()
    assert_unreadable(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_the_html_excerpt_is_quoted_in_the_message() -> None:
    client, _ = client_for(answer(HTML))
    with pytest.raises(GretelException, match="maintenance"):
        client.list_samples()


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.get_project(name="proj"),
        lambda c: c.get_project(create=True),
        lambda c: c.detect_entities({"a": 1}),
        lambda c: c.list_samples(),
        lambda c: c.get_sample("safecast"),
        lambda c: project_on(c).send({"a": 1}),
        lambda c: next(project_on(c).iter_records(direction="backward")),
        lambda c: project_on(c).get_field_details(),
        lambda c: project_on(c).get_field_entities(),
        lambda c: project_on(c).record_count,
        lambda c: project_on(c).field_count,
        lambda c: project_on(c).entities,
        lambda c: project_on(c).sample(),
        lambda c: project_on(c).head(as_df=False),
    ],
    ids=[
        "get_project",
        "create_project",
        "detect_entities",
        "list_samples",
        "get_sample",
        "send",
        "iter_records",
        "get_field_details",
        "get_field_entities",
        "record_count",
        "field_count",
        "entities",
        "sample",
        "head",
    ],
)
def test_every_call_maps_an_envelope_without_its_key(call: Callable[[Client], object]) -> None:
    client, _ = client_for(answer(httpx.Response(200, json={"data": {}})))
    with pytest.raises(GretelException) as raised:
        call(client)
    assert_unreadable(raised.value)


def test_records_with_missing_fields_are_a_gretel_exception_not_a_key_error() -> None:
    page = {"data": {"records": [{"id": "r1", "ingest_time": "2024-01-01T00:00:00Z"}]}}  # no "data"
    client, _ = client_for(answer(httpx.Response(200, json=page)))
    with pytest.raises(GretelException, match="KeyError"):
        list(project_on(client).iter_records(direction="backward"))
    sent = {"data": {"success": [{"idx": 0}], "failure": []}}  # no "gretel_id"
    client, _ = client_for(answer(httpx.Response(200, json=sent)))
    with pytest.raises(GretelException, match="gretel_id"):
        project_on(client).send({"a": 1})
    projects = {"data": {"projects": [{"name": "no id"}]}}
    client, _ = client_for(answer(httpx.Response(200, json=projects)))
    with pytest.raises(GretelException, match="_id"):
        client.search_projects()


def test_an_unreadable_batch_answer_fails_its_records_in_the_summary() -> None:
    client, _ = client_for(answer(HTML))
    summary = project_on(client).send_bulk([{"n": i} for i in range(60)], progress=False)
    assert summary.total == 60 and len(summary.failed) == 60
    assert "cannot read" in summary.failed[0].error and "HTTP 200" in summary.failed[0].error


def test_an_undocumented_status_is_a_gretel_exception() -> None:
    client, recorder = client_for(answer(httpx.Response(302, headers={"Location": "https://elsewhere.test/login"})))
    with pytest.raises(GretelException) as raised:
        client.search_projects()
    assert isinstance(raised.value, dataports.UnexpectedResponseError)
    assert raised.value.status_code == 302 and "302" in raised.value.message
    assert len(recorder.requests) == 1, "the redirect is not followed (it would take the key elsewhere)"


def test_an_api_key_with_surrounding_whitespace_is_sent_stripped(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(answer(httpx.Response(200, json={"data": {"projects": []}})))
    transport = httpx.MockTransport(recorder)
    assert get_cloud_client(BASE, "  the-key \n", transport=transport).search_projects() == []
    monkeypatch.setenv("GRETEL_API_KEY", "env-key\r\n")
    assert get_cloud_client(BASE, transport=transport).search_projects() == []
    assert [r.headers["Authorization"] for r in recorder.requests] == ["the-key", "env-key"]


@pytest.mark.parametrize("key", ["first\nsecond", "tab\tinside", "nul\x00"])
def test_an_api_key_with_a_control_character_fails_before_any_request(key: str) -> None:
    recorder = Recorder(answer(httpx.Response(200, json={"data": {"projects": []}})))
    started = time.monotonic()
    with pytest.raises(dataports.InvalidArgumentError) as raised:
        get_cloud_client(BASE, key, transport=httpx.MockTransport(recorder)).search_projects()
    assert time.monotonic() - started < 1.0, "a malformed key must not be retried"
    assert recorder.requests == []
    assert raised.value.argument == "api_key"
    shown = str(raised.value) + repr(raised.value)
    assert not any(part in shown for part in key.split()), "the key must not be quoted"


def test_classic_classes_are_the_cross_service_classes() -> None:
    assert issubclass(NotFound, dataports.NotFoundError) and issubclass(NotFound, BadRequest)
    assert issubclass(Unauthorized, dataports.AuthenticationError)
    assert issubclass(Forbidden, dataports.RateLimitError)
    assert issubclass(BadRequest, dataports.BadRequestError)
    for cls in (BadRequest, NotFound, Unauthorized, Forbidden):
        assert issubclass(cls, GretelException) and issubclass(cls, dataports.DataportsError)


def test_a_server_error_is_a_gretel_exception_and_a_server_error() -> None:
    client, recorder = client_for(answer(httpx.Response(503, json={"message": "down"})), max_retries=0)
    with pytest.raises(BadRequest) as raised:
        client.search_projects()
    assert isinstance(raised.value, dataports.ServerError) and raised.value.status_code == 503
    assert len(recorder.requests) == 1


# --- a batch whose outcome is unknown --------------------------------------------------------------------------------
def flaky_send(first_status: int, headers: dict[str, str]) -> Handler:
    """The first records/send answers ``first_status``; later ones store the batch."""
    sends = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/projects/proj"):
            return httpx.Response(200, json={"data": {"project": PROJECT}}, headers=headers)
        sends["n"] += 1
        if sends["n"] == 1:
            return httpx.Response(first_status, json={"message": "oops"}, headers=headers)
        count = len(httpx.Response(200, content=request.content).json())
        success = [{"idx": i, "gretel_id": f"{i:032x}"} for i in range(count)]
        return httpx.Response(200, json={"data": {"success": success, "failure": []}}, headers=headers)

    return handler


def sends(recorder: Recorder) -> list[httpx.Request]:
    return [r for r in recorder.requests if "/records/send/" in r.url.path]


def test_an_unknown_outcome_batch_is_not_resent_when_the_server_does_not_honour_keys() -> None:
    client, recorder = client_for(flaky_send(500, {}))
    summary = client.get_project(name="proj").send_bulk([{"n": i} for i in range(10)], progress=False)
    assert not client.idempotency_honoured
    assert len(sends(recorder)) == 1, "re-sending could store the batch twice"
    assert len(summary.failed) == 10 and "HTTP 500" in summary.failed[0].error


def test_an_unknown_outcome_batch_is_resent_with_its_key_when_the_server_honours_keys() -> None:
    client, recorder = client_for(flaky_send(500, HONOURED))
    project = client.get_project(name="proj")
    assert client.idempotency_honoured
    summary = project.send_bulk([{"n": i} for i in range(10)], progress=False)
    assert summary.success and len(summary.sent) == 10
    keys = [r.headers["Idempotency-Key"] for r in sends(recorder)]
    assert len(keys) == 2 and keys[0] == keys[1]


def test_what_the_client_learns_is_shared_with_its_option_copies() -> None:
    client, _ = client_for(flaky_send(500, HONOURED))
    copy = client.with_options(timeout=5)
    assert copy is not client and not copy.idempotency_honoured
    client.get_project(name="proj")
    assert copy.idempotency_honoured


def test_a_rate_limited_batch_is_sent_again() -> None:
    client, recorder = client_for(flaky_send(403, {}), max_retries=0)
    summary = client.get_project(name="proj").send_bulk([{"n": i} for i in range(10)], progress=False)
    assert summary.success and len(sends(recorder)) == 2
