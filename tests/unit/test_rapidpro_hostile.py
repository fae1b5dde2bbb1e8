"""TembaClient against answers a real server should never send (httpx.MockTransport plays the server): next links
elsewhere, bodies that are not the promised JSON, undocumented statuses, and tokens from sloppy sources. Each one
must end as a ``TembaException`` that says what went wrong, with nothing sent where it should not go."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import dataports
import httpx
import pytest
from dataports import InvalidArgumentError
from dataports.rapidpro import (
    TembaBadRequestError,
    TembaClient,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaTokenError,
)

HOST = "https://rapidpro.example"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro"
CONTACTS = json.loads((FIXTURES / "contacts.json").read_text())
Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """Answers each request with the next of ``answers`` (the last one repeats) and records every request."""

    def __init__(self, *answers: httpx.Response | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer(request) if callable(answer) else answer

    def hosts(self) -> list[str]:
        return [f"{r.url.scheme}://{r.url.host}:{r.url.port or ''}" for r in self.requests]


def page(next_url: str | None, results: list[Any] | None = None) -> httpx.Response:
    return httpx.Response(200, json={"next": next_url, "previous": None, "results": results or CONTACTS["results"]})


def client_for(server: Server, token: str = "tok", **options: Any) -> TembaClient:
    return TembaClient(HOST, token, transport=httpx.MockTransport(server), max_retries=0, **options)


# --- next links --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "next_url",
    [
        "https://attacker.example/api/v2/contacts.json?cursor=abc",  # another host
        "http://rapidpro.example/api/v2/contacts.json?cursor=abc",  # the same host, without TLS
        "https://rapidpro.example:8443/api/v2/contacts.json?cursor=abc",  # another port
        "https://rapidpro.example.attacker.example/api/v2/contacts.json",  # a host that only starts the same
    ],
)
@pytest.mark.parametrize("listing", ["all", "iter", "iterfetches"])
def test_a_next_link_elsewhere_is_refused_and_nothing_is_sent_there(next_url: str, listing: str) -> None:
    server = Server(page(next_url), page(None))
    query = client_for(server).get_contacts()
    with pytest.raises(TembaException) as caught:
        if listing == "all":
            query.all()
        elif listing == "iter":
            list(query.iter())
        else:
            list(query.iterfetches())
    assert isinstance(caught.value, dataports.UnexpectedResponseError)
    assert "refusing to follow a link" in str(caught.value)
    assert "credential is sent only there" in str(caught.value)
    assert [r.url.host for r in server.requests] == ["rapidpro.example"]
    assert all(r.url.scheme == "https" and r.url.port is None for r in server.requests)


def test_a_next_link_on_the_same_origin_is_followed_with_the_token() -> None:
    server = Server(page(f"{HOST}/api/v2/contacts.json?cursor=two"), page(None))
    assert len(client_for(server).get_contacts().all()) == 2 * len(CONTACTS["results"])
    assert [r.url.params.get("cursor") for r in server.requests] == [None, "two"]
    assert all(r.headers["Authorization"] == "Token tok" for r in server.requests)


def test_an_empty_next_link_ends_the_listing() -> None:
    server = Server(page(""))
    assert len(client_for(server).get_contacts().all()) == len(CONTACTS["results"])
    assert len(server.requests) == 1


# --- bodies that are not what the spec promises --------------------------------------------------------------------
HTML = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>" + "x" * 5000 + "</body></html>"
UNREADABLE_PAGES = {
    "html": httpx.Response(200, text=HTML, headers={"Content-Type": "text/html"}),
    "invalid json": httpx.Response(200, content=b'{"results": [ {"uuid": "a"'),
    "no results": httpx.Response(200, json={"next": None, "previous": None}),
    "no next": httpx.Response(200, json={"results": [], "previous": None}),
    "results not a list": httpx.Response(200, json={"next": None, "results": {"uuid": "a"}}),
    "next not a link": httpx.Response(200, json={"next": 7, "results": CONTACTS["results"]}),
    "a list, not a page": httpx.Response(200, json=[1, 2, 3]),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE_PAGES))
@pytest.mark.parametrize("listing", ["first", "all", "iter", "iterfetches", "to_dataframe"])
def test_an_unreadable_page_is_a_temba_exception_with_an_excerpt(name: str, listing: str) -> None:
    if listing == "to_dataframe":
        pytest.importorskip("pandas")
    answer = UNREADABLE_PAGES[name]
    query = client_for(Server(answer)).get_contacts()
    with pytest.raises(TembaException) as caught:
        if listing in ("iter", "iterfetches"):
            list(getattr(query, listing)())
        else:
            getattr(query, listing)()
    error = caught.value
    assert isinstance(error, dataports.UnexpectedResponseError) and isinstance(error, TembaHttpError)
    assert not isinstance(error, KeyError | ValueError | TypeError)
    assert error.status_code == 200
    assert "the RapidPro API sent an answer dataports cannot read" in str(error)
    assert isinstance(error.body, str) and len(error.body) <= 201  # a bounded excerpt, not the whole body
    assert len(str(error)) < 500
    if name == "html":
        assert error.body.startswith("<!DOCTYPE html>")


def test_a_listed_object_of_the_wrong_shape_is_a_temba_exception() -> None:
    broken = [{key: value for key, value in CONTACTS["results"][0].items() if key != "uuid"}]
    for call in (
        lambda c: c.get_contacts().first(),
        lambda c: c.get_contacts().all(),
        lambda c: list(c.get_contacts().iter()),
        lambda c: list(c.get_contacts().iterfetches()),
    ):
        with pytest.raises(TembaException) as caught:
            call(client_for(Server(page(None, broken))))
        assert isinstance(caught.value, dataports.UnexpectedResponseError)
        assert "listed contacts dataports cannot read" in str(caught.value) and "uuid" in str(caught.value)


def test_an_error_in_the_callers_loop_is_not_disguised() -> None:
    contacts = client_for(Server(page(None))).get_contacts()
    with pytest.raises(KeyError, match="mine"):
        for _ in contacts.iter():
            raise KeyError("mine")


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.get_org(),
        lambda c: c.create_group("Reporters"),
        lambda c: c.get_definitions(flows=["f"]),
    ],
    ids=["get_org", "create_group", "get_definitions"],
)
def test_an_unreadable_single_object_is_a_temba_exception(call: Callable[[TembaClient], Any]) -> None:
    for answer in (
        httpx.Response(200, text=HTML),
        httpx.Response(201, text=HTML),
        httpx.Response(200, json={"unexpected": True}),
        httpx.Response(201, json=[]),
    ):
        with pytest.raises(TembaException) as caught:
            call(client_for(Server(answer)))
        assert isinstance(caught.value, dataports.UnexpectedResponseError)
        assert caught.value.status_code == answer.status_code
        assert len(str(caught.value)) < 500


# --- statuses the spec does not document -----------------------------------------------------------------------
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_a_temba_exception_and_is_not_followed(status: int) -> None:
    server = Server(httpx.Response(status, headers={"Location": "https://elsewhere.example/login"}, text=HTML))
    calls: list[Callable[[TembaClient], Any]] = [
        lambda c: c.get_contacts().first(),
        lambda c: c.get_org(),
        lambda c: c.delete_group("g"),
    ]
    for call in calls:
        with pytest.raises(TembaHttpError) as caught:
            call(client_for(server))
        assert isinstance(caught.value, dataports.UnexpectedResponseError)
        assert caught.value.status_code == status
        assert f"unexpected HTTP {status}" in str(caught.value)
    assert {r.url.host for r in server.requests} == {"rapidpro.example"}


def test_a_redirect_in_place_of_a_next_page_is_a_temba_exception() -> None:
    server = Server(page(f"{HOST}/api/v2/contacts.json?cursor=two"), httpx.Response(302, headers={"Location": "/x"}))
    with pytest.raises(TembaException) as caught:
        client_for(server).get_contacts().all()
    assert isinstance(caught.value, dataports.UnexpectedResponseError) and caught.value.status_code == 302
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [202, 204, 206])
def test_an_undocumented_success_status_is_a_temba_exception(status: int) -> None:
    with pytest.raises(TembaHttpError) as caught:
        client_for(Server(httpx.Response(status, json=CONTACTS))).get_contacts().first()
    assert isinstance(caught.value, dataports.UnexpectedResponseError) and caught.value.status_code == status


@pytest.mark.parametrize(
    ("status", "classic", "shared"),
    [
        (400, TembaBadRequestError, dataports.BadRequestError),
        (401, TembaHttpError, dataports.AuthenticationError),
        (403, TembaTokenError, dataports.AuthenticationError),
        (404, TembaNoSuchObjectError, dataports.NotFoundError),
        (409, TembaHttpError, dataports.ConflictError),
        (418, TembaHttpError, dataports.APIStatusError),
        (429, TembaRateExceededError, dataports.RateLimitError),
        (500, TembaHttpError, dataports.ServerError),
        (503, TembaHttpError, dataports.ServerError),
    ],
)
def test_every_failing_status_is_the_classic_class_and_the_shared_one(
    status: int, classic: type[TembaException], shared: type[dataports.DataportsError]
) -> None:
    server = Server(httpx.Response(status, json={"detail": "no"}))
    with pytest.raises(classic) as caught:
        client_for(server).get_contacts().first()
    assert isinstance(caught.value, shared) and caught.value.status_code == status


def test_the_classic_classes_are_the_shared_classes() -> None:
    assert issubclass(TembaNoSuchObjectError, dataports.NotFoundError)
    assert issubclass(TembaBadRequestError, dataports.BadRequestError)
    assert issubclass(TembaTokenError, dataports.AuthenticationError)
    assert issubclass(TembaTokenError, dataports.PermissionDeniedError)
    assert issubclass(TembaRateExceededError, dataports.RateLimitError)
    assert issubclass(TembaConnectionError, dataports.APIConnectionError)
    for cls in (TembaNoSuchObjectError, TembaBadRequestError, TembaTokenError, TembaHttpError, TembaConnectionError):
        assert issubclass(cls, TembaException) and issubclass(cls, dataports.DataportsError)


def test_the_classic_exceptions_module_is_importable() -> None:
    from dataports.rapidpro import exceptions

    assert exceptions.TembaNoSuchObjectError is TembaNoSuchObjectError
    assert set(exceptions.__all__) >= {"TembaException", "TembaHttpError", "TembaRateExceededError"}


# --- tokens ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("token", ["tok-123\n", "tok-123\r\n", "  tok-123  ", "\ttok-123 \n"])
def test_a_token_with_surrounding_whitespace_is_sent_stripped(token: str) -> None:
    server = Server(page(None))
    with client_for(server, token) as client:
        client.get_contacts().first()
    assert server.requests[0].headers["Authorization"] == "Token tok-123"


@pytest.mark.parametrize("token", ["tok-abc\ninjected: header", "tok-abc\r\nX-Evil: 1", "tok-abc\x00def"])
def test_a_token_with_an_inner_line_break_fails_before_any_request_without_quoting_it(token: str) -> None:
    server = Server(page(None))
    with pytest.raises(InvalidArgumentError) as caught:
        client_for(server, token)
    assert caught.value.argument == "token"
    shown = str(caught.value) + repr(caught.value)
    assert "tok-abc" not in shown and "injected" not in shown and "Evil" not in shown
    assert server.requests == []
