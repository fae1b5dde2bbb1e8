"""ClicData against answers the emulator never gives (MockTransport): unreadable bodies, undocumented statuses, token
endpoints that echo the secret or answer nonsense, a 401 in the middle of a session, chunks refused row by row, and
the exact requests the classic calls turn into."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import dataports
import httpx
import pandas as pd
import pytest
from dataports.clicdata import (
    APIError,
    BadRequest,
    ClicDataError,
    Dashboard,
    Data,
    InvalidRecId,
    ObjectNotFound,
    Schedule,
    Session,
    TokenRefused,
    Unauthorized,
)

BASE = "http://clicdata.test/clicdata"
SECRET = "very-s3cret-client-secret"
Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """A token endpoint issuing ``token-<n>`` and an API answered by ``api``; every request is kept."""

    def __init__(self, api: Handler, token_answer: Handler | None = None) -> None:
        self.api = api
        self.token_answer = token_answer
        self.requests: list[httpx.Request] = []
        #: The Authorization header of each API request as it was sent (the auth flow re-sends the same object).
        self.authorizations: list[str | None] = []
        self.issued = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        if request.url.path.endswith("/oauth20/token"):
            if self.token_answer is not None:
                return self.token_answer(request)
            with self.lock:
                self.issued += 1
                return httpx.Response(200, json={"access_token": f"token-{self.issued}", "expires_in": 3600})
        with self.lock:
            self.authorizations.append(request.headers.get("authorization"))
        return self.api(request)

    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith("/oauth20/token")]


def session_for(server: Server, **options: Any) -> Session:
    return Session(client_id="cid", client_secret=SECRET, url=BASE, transport=httpx.MockTransport(server), **options)


def data_for(api: Handler, **options: Any) -> tuple[Data, Server]:
    server = Server(api)
    return Data(session=session_for(server, **options)), server


def answer(status: int, **content: Any) -> Handler:
    return lambda request: httpx.Response(status, **content)


def assert_unreadable(error: ClicDataError, status: int = 200) -> None:
    assert isinstance(error, APIError) and isinstance(error, dataports.UnexpectedResponseError)
    assert error.status_code == status and f"HTTP {status}" in error.message
    assert len(error.message) < 700, "the body excerpt must be bounded"


# --- unreadable answers ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, html="<html>" + "maintenance " * 5000 + "</html>"),
        httpx.Response(200, content=b'{"data": ['),
        httpx.Response(200, json={"datasets": []}),
        httpx.Response(200, json={"data": "none"}),
        httpx.Response(200, json={"data": [1, 2]}),
    ],
    ids=["html", "truncated", "no-envelope", "not-a-list", "not-objects"],
)
def test_an_unreadable_listing_is_a_clicdata_error_with_a_bounded_excerpt(response: httpx.Response) -> None:
    data, _ = data_for(lambda request: response)
    with pytest.raises(ClicDataError) as raised:
        data.get_data()
    assert_unreadable(raised.value)
    assert raised.value.__cause__ is None


@pytest.mark.parametrize(
    "page",
    [{"data": []}, {"data": [{"a": 1}], "has_more_data": "yes"}, {"has_more_data": False}, {"data": [1]}, []],
    ids=["no-flag", "flag-not-bool", "no-rows", "rows-not-objects", "not-an-object"],
)
def test_a_malformed_row_page_is_an_error_not_a_short_read(page: Any) -> None:
    data, _ = data_for(lambda request: httpx.Response(200, json=page))
    with pytest.raises(APIError) as raised:
        data.get_data(7, output="dict")
    assert_unreadable(raised.value)


def test_a_failed_page_raises_instead_of_returning_the_rows_so_far() -> None:
    def api(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "1":
            return httpx.Response(200, json={"data": [{"a": 1}], "has_more_data": True})
        return httpx.Response(404, json={"success": False, "error": {"code": "NotFound", "description": "gone"}})

    data, _ = data_for(api)
    with pytest.raises(InvalidRecId, match="gone"):
        data.get_data(7, output="dict")


def test_undocumented_statuses_and_non_integer_ids_are_errors() -> None:
    data, _ = data_for(answer(204))
    with pytest.raises(APIError) as no_content:
        data.get_data()
    assert isinstance(no_content.value, dataports.UnexpectedResponseError) and no_content.value.status_code == 204
    data, _ = data_for(answer(200, text="Data set created"))
    with pytest.raises(APIError, match="plain-text integer"):
        data.create_data("x", cols={"a": "text"})
    dashboards = Dashboard(session=data_for(answer(200, text="not base64 ~~~"))[0].session)
    with pytest.raises(APIError, match="not base64"):
        dashboards.get_dashboard_thumbnail(5, output="image")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"success": False, "error": {"code": "Nope", "description": "explained"}}, "Nope: explained"),
        ({"Message": "An error has occurred."}, "An error has occurred."),
        ("plain text failure", "plain text failure"),
        (None, "Internal Server Error"),
    ],
    ids=["api-error", "asp-net", "text", "empty"],
)
def test_every_error_body_shape_gives_a_readable_message(body: Any, message: str) -> None:
    content = {"json": body} if isinstance(body, dict) else {"text": body or ""}
    data, _ = data_for(answer(500, **content), max_retries=0)
    with pytest.raises(APIError) as raised:
        data.get_data()
    assert isinstance(raised.value, dataports.ServerError) and message in str(raised.value)


def test_404s_name_the_kind_of_object() -> None:
    missing = answer(404, json={"success": False, "error": {"code": "NotFound", "description": "no"}})
    data, _ = data_for(missing)
    with pytest.raises(InvalidRecId):
        data.rebuild_data(1)
    schedules = Schedule(session=data.session)
    with pytest.raises(ObjectNotFound) as schedule:
        schedules.trigger_schedule(1)
    assert not isinstance(schedule.value, InvalidRecId)


def test_a_refused_row_names_its_column_and_row() -> None:
    body = {"success": False, "error": {"code": "InvalidValue", "description": "bad", "column": "n", "row": 4}}
    data, _ = data_for(answer(400, json=body))
    with pytest.raises(BadRequest) as refused:
        data.update_data(1, {"a": 1}, {"n": "x"})
    assert (refused.value.code, refused.value.column, refused.value.row) == ("InvalidValue", "n", 4)


# --- tokens ---------------------------------------------------------------------------------------------------------
def test_the_token_request_is_the_documented_form_and_the_token_is_reused() -> None:
    data, server = data_for(answer(200, json={"data": []}))
    for _ in range(3):
        data.get_data(output="dict")
    token_requests = [r for r in server.requests if r.url.path.endswith("/oauth20/token")]
    assert len(token_requests) == 1
    form = parse_qs(token_requests[0].content.decode())
    assert form == {"grant_type": ["client_credentials"], "client_id": ["cid"], "client_secret": [SECRET]}
    assert token_requests[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.authorizations == ["Bearer token-1"] * 3


def test_a_401_renews_the_token_once_and_resends() -> None:
    def api(request: httpx.Request) -> httpx.Response:
        if request.headers["authorization"] == "Bearer token-1":
            return httpx.Response(401, json={"success": False, "error": {"code": "TokenExpired"}})
        return httpx.Response(200, json={"data": [{"id": 1}]})

    data, server = data_for(api)
    assert data.get_data(output="dict") == [{"id": 1}]
    assert server.authorizations == ["Bearer token-1", "Bearer token-2"]
    assert data.session.token_refreshes == 2
    always = Server(answer(401, json={"success": False, "error": {"code": "Unauthorized"}}))
    with pytest.raises(Unauthorized):
        Data(session=session_for(always)).get_data()
    assert len(always.api_requests()) == 2  # one renewal, not a loop


def test_a_token_endpoint_echoing_the_secret_never_shows_it() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        sent = request.content.decode()
        return httpx.Response(400, json={"error": "invalid_client", "error_description": f"bad: {sent}", "echo": sent})

    server = Server(answer(200, json={"data": []}), token_answer=echo)
    with pytest.raises(TokenRefused) as refused:
        Data(session=session_for(server)).get_data()
    error = refused.value
    assert isinstance(error, dataports.AuthenticationError) and isinstance(error, dataports.BadRequestError)
    everything = str(error) + repr(error) + error.describe() + repr(error.body) + repr(error.args)
    assert SECRET not in everything and error.body == {"error": "invalid_client"}
    for weird in ({"error": SECRET}, {"error": 5}, "text " + SECRET):
        content = {"json": weird} if isinstance(weird, dict) else {"text": weird}
        server = Server(answer(200, json={"data": []}), token_answer=answer(401, **content))
        with pytest.raises(TokenRefused) as odd:
            Data(session=session_for(server)).get_data()
        assert SECRET not in str(odd.value) + repr(odd.value.body) and odd.value.body is None


@pytest.mark.parametrize(
    "token_answer",
    [answer(200, json={"token": "x"}), answer(200, text="<html>"), answer(200, json={"access_token": SECRET + "\n1"})],
    ids=["no-access-token", "html", "unsendable-token"],
)
def test_a_token_answer_without_a_usable_token_fails_before_any_api_call(token_answer: Handler) -> None:
    server = Server(answer(200, json={"data": []}), token_answer=token_answer)
    with pytest.raises(dataports.DataportsError) as refused:
        Data(session=session_for(server)).get_data()
    assert SECRET not in str(refused.value) + repr(refused.value)
    assert server.api_requests() == []


def test_basic_credentials_are_clicdatas_documented_header() -> None:
    seen: list[str] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"data": []})

    session = Session(
        auth_method="basic",
        client_id="cid",
        username="ann@example.com",
        password="pässwörd",
        url=BASE,
        transport=httpx.MockTransport(api),
    )
    Data(session=session).get_data(output="dict")
    scheme, _, encoded = seen[0].partition(" ")
    client_id, _, login = base64.b64decode(encoded).decode().partition(":")
    assert (scheme, client_id, base64.b64decode(login).decode()) == ("Basic", "cid", "ann@example.com:pässwörd")


# --- requests the classic calls make ----------------------------------------------------------------------------------
def test_api_call_sends_extra_headers_params_and_a_delete_body() -> None:
    server = Server(answer(200, text="ok"))
    session = session_for(server)
    session.api_call("data/5/row", "delete", params={"x": "1"}, headers={"X-Trace": "abc"}, body={"find": []})
    (sent,) = server.api_requests()
    assert (sent.method, sent.url.path, sent.url.params["x"]) == ("DELETE", "/clicdata/data/5/row", "1")
    assert sent.headers["x-trace"] == "abc" and sent.headers["authorization"] == "Bearer token-1"
    assert json.loads(sent.content) == {"find": []}


def test_delete_data_sends_its_filters_and_append_sends_json_values() -> None:
    server = Server(answer(200, text="done"))
    data = Data(session=session_for(server))
    data.delete_data(9, {"city": "Kigali", "when": pd.Timestamp("2024-05-01 10:00", tz="Africa/Kigali")}, "first")
    data.append_data(9, [{"n": float("nan"), "t": pd.NaT, "d": pd.Timestamp("2024-01-01")}], progress=False)
    delete, append = server.api_requests()
    assert json.loads(delete.content) == {
        "multiplerows": "first",
        "find": [{"column": "city", "value": "Kigali"}, {"column": "when", "value": "2024-05-01T08:00:00"}],
    }
    assert json.loads(append.content) == {
        "data": [
            [
                {"column": "n", "value": None},
                {"column": "t", "value": None},
                {"column": "d", "value": "2024-01-01T00:00:00"},
            ]
        ]
    }


# --- chunked appends ------------------------------------------------------------------------------------------------
def refusing(bad_ids: set[int], stored: list[int] | None = None) -> Handler:
    """An append endpoint refusing (all or nothing, like the API) the first row whose ``n`` is in ``bad_ids``;
    what it accepts goes to ``stored``."""

    def api(request: httpx.Request) -> httpx.Response:
        rows = json.loads(request.content)["data"]
        for position, cells in enumerate(rows):
            if cells[0]["value"] in bad_ids:
                error = {
                    "code": "InvalidValue",
                    "description": f"n={cells[0]['value']}",
                    "column": "n",
                    "row": position,
                }
                return httpx.Response(400, json={"success": False, "error": error})
        if stored is not None:
            stored.extend(cells[0]["value"] for cells in rows)
        return httpx.Response(200, text=f"{len(rows)} rows appended.")

    return api


def test_refused_rows_are_rejected_at_their_input_position_and_the_rest_appended() -> None:
    stored: list[int] = []
    data, server = data_for(refusing({3, 12, 13}, stored))
    rows = [{"n": i} for i in range(20)]
    summary = data.append_data(5, rows, chunk_size=10, concurrency=1, progress=False)
    assert summary.appended == 17 and summary.failed == []
    assert [(r.index, r.message.endswith(f"n={r.index}")) for r in summary.rejected] == [
        (3, True),
        (12, True),
        (13, True),
    ]
    assert len(server.api_requests()) == 5  # chunk 1: refused, then sent; chunk 2: refused twice, then sent
    assert stored == [n for n in range(20) if n not in (3, 12, 13)]


def test_a_chunk_refused_too_often_fails_whole_and_a_server_error_is_not_resent() -> None:
    data, server = data_for(refusing(set(range(100, 120))), max_retries=0)
    summary = data.append_data(5, [{"n": i} for i in range(100, 130)], chunk_size=30, progress=False)
    assert summary.appended == 0 and len(summary.failed) == 30 and summary.rejected == []
    assert len(server.api_requests()) == 11  # the first refusal and ten more, then the chunk is given up
    data, server = data_for(answer(500, json={"success": False, "error": {"description": "boom"}}), max_retries=3)
    summary = data.append_data(5, [{"n": i} for i in range(25)], chunk_size=10, progress=False)
    assert (summary.appended, len(summary.failed)) == (0, 25) and "boom" in summary.failed[0].error
    assert len(server.api_requests()) == 3  # a POST that may have been written is never sent twice
    assert summary.failed_positions() == list(range(25)) and not summary


def test_a_rate_limited_chunk_is_sent_again() -> None:
    calls = {"n": 0}

    def api(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"success": False})
        return httpx.Response(200, text="ok")

    data, _ = data_for(api, max_retries=0)
    summary = data.append_data(5, [{"n": 1}, {"n": 2}], progress=False)
    assert summary.appended == 2 and calls["n"] == 2
