"""Voxel51's classic objects as classic code uses them: ``Token`` (a plain-string key kept out of reprs), the query
builders, ``JobRequest``/``RemoteDataPath`` and their JSON forms, and the ``utils``, ``logging`` and ``constants``
modules. Values are the classic types: lists, dicts, strings, all ``json.dumps``-able."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import dataports
import dataports.voxel51 as vapi
import httpx
import pytest
from dataports.voxel51 import auth, constants, utils
from dataports.voxel51 import logging as classic_logging
from dataports.voxel51.jobs import RemoteDataPath

KEY = "s3cr3t-private-key"
TOKEN = {
    "access_token": {
        "token_id": "tok-1",
        "created_at": "2020-01-01T00:00:00Z",
        "private_key": KEY,
        "base_api_url": "https://api.voxel51.com",
    }
}


# --- tokens -----------------------------------------------------------------------------------------------------------
def test_the_private_key_is_a_plain_string_that_no_repr_or_str_shows() -> None:
    token = vapi.Token.from_dict(TOKEN)
    assert type(token.private_key) is str and token.private_key == KEY
    assert (token.id, token.creation_date, token.base_api_url) == (
        "tok-1",
        "2020-01-01T00:00:00Z",
        TOKEN["access_token"]["base_api_url"],
    )
    assert token.get_header() == {"Authorization": f"Bearer {KEY}"}
    shown = json.loads(str(token))  # the classic str() is the token JSON; here with the key masked
    assert shown["access_token"] == {**TOKEN["access_token"], "private_key": "***"}
    api = vapi.API(token)
    for text in (repr(token), str(token), repr(api), str(api)):
        assert KEY not in text


def test_to_dict_returns_the_whole_token_and_round_trips() -> None:
    token = vapi.Token(TOKEN)
    saved = token.to_dict()
    assert saved == TOKEN and json.loads(json.dumps(saved)) == TOKEN
    saved["access_token"]["private_key"] = "changed"  # a copy: the token is unaffected
    assert token.private_key == KEY and vapi.Token.from_str(json.dumps(token.to_dict())).private_key == KEY


def test_token_files_and_strings(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text(json.dumps(TOKEN))
    assert vapi.Token.from_json(path).private_key == KEY
    with pytest.raises(FileNotFoundError):  # as classically: the file itself is the caller's problem
        vapi.Token.from_json(tmp_path / "missing.json")
    with pytest.raises(vapi.TokenError, match="No file found"):  # the lookup turns it into a TokenError
        vapi.load_token(tmp_path / "missing.json")
    with pytest.raises(vapi.TokenError) as broken:
        vapi.Token.from_str('{"access_token": {"private_key": "' + KEY)
    assert isinstance(broken.value, ValueError) and KEY not in str(broken.value)


@pytest.mark.parametrize("token_dict", [{}, {"access_token": {}}, {"access_token": {"private_key": 5}}])
def test_a_malformed_token_is_the_classic_key_error_and_a_token_error(token_dict: dict[str, Any]) -> None:
    with pytest.raises(KeyError) as caught:
        vapi.Token(token_dict)
    assert isinstance(caught.value, vapi.TokenError) and isinstance(caught.value, dataports.InvalidArgumentError)


def test_a_token_without_a_url_uses_the_platform_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        token = vapi.Token({"access_token": {"private_key": KEY}})
    assert token.base_api_url == "https://api.voxel51.com" and "No base API URL" in caplog.text
    assert vapi.Token.from_private_key(KEY, "http://localhost:1/").base_api_url == "http://localhost:1/"


def test_get_active_token_path_follows_the_classic_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in (auth.PRIVATE_KEY_ENV_VAR, auth.TOKEN_ENV_VAR):
        monkeypatch.delenv(name, raising=False)
    assert vapi.get_active_token_path() is None
    source = tmp_path / "mine.json"
    source.write_text(json.dumps(TOKEN))
    active = vapi.activate_token(source)
    assert vapi.get_active_token_path() == str(active) == str(tmp_path / ".voxel51" / "api-token.json")
    monkeypatch.setenv(auth.TOKEN_ENV_VAR, str(source))
    assert vapi.get_active_token_path() == str(source)
    monkeypatch.setenv(auth.TOKEN_ENV_VAR, str(tmp_path / "gone.json"))
    with pytest.raises(vapi.TokenError, match="No file found"):
        vapi.get_active_token_path()
    monkeypatch.setenv(auth.PRIVATE_KEY_ENV_VAR, KEY)  # the key wins: no file is used
    assert vapi.get_active_token_path() is None and vapi.load_token().private_key == KEY


# --- queries ----------------------------------------------------------------------------------------------------------
def test_query_builders_have_the_classic_attributes() -> None:
    assert vapi.BaseQuery.SUPPORTED_FIELDS is None
    for query_class in (vapi.DataQuery, vapi.AnalyticsQuery, vapi.JobsQuery):
        assert isinstance(query_class.SUPPORTED_FIELDS, list) and "id" in query_class.SUPPORTED_FIELDS
    query = vapi.DataQuery()
    assert (query.fields, query.search, query.sort, query.offset, query.limit) == ([], [], None, None, None)
    assert query.to_dict() == {} and query.to_str() == "" and vapi.AnalyticsQuery().all_versions is False


def test_or_searches_direct_searches_and_the_url_encoded_form() -> None:
    query = vapi.JobsQuery().add_fields(["id", "state"]).add_search_or("state", ["RUNNING", "QUEUED"])
    query.add_search_direct("name:a|b").sort_by("upload_date").set_offset(5).set_limit(10)
    expected = {
        "fields": "id,state",
        "search": "state:RUNNING|QUEUED,name:a|b",
        "sort": "upload_date:desc",
        "offset": 5,
        "limit": 10,
    }
    assert query.to_dict() == expected and json.loads(json.dumps(query.to_dict())) == expected
    assert (
        str(query)
        == query.to_str()
        == (
            "fields=id%2Cstate&search=state%3ARUNNING%7CQUEUED%2Cname%3Aa%7Cb&sort=upload_date%3Adesc&offset=5&limit=10"
        )
    )
    analytics = vapi.AnalyticsQuery().add_all_fields().set_all_versions(True)
    assert analytics.to_str().endswith("&all_versions=True") and analytics.fields == analytics.SUPPORTED_FIELDS
    assert analytics.fields is not analytics.SUPPORTED_FIELDS  # adding fields never edits the class's list


# --- job requests -----------------------------------------------------------------------------------------------------
def test_remote_data_paths() -> None:
    path = RemoteDataPath.from_data_id("d1")
    assert path.data_id == "d1" and path.has_data_id and path.is_valid
    assert path.to_dict() == {"data-id": "d1"} and json.loads(str(path)) == {"data-id": "d1"}
    assert RemoteDataPath.from_str(path.to_str()) == path and RemoteDataPath.from_dict({"data-id": "d1"}) == path
    signed = RemoteDataPath(signed_url="https://example.com/m.png")  # beyond the classic client
    assert (
        not signed.has_data_id and signed.is_valid and signed.to_dict() == {"signed-url": "https://example.com/m.png"}
    )
    assert RemoteDataPath.is_remote_path_dict(val={"data-id": "d1"})
    for value in ({"data-id": None}, {"name": "x"}, "data-id", 5, None):
        assert not RemoteDataPath.is_remote_path_dict(val=value)


def test_job_request_inputs_by_path_or_keywords_and_its_json(tmp_path: Path) -> None:
    request = vapi.JobRequest("voxel51/vehicle-sense", version="1.0.0", compute_mode=vapi.JobComputeMode.GPU)
    request.set_input("video", path=RemoteDataPath.from_data_id("d1"))
    request.set_input("audio", RemoteDataPath.from_data_id("d2"))  # ``path`` is the second positional, as classically
    request.set_data_parameter("mask", data_id="d3")
    request.set_data_parameter("prior", path={"signed-url": "https://example.com/p.json"})
    request.set_parameter("accel", 1.5)
    assert request.inputs == {"video": RemoteDataPath("d1"), "audio": RemoteDataPath("d2")}
    document = {
        "analytic": "voxel51/vehicle-sense",
        "version": "1.0.0",
        "compute_mode": "GPU",
        "inputs": {"video": {"data-id": "d1"}, "audio": {"data-id": "d2"}},
        "parameters": {"mask": {"data-id": "d3"}, "prior": {"signed-url": "https://example.com/p.json"}, "accel": 1.5},
    }
    assert request.to_dict() == document and str(request) == request.to_str() == json.dumps(document, indent=4)
    request.to_json(tmp_path / "new" / "folder" / "job.json")  # creates the folder, as classically
    for copy in (
        vapi.JobRequest.from_json(tmp_path / "new" / "folder" / "job.json"),
        vapi.JobRequest.from_str(str(request)),
        vapi.JobRequest.from_dict(document),
    ):
        assert copy == request and isinstance(copy.parameters["mask"], RemoteDataPath)
        assert copy.parameters["accel"] == 1.5 and copy.compute_mode == "GPU"
    with pytest.raises(vapi.APIArgumentError, match="path"):
        request.set_input("video", path=RemoteDataPath("d1"), data_id="d1")


# --- utils, logging, constants ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (utils.to_human_time_str, 0, "0 seconds"),
        (utils.to_human_time_str, 0.001, "1ms"),
        (utils.to_human_time_str, 60, "1 minute"),
        (utils.to_human_time_str, 65, "1.1 minutes"),
        (utils.to_human_time_str, 60123123, "1.9 years"),
        (utils.to_human_decimal_str, 65, "65"),
        (utils.to_human_decimal_str, 123456, "123.5K"),
        (utils.to_human_decimal_str, 1e7, "10M"),
        (utils.to_human_bytes_str, 123, "123B"),
        (utils.to_human_bytes_str, 123000, "120.1KB"),
        (utils.to_human_bytes_str, 1024**4, "1TB"),
        (utils.to_human_bits_str, 123000, "120.1Kb"),
    ],
)
def test_human_readable_numbers_match_the_classic_examples(function: Any, value: float, expected: str) -> None:
    assert function(value) == expected


def test_human_readable_numbers_stop_at_max_unit() -> None:
    assert utils.to_human_bytes_str(1024**4, max_unit="GB") == "1024GB"
    assert utils.to_human_time_str(7200, max_unit="minute") == "120 minutes"
    assert utils.to_human_decimal_str(1234, decimals=2, max_unit="nope") == "1.23K"


def test_json_and_path_helpers(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.json"
    utils.write_json({"x": [1, 2]}, target)
    assert target.read_text() == json.dumps({"x": [1, 2]}, indent=4) and utils.read_json(target) == {"x": [1, 2]}
    utils.copy_file(target, tmp_path / "c" / "copy.json")
    assert utils.load_json((tmp_path / "c" / "copy.json").read_bytes()) == {"x": [1, 2]}
    assert utils.urljoin("https://h/", "/v1/", "data/") == "https://h/v1/data"


def test_serializable_serializes_public_attributes_recursively() -> None:
    class Box(utils.Serializable):
        def __init__(self) -> None:
            self.name = "box"
            self.paths = [RemoteDataPath("d1")]
            self.by_name = {"p": RemoteDataPath("d2")}
            self._hidden = 1

    assert Box().to_dict() == {"name": "box", "paths": [{"data-id": "d1"}], "by_name": {"p": {"data-id": "d2"}}}
    assert json.loads(str(Box()))["name"] == "box"
    with pytest.raises(NotImplementedError):
        Box.from_dict({})


def test_query_yes_no(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter(["maybe", "YES"])
    monkeypatch.setattr("builtins.input", lambda: next(answers))
    assert utils.query_yes_no("Proceed?") is True
    assert "Please respond" in capsys.readouterr().out
    monkeypatch.setattr("builtins.input", lambda: "")
    assert utils.query_yes_no("Proceed?", default="no") is False
    with pytest.raises(ValueError, match="Invalid default"):
        utils.query_yes_no("Proceed?", default="perhaps")


def test_upload_files_posts_a_multipart_form_with_the_callers_client(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(201, json={"data": {"id": "d1"}})

    video = tmp_path / "video1.mp4"
    video.write_bytes(b"frames")
    with httpx.Client(transport=httpx.MockTransport(server)) as client, video.open("rb") as handle:
        files = {"file": ("video1.mp4", handle, "video/mp4")}
        response = utils.upload_files(client, "https://h/v1/data", files, {"Authorization": "Bearer k"})
    assert response.json() == {"data": {"id": "d1"}}
    sent = seen[0]
    assert sent.headers["Authorization"] == "Bearer k" and sent.headers["Content-Type"].startswith(
        "multipart/form-data"
    )
    assert b'filename="video1.mp4"' in sent.content and b"frames" in sent.content


def test_setup_logging_and_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(logging, "basicConfig", lambda **kwargs: calls.append(kwargs))
    classic_logging.setup_logging()
    classic_logging.setup_logging(logging.DEBUG, format="%(levelname)s %(message)s")
    assert calls == [
        {"level": logging.INFO, "format": "%(message)s"},
        {"level": logging.DEBUG, "format": "%(levelname)s %(message)s"},
    ]
    assert dataports.__version__ == constants.VERSION and constants.NAME == "dataports"
    assert constants.VERSION_LONG.startswith(f"dataports v{dataports.__version__}")
