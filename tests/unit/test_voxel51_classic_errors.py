"""Voxel51's classic exceptions: their constructors, ``str()`` and ``args`` as classic code builds and reads them,
their place under ``dataports``' hierarchy, and local argument checks that raise what classic code catches (an
``APIError``, as the classic client raised for the mistakes it checked itself) before any request."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from typing import Any

import dataports
import dataports.voxel51 as vapi
import httpx
import pytest
from dataports.voxel51 import api as classic_api
from dataports.voxel51 import jobs as classic_jobs

BASE = "https://api.voxel51.test"


def test_api_error_is_built_and_printed_as_classically() -> None:
    error = classic_api.APIError("Data not found", 404)
    assert str(error) == "404: Data not found" and error.args == ("404: Data not found",)
    assert error.code == 404 and error.message == "Data not found"
    assert isinstance(error, Exception) and isinstance(error, dataports.DataportsError)
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "404: Data not found" and again.code == 404


def test_api_error_from_an_httpx_response_takes_the_platform_message_and_the_status_class() -> None:
    request = httpx.Request("GET", f"{BASE}/v1/data/d1")
    response = httpx.Response(404, json={"error": {"code": 404, "message": "Data d1 not found"}}, request=request)
    error = classic_api.APIError.from_response(response)
    assert isinstance(error, classic_api.APIError) and isinstance(error, dataports.NotFoundError)
    assert str(error) == "404: Data d1 not found" and error.body == {
        "error": {"code": 404, "message": "Data d1 not found"}
    }
    bare = classic_api.APIError.from_response(httpx.Response(502, text="<html>", request=request))
    assert str(bare) == f"502: Bad Gateway for URL: {BASE}/v1/data/d1" and isinstance(bare, dataports.ServerError)
    with pytest.raises(ValueError, match="not an error"):
        classic_api.APIError.from_response(httpx.Response(200, json={}, request=request))


class RequestsLikeResponse:
    """The attributes of a ``requests.Response`` that classic code hands to ``APIError.from_response``."""

    status_code = 403
    reason = "Forbidden"
    url = f"{BASE}/v1/jobs/list"
    content = b"not json"


def test_api_error_from_a_requests_response() -> None:
    error = classic_api.APIError.from_response(RequestsLikeResponse())
    assert str(error) == f"403: Forbidden for URL: {BASE}/v1/jobs/list"
    assert isinstance(error, dataports.PermissionDeniedError) and error.code == 403


def test_classic_exception_classes_live_in_their_classic_modules() -> None:
    assert classic_jobs.JobExecutionError is vapi.JobExecutionError
    assert classic_jobs.RemoteDataPathError is vapi.RemoteDataPathError
    assert classic_api.APIError is vapi.APIError
    raised = classic_jobs.JobExecutionError("Job 'j1' failed")  # classic code raises it with one message
    assert str(raised) == "Job 'j1' failed" and raised.messages == [] and raised.failure_type is None
    assert issubclass(vapi.JobWaitTimeout, classic_jobs.JobExecutionError) and issubclass(
        vapi.JobWaitTimeout, TimeoutError
    )


def test_token_error_keeps_the_classic_message_and_help_link() -> None:
    error = vapi.TokenError("No API token found")
    assert str(error).startswith("No API token found. See https://voxel51.com/docs/api/")
    assert isinstance(error, dataports.DataportsError)


def test_an_argument_error_is_an_api_error_400_and_an_invalid_argument() -> None:
    error = vapi.APIArgumentError("days/expiration_date", "give exactly one of days and expiration_date")
    assert isinstance(error, vapi.APIError) and isinstance(error, dataports.InvalidArgumentError)
    assert isinstance(error, ValueError) and error.argument == "days/expiration_date"
    assert error.code == 400 and error.status_code is None  # the classic code; no response arrived
    assert str(error) == "400: days/expiration_date: give exactly one of days and expiration_date"


def test_an_unknown_analytic_is_the_classic_value_error_and_a_not_found() -> None:
    error = vapi.AnalyticNotFoundError("me/sense", "2.0")
    assert str(error) == "Analytic 'me/sense v2.0' not found" and error.args == (str(error),)
    assert isinstance(error, ValueError) and isinstance(error, vapi.APIError)
    assert isinstance(error, dataports.NotFoundError) and error.code == 404


# --- local checks: the classic exception, no request ------------------------------------------------------------------
@pytest.fixture
def api() -> Iterator[vapi.API]:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    token = vapi.Token.from_private_key("the-key", BASE)
    with vapi.API(token, transport=httpx.MockTransport(refuse)) as client:
        yield client


LOCAL_MISTAKES: list[tuple[str, Callable[[vapi.API], Any], str]] = [
    ("ttl-neither", lambda api: api.update_data_ttl("d1"), "days/expiration_date"),
    ("ttl-both", lambda api: api.update_job_ttl("j1", days=1, expiration_date="2099-01-01"), "days/expiration_date"),
    ("batch-ttl", lambda api: api.batch_update_jobs_ttl(["j1"]), "days/expiration_date"),
    ("ttl-days", lambda api: api.update_data_ttl("d1", days="soon"), "days"),  # type: ignore[arg-type]
    ("job-state", lambda api: api.get_job_state(), "job_id/job"),
    ("job-complete", lambda api: api.is_job_complete(), "job_id/job"),
    ("job-expired", lambda api: api.is_job_expired(), "job_id/job"),
    ("empty-id", lambda api: api.get_data_details(""), "data_id"),
    ("url", lambda api: api.post_data_as_url("ftp://x/y", "y", "video/mp4", 1, "2099-01-01"), "url"),
    ("size", lambda api: api.post_data_as_url("https://x/y", "y", "video/mp4", -1, "2099-01-01"), "size"),
    ("mime", lambda api: api.post_data_as_url("https://x/y", "y", "", 1, "2099-01-01"), "mime_type"),
    ("expiry", lambda api: api.post_data_as_url("https://x/y", "y", "video/mp4", 1, 5), "expiration_date"),  # type: ignore[arg-type]
    ("query-kind", lambda api: api.query_data(vapi.JobsQuery()), "data_query"),  # type: ignore[arg-type]
    ("job-request", lambda api: api.upload_job_request("voxel51/vehicle-sense", "job"), "job_request"),  # type: ignore[arg-type]
    ("ids", lambda api: api.batch_delete_data("d1"), "data_ids"),
    ("image-type", lambda api: api.upload_analytic_image("a1", "image.tar", "TPU"), "image_type"),
    ("sleep", lambda api: api.wait_until_job_completes("j1", sleep_time=0), "sleep_time"),
]


@pytest.mark.parametrize(("call", "argument"), [c[1:] for c in LOCAL_MISTAKES], ids=[c[0] for c in LOCAL_MISTAKES])
def test_local_mistakes_raise_the_classic_api_error_naming_the_argument(
    api: vapi.API, call: Callable[[vapi.API], Any], argument: str
) -> None:
    with pytest.raises(vapi.APIError) as caught:
        call(api)
    error = caught.value
    assert isinstance(error, dataports.InvalidArgumentError) and error.argument == argument
    assert error.code == 400 and str(error).startswith(f"400: {argument}: ")


def test_a_key_that_cannot_be_sent_is_a_token_error_that_does_not_quote_it() -> None:
    with pytest.raises(vapi.TokenError) as caught:
        vapi.API(vapi.Token.from_private_key("abc\nInjected: 1", BASE))
    assert isinstance(caught.value, dataports.InvalidArgumentError)
    assert "abc" not in str(caught.value) and "Injected" not in repr(caught.value.args)


def test_query_and_job_request_mistakes_are_api_errors_too() -> None:
    mistakes: list[Callable[[], Any]] = [
        lambda: vapi.DataQuery().add_field("colour"),
        lambda: vapi.JobsQuery().sort_by("size"),
        lambda: vapi.DataQuery().add_search_or("name", "a|b"),
        lambda: vapi.DataQuery().set_limit(0),
        lambda: vapi.BaseQuery().add_field("id"),
        lambda: vapi.JobRequest("voxel51/vehicle-sense", compute_mode="FAST"),
        lambda: vapi.JobRequest("").set_input("video", data_id="d1"),
        lambda: vapi.JobRequest("a").set_input("video", "d1"),  # type: ignore[arg-type]
    ]
    for mistake in mistakes:
        with pytest.raises(vapi.APIError) as caught:
            mistake()
        assert isinstance(caught.value, dataports.InvalidArgumentError) and caught.value.code == 400


def test_a_parameter_that_is_not_json_is_the_type_error_the_classic_upload_raised() -> None:
    request = vapi.JobRequest("voxel51/vehicle-sense")
    with pytest.raises(TypeError, match="accel") as caught:
        request.set_parameter("accel", {1, 2})
    assert isinstance(caught.value, vapi.APIError) and isinstance(caught.value, dataports.InvalidArgumentError)
    assert request.parameters == {}


def test_an_empty_remote_data_path_is_the_classic_remote_data_path_error() -> None:
    with pytest.raises(classic_jobs.RemoteDataPathError) as caught:
        classic_jobs.RemoteDataPath()
    assert isinstance(caught.value, dataports.InvalidArgumentError)
    with pytest.raises(classic_jobs.RemoteDataPathError):
        classic_jobs.RemoteDataPath.from_dict({"name": "video1.mp4"})
    with pytest.raises(classic_jobs.RemoteDataPathError):
        vapi.JobRequest("a").set_input("video")  # neither a path nor data_id
