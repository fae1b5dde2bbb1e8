"""The Voxel51 overlay against a buggy or hostile server (httpx.MockTransport): ids escaped in paths, server-sent
file names kept inside the working directory, unreadable answers and undocumented statuses as ``APIError``, and
tokens checked before any request."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import dataports
import dataports.voxel51 as vapi
import httpx
import pytest

BASE = "https://api.voxel51.test"
Answer = httpx.Response | Callable[[httpx.Request], httpx.Response]


def _path(request: httpx.Request) -> str:
    """The path as sent on the wire (percent-escapes kept), without the query."""
    return request.url.raw_path.decode().partition("?")[0]


class Server:
    """Answers ``(method, path as sent)`` routes with canned responses and records every request it saw."""

    def __init__(self, routes: dict[tuple[str, str], Answer]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.routes.get((request.method, _path(request)))
        if answer is None:
            return httpx.Response(404, json={"error": {"code": 404, "message": "no such route"}})
        if callable(answer):
            return answer(request)
        # A fresh response each time: one response object cannot be sent twice, or on both sync and async clients.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def paths(self) -> list[str]:
        return [_path(r) for r in self.requests]


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAPORTS_VOXEL51_URL", raising=False)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory inside ``tmp_path``: anything written outside it escaped."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def client(server: Server, key: str = "the-key") -> vapi.API:
    token = vapi.Token.from_private_key(key, BASE)
    mock = httpx.MockTransport(server)
    return vapi.API(token, transport=mock, async_transport=mock, max_retries=0)


def files_under(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


# --- ids in paths ---------------------------------------------------------------------------------------------------
def test_ids_are_escaped_in_request_paths(workdir: Path) -> None:
    hostile = "../jobs/j/output?x="
    escaped = "..%2Fjobs%2Fj%2Foutput%3Fx%3D"
    server = Server(
        {
            ("GET", f"/v1/data/{escaped}/download"): httpx.Response(200, content=b"data bytes"),
            ("GET", f"/v1/jobs/{escaped}/output"): httpx.Response(200, content=b"job output"),
            ("GET", f"/v1/jobs/{escaped}"): httpx.Response(200, json={"job": {"state": "COMPLETE"}}),
        }
    )
    with client(server) as api:
        assert api.download_data(hostile, "data.bin") == "data.bin"
        assert api.download_job_output(hostile, "out.json") == "out.json"
        assert api.get_job_details(hostile) == {"state": "COMPLETE"}
    assert server.paths == [
        "/v1/data/..%2Fjobs%2Fj%2Foutput%3Fx%3D/download",
        "/v1/jobs/..%2Fjobs%2Fj%2Foutput%3Fx%3D/output",
        "/v1/jobs/..%2Fjobs%2Fj%2Foutput%3Fx%3D",
    ]
    assert [r.url.query for r in server.requests] == [b"", b"", b""]  # the "?x=" stayed inside the id
    assert (workdir / "data.bin").read_bytes() == b"data bytes"
    assert (workdir / "out.json").read_bytes() == b"job output"


# --- server-sent file names -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "saved_as"),
    [("../x", "x"), ("/abs/path", "path"), ("..", "data-d1"), ("", "data-d1"), (None, "data-d1")],
)
def test_download_data_keeps_a_hostile_name_inside_the_working_directory(
    workdir: Path, tmp_path: Path, name: str | None, saved_as: str
) -> None:
    server = Server(
        {
            ("GET", "/v1/data/d1"): httpx.Response(200, json={"data": {"id": "d1", "name": name}}),
            ("GET", "/v1/data/d1/download"): httpx.Response(200, content=b"payload"),
        }
    )
    with client(server) as api:
        assert api.download_data("d1") == saved_as
    assert files_under(tmp_path) == [Path("work") / saved_as]
    assert (workdir / saved_as).read_bytes() == b"payload"


@pytest.mark.parametrize(
    ("name", "saved_as"),
    [("../x", "x"), ("/abs/path", "path"), ("..", "job-j1-output"), ("", "job-j1-output")],
)
def test_download_job_output_keeps_a_hostile_name_inside_the_working_directory(
    workdir: Path, tmp_path: Path, name: str, saved_as: str
) -> None:
    server = Server(
        {
            ("GET", "/v1/jobs/j1"): httpx.Response(200, json={"job": {"id": "j1", "output_filename": name}}),
            ("GET", "/v1/jobs/j1/output"): httpx.Response(200, content=b"labels"),
        }
    )
    with client(server) as api:
        assert api.download_job_output("j1") == saved_as
    assert files_under(tmp_path) == [Path("work") / saved_as]


def test_the_fallback_name_escapes_a_hostile_id_too(workdir: Path, tmp_path: Path) -> None:
    server = Server(
        {
            ("GET", "/v1/data/..%2Fup"): httpx.Response(200, json={"data": {"name": ".."}}),
            ("GET", "/v1/data/..%2Fup/download"): httpx.Response(200, content=b"payload"),
        }
    )
    with client(server) as api:
        assert api.download_data("../up") == "data-..%2Fup"
    assert files_under(tmp_path) == [Path("work") / "data-..%2Fup"]


# --- unreadable answers ---------------------------------------------------------------------------------------------
HTML = b"<html><body>" + b"Service temporarily replaced by a login page. " * 200 + b"</body></html>"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (HTML, "not JSON"),
        (b'{"data": {"id": "d1"', "not JSON"),
        (b'{"datum": {"id": "d1"}}', "no 'data'"),
        (b'{"data": ["d1"]}', "expected an object, got list"),
    ],
    ids=["html", "truncated-json", "missing-envelope-key", "wrong-shape"],
)
def test_an_unreadable_200_is_an_api_error_with_a_bounded_excerpt(content: bytes, problem: str) -> None:
    server = Server({("GET", "/v1/data/d1"): httpx.Response(200, content=content)})
    with client(server) as api, pytest.raises(vapi.APIError) as caught:
        api.get_data_details("d1")
    error = caught.value
    assert isinstance(error, dataports.UnexpectedResponseError)
    assert error.code == 200 and error.status_code == 200
    assert problem in str(error) and content[:40].decode() in str(error)
    assert len(str(error)) < 500 and len(error.body) <= 201  # an excerpt, not the whole body


def test_a_job_request_document_of_the_wrong_shape_is_an_api_error() -> None:
    server = Server({("GET", "/v1/jobs/j1/request"): httpx.Response(200, json={"inputs": {}})})
    with client(server) as api, pytest.raises(vapi.APIError, match="analytic: is required") as caught:
        api.get_job_request("j1")
    assert isinstance(caught.value, dataports.UnexpectedResponseError)


def test_job_state_and_expiry_read_the_details_and_a_malformed_state_is_an_api_error() -> None:
    running = {"state": "RUNNING", "expired": True, "expiration_date": "2999-01-01T00:00:00Z"}
    server = Server(
        {
            ("GET", "/v1/jobs/j1"): httpx.Response(200, json={"job": running}),
            ("GET", "/v1/jobs/bad"): httpx.Response(200, json={"job": {"state": 3}}),
        }
    )
    with client(server) as api:
        assert api.get_job_state("j1") == "RUNNING" and api.get_job_state(job=running) == "RUNNING"
        assert api.is_job_expired("j1") is True  # the platform's verdict, as the classic client read it
        assert api.is_job_expired(job={"expiration_date": "2000-01-01T00:00:00Z"}) is True  # no request
        with pytest.raises(vapi.APIError, match="not a string"):
            api.get_job_state("bad")
        with pytest.raises(vapi.JobExecutionError) as failed:
            api.is_job_complete(job={"id": "j2", "state": "FAILED", "failure_type": "USER"})
    assert failed.value.failure_type == "USER" and "j2" in str(failed.value)
    assert server.paths == ["/v1/jobs/j1", "/v1/jobs/j1", "/v1/jobs/bad"]


def test_waiting_on_a_job_without_a_state_is_an_api_error() -> None:
    server = Server({("GET", "/v1/jobs/j1"): httpx.Response(200, json={"job": {"id": "j1"}})})
    with client(server) as api:
        with pytest.raises(vapi.APIError, match="'state'"):
            api.wait_until_job_completes("j1", sleep_time=0.01, max_wait_time=1)
        outcome = api.wait_until_jobs_complete(["j1"], sleep_time=0.01, max_wait_time=1)["j1"]
    assert isinstance(outcome, vapi.APIError) and isinstance(outcome, dataports.UnexpectedResponseError)
    assert "'state'" in str(outcome)


def test_waiting_on_many_jobs_reads_html_as_an_api_error_and_a_failure_with_its_messages() -> None:
    status = {"state": "FAILED", "failure_type": "ANALYTIC", "messages": [{"message": "queued"}, {"message": "boom"}]}
    server = Server(
        {
            ("GET", "/v1/jobs/html"): httpx.Response(200, content=HTML),
            ("GET", "/v1/jobs/failed"): httpx.Response(200, json={"job": {"state": "FAILED"}}),
            ("GET", "/v1/jobs/failed/status"): httpx.Response(200, json=status),
            ("GET", "/v1/jobs/done"): httpx.Response(200, json={"job": {"state": "COMPLETE"}}),
        }
    )
    with client(server) as api:
        outcomes = api.wait_until_jobs_complete(["html", "failed", "done"], sleep_time=0.01, max_wait_time=1)
    assert isinstance(outcomes["html"], vapi.APIError) and "not JSON" in str(outcomes["html"])
    failed = outcomes["failed"]
    assert isinstance(failed, vapi.JobExecutionError) and failed.messages == ["queued", "boom"]
    assert outcomes["done"] is None


def test_waiting_from_inside_an_event_loop_works() -> None:
    server = Server({("GET", "/v1/jobs/done"): httpx.Response(200, json={"job": {"state": "COMPLETE"}})})

    async def inside_a_loop() -> dict[str, BaseException | None]:
        with client(server) as api:
            return api.wait_until_jobs_complete(["done"], sleep_time=0.01, max_wait_time=1)

    assert asyncio.run(inside_a_loop()) == {"done": None}


# --- statuses -------------------------------------------------------------------------------------------------------
def test_an_undocumented_status_is_an_api_error_and_a_redirect_is_not_followed() -> None:
    redirect = httpx.Response(302, headers={"Location": "https://elsewhere.test/v1/data/list"}, content=b"moved")
    server = Server({("GET", "/v1/data/list"): redirect})
    with client(server) as api, pytest.raises(vapi.APIError) as caught:
        api.list_data()
    assert isinstance(caught.value, dataports.UnexpectedResponseError)
    assert caught.value.code == 302 and "unexpected HTTP 302" in str(caught.value)
    assert server.paths == ["/v1/data/list"]


def test_a_404_is_caught_as_not_found_and_stays_the_classic_api_error() -> None:
    missing = httpx.Response(404, json={"error": {"code": 404, "message": "Data d1 not found"}})
    server = Server({("GET", "/v1/data/d1"): missing})
    with client(server) as api:
        try:
            api.get_data_details("d1")
        except dataports.NotFoundError as error:
            assert type(error).__name__ == "APIError" and isinstance(error, vapi.APIError)
            assert error.code == 404 and str(error) == "404: Data d1 not found"
        else:
            pytest.fail("no NotFoundError")


def test_get_analytic_id_picks_the_exact_name_and_a_miss_is_not_found() -> None:
    found = [{"id": "a2", "name": "me/sense-2", "version": "1"}, {"id": "a1", "name": "me/sense", "version": "1"}]
    server = Server({("GET", "/v1/analytics"): httpx.Response(200, json={"analytics": found, "count": 2})})
    with client(server) as api:
        assert api.get_analytic_id("me/sense") == "a1"
        with pytest.raises(dataports.NotFoundError) as missing:
            api.get_analytic_id("me/sen")  # a substring match is not a name
    # The classic ValueError and its message, and an APIError with code 404.
    assert isinstance(missing.value, ValueError) and isinstance(missing.value, vapi.APIError)
    assert missing.value.code == 404 and str(missing.value) == "Analytic 'me/sen' not found"


# --- tokens ---------------------------------------------------------------------------------------------------------
def test_a_private_key_with_a_trailing_newline_is_sent_without_it() -> None:
    def listing(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer abc123"
        return httpx.Response(200, json={"data": []})

    server = Server({("GET", "/v1/data/list"): listing})
    with client(server, key="abc123\n") as api:
        assert api.list_data() == []
    assert len(server.requests) == 1


@pytest.fixture
def refusing() -> Iterator[Server]:
    server = Server({})
    yield server
    assert server.requests == []


def test_a_private_key_with_an_inner_newline_fails_before_any_request_without_quoting_it(refusing: Server) -> None:
    with pytest.raises(dataports.InvalidArgumentError, match=r"token\.private_key") as caught:
        client(refusing, key="abc123\nInjected: xyz789")
    assert "abc123" not in str(caught.value) and "xyz789" not in str(caught.value)
    assert "abc123" not in repr(caught.value.args)


def test_a_token_file_with_a_trailing_newline_in_the_key_works(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text(json.dumps({"access_token": {"private_key": "abc123\n", "base_api_url": BASE}}))

    def listing(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer abc123"
        return httpx.Response(200, json={"jobs": []})

    server = Server({("GET", "/v1/jobs/list"): listing})
    with vapi.API.from_json(path, transport=httpx.MockTransport(server)) as api:
        assert api.list_jobs() == []
    assert len(server.requests) == 1
