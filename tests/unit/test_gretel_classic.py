"""The classic gretel_client behaviours dataports keeps, checked on the wire (MockTransport) and offline: exception
constructors and hierarchy, local argument checks, the ``headers``/``params`` pass-through, ``WriteSummary``, the
streaming readers ``send_bulk`` reads files with, the samplers, and ``get_synthetics_config``."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dataports
import httpx
import pandas
import pytest
from dataports.gretel import (
    BadRequest,
    Client,
    ClientError,
    Forbidden,
    GretelInvalidArgument,
    NotFound,
    Project,
    Unauthorized,
    WriteSummary,
    get_cloud_client,
)
from dataports.gretel.helpers import get_synthetics_config
from dataports.gretel.readers import CsvReader, DataFrameReader, JsonReader, ReaderError, try_data_source
from dataports.gretel.samplers import ConstantSampler, FixedSample

BASE = "http://gretel.test/gretel"


class Server:
    """A MockTransport handler answering like the API (records stored, pages of a fixed stream), keeping requests."""

    def __init__(self, page: list[dict[str, Any]] | None = None, send_status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.page = page or []
        self.send_status = send_status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if "/records/send/" in path:
            if self.send_status != 200:
                return httpx.Response(self.send_status, json={"message": "no", "context": {"records": ["bad"]}})
            items = json.loads(request.content)
            success = [{"idx": i, "gretel_id": f"{i:032x}"} for i, r in enumerate(items) if isinstance(r, dict)]
            failure = [
                {"idx": i, "message": "Individual records must be JSON objects", "sender_fault": True}
                for i, r in enumerate(items)
                if not isinstance(r, dict)
            ]
            return httpx.Response(200, json={"data": {"success": success, "failure": failure}})
        if "/streams/records/" in path:
            ids = [item["id"] for item in self.page]
            newest = request.url.params.get("newest")
            start = ids.index(newest) if newest in ids else 0  # a backward cursor: that record and older ones
            return httpx.Response(200, json={"data": {"records": self.page[start:]}})
        if path.endswith("/records/samples"):
            catalogue = {"safecast": "radiation", "bike-trips": "bikes"}
            samples: Any = catalogue if "key" not in request.url.params else [{"n": 1}]
            return httpx.Response(200, json={"data": {"samples": samples}})
        return httpx.Response(200, json={"data": {}})


def connect(server: Server) -> Client:
    return Client(host=BASE, api_key="the-key", transport=httpx.MockTransport(server), max_retries=0)


def project_on(client: Client) -> Project:
    return Project(name="proj", client=client, project_id="a" * 24)


def stream_item(n: int) -> dict[str, Any]:
    return {"id": f"{n:032x}", "data": {"n": n}, "metadata": {}, "ingest_time": "2020-05-10T12:41:55.585538"}


# --- exceptions ------------------------------------------------------------------------------------------------------
def test_exceptions_keep_the_classic_constructors_attributes_and_str() -> None:
    error = BadRequest({"message": "Invalid JSON Payload", "context": {"foo": ["Unknown field."]}})
    assert str(error) == error.message == "Invalid JSON Payload" and error.context == {"foo": ["Unknown field."]}
    assert error.as_str() == 'Invalid JSON Payload: {"foo": ["Unknown field."]}'
    missing = NotFound({"message": "gone", "context": {}})
    assert isinstance(missing, BadRequest) and isinstance(missing, dataports.NotFoundError)
    unauthorized = Unauthorized({"message": "Unauthorized"})  # 401 bodies carry no context
    assert str(unauthorized) == unauthorized.message == "Unauthorized"
    assert str(Forbidden("Rate limiting in place for API call.")) == "Rate limiting in place for API call."
    assert str(BadRequest("plain message")) == "plain message"
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is BadRequest and restored.context == error.context and str(restored) == str(error)


def test_the_classic_hierarchy_is_kept_and_rooted_in_dataports() -> None:
    assert issubclass(BadRequest, ClientError) and issubclass(NotFound, ClientError)
    # Unauthorized and Forbidden were never ClientErrors: ``except ClientError`` must not start catching them.
    assert not issubclass(Unauthorized, ClientError) and not issubclass(Forbidden, ClientError)
    for cls in (ClientError, BadRequest, NotFound, Unauthorized, Forbidden):
        assert issubclass(cls, dataports.DataportsError)


def test_a_local_argument_check_is_the_servers_bad_request_and_a_value_error() -> None:
    server = Server()
    project = project_on(connect(server))
    with pytest.raises(BadRequest) as raised:
        project.send([{"n": n} for n in range(51)])
    error = raised.value
    assert isinstance(error, GretelInvalidArgument) and isinstance(error, dataports.InvalidArgumentError)
    assert isinstance(error, ValueError) and error.argument == "data"
    assert "51" in error.context["data"][0] and "at most 50" in str(error)
    with pytest.raises(BadRequest, match=r"detection_mode: 'slow' is not one of all, fast, none"):
        project.send({"a": 1}, detection_mode="slow")
    with pytest.raises(AttributeError) as sideways:  # the classic client's class for a bad direction
        project.iter_records(direction="sideways")
    assert isinstance(sideways.value, dataports.InvalidArgumentError) and sideways.value.argument == "direction"
    with pytest.raises(AttributeError, match="headers"):
        project.send({"a": 1}, headers=[("X-A", "b")])
    with pytest.raises(ValueError, match="sample_name"):
        connect(server).get_sample("")
    assert server.requests == [], "every check runs before any request"


def test_a_missing_api_key_is_the_unauthorized_the_api_would_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRETEL_API_KEY", raising=False)
    with pytest.raises(Unauthorized) as raised:
        Client(host="api.gretel.cloud")
    assert isinstance(raised.value, ValueError) and raised.value.argument == "api_key"


def test_install_packages_says_it_is_not_available() -> None:
    client = connect(Server())
    with pytest.raises(NotImplementedError, match="gretel-helpers"):
        client.install_packages(verbose=True, version="1.1.0")
    with pytest.raises(NotImplementedError):
        client.install_transformers()


# --- the client ------------------------------------------------------------------------------------------------------
def test_client_constructor_host_key_and_session_as_the_classic_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAPORTS_GRETEL_URL", raising=False)
    client = Client(host="api-dev.gretel.cloud", api_key="grtu-secret")
    assert client.base_url == "https://api-dev.gretel.cloud/" and client.host == "api-dev.gretel.cloud"
    assert client.api_key == "grtu-secret" and type(client.api_key) is str
    assert "grtu-secret" not in repr(client) + str(client)
    assert client.session is client.http
    monkeypatch.setenv("DATAPORTS_GRETEL_URL", "http://127.0.0.1:1/gretel")
    assert Client(host="api.gretel.cloud", api_key="k").base_url == "http://127.0.0.1:1/gretel/"  # a bare host yields
    assert Client(host="https://other.test/x", api_key="k").base_url == "https://other.test/x/"  # a URL does not


def test_the_console_url_is_built_as_the_classic_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATAPORTS_GRETEL_URL", raising=False)
    client = get_cloud_client("api-dev", "k")
    project = Project(name="test-project", client=client, project_id="1234")
    assert project.get_console_url() == "https://console-dev.gretel.cloud/test-project"


# --- headers and params pass through ------------------------------------------------------------------------------
def test_headers_and_params_go_with_every_classic_call() -> None:
    server = Server(page=[stream_item(1)])
    client = connect(server)
    project = project_on(client)
    extra = {"headers": {"X-Test-Gretel": "one"}, "params": {"test-param": "two", "detection_mode": "none"}}
    project.send({"a": 1}, detection_mode="all", **extra)
    project.send_bulk([{"a": 1}], progress=False, **extra)
    project.flush(**extra)
    client.list_samples(**extra)
    client.get_sample("safecast", params={"key": "other", "limit": 10}, headers={"X-Test-Gretel": "one"})
    list(project.iter_records(direction="backward", entity_stream="email_address", **extra))
    sent = server.requests
    assert all(r.headers["X-Test-Gretel"] == "one" and r.headers["Authorization"] == "the-key" for r in sent)
    assert all(r.url.params.get("test-param", "two") == "two" for r in sent)
    # The named detection_mode wins over params=, as in the classic client; send_bulk used the default "fast".
    assert [r.url.params["detection_mode"] for r in sent[:2]] == ["all", "fast"]
    sample = next(r for r in sent if "key" in r.url.params)
    assert sample.url.params["key"] == "safecast" and sample.url.params["limit"] == "10"
    stream = sent[-1].url.params
    assert (stream["with_meta"], stream["flatten"], stream["entity_stream"]) == ("yes", "yes", "email_address")


def test_stream_params_override_the_defaults_but_not_the_cursor() -> None:
    server = Server(page=[stream_item(2), stream_item(1)])
    project = project_on(connect(server))
    records = list(project.iter_records(direction="backward", params={"flatten": "no", "newest": "x", "count": 2}))
    assert [r["record"]["n"] for r in records] == [2, 1]
    first, second = (r.url.params for r in server.requests)
    assert first["flatten"] == "no" and first["count"] == "2" and first["newest"] == "x"
    assert second["newest"] == f"{1:032x}", "the stream's own cursor wins over one in params="


def test_unknown_keyword_arguments_are_ignored_with_a_warning() -> None:
    server = Server()
    with pytest.warns(UserWarning, match="send.. ignores the keyword arguments bogus"):
        project_on(connect(server)).send({"a": 1}, bogus=True)
    assert len(server.requests) == 1


def test_a_forward_stream_stops_at_its_record_limit_without_asking_for_more() -> None:
    server = Server(page=[stream_item(3), stream_item(2), stream_item(1)])
    project = project_on(connect(server))
    assert [r["record"]["n"] for r in project.iter_records(record_limit=3)] == [1, 2, 3]  # wait_for=-1: forever
    assert len(server.requests) == 1
    assert list(project.iter_records(record_limit=0)) == []


# --- what bulk writes return ------------------------------------------------------------------------------------
def test_write_summary_keeps_the_classic_meaning() -> None:
    summary = project_on(connect(Server())).send_bulk([{"a": 1}, 2, {"b": 3}], progress=False)
    assert isinstance(summary, WriteSummary) and summary and summary.success
    assert summary.records_sent == 3 and summary.api_errors == []  # a refused record was still received
    assert len(summary.sent) == 2 and [r.index for r in summary.rejected] == [1]
    assert dataclasses.asdict(summary) == {"success": True, "api_errors": [], "records_sent": 3}
    json.dumps(dataclasses.asdict(summary))


def test_a_failed_batch_makes_the_summary_false_with_its_error() -> None:
    summary = project_on(connect(Server(send_status=400))).send_bulk([{"n": n} for n in range(70)], progress=False)
    assert not summary and summary.records_sent == 0
    assert len(summary.api_errors) == 1 and "HTTP 400" in summary.api_errors[0]
    assert len(summary.failed_records()) == 70 and summary.total == 70


# --- reading files and streams for send_bulk --------------------------------------------------------------------------
class CountingLines(io.StringIO):
    """A JSON-lines stream that counts the lines read from it."""

    def __init__(self, count: int) -> None:
        super().__init__("".join(json.dumps({"n": n}) + "\n" for n in range(count)))
        self.lines_read = 0

    def readline(self, size: int | None = -1, /) -> str:
        self.lines_read += 1
        return super().readline(size)

    def __next__(self) -> str:
        self.lines_read += 1
        return super().__next__()


def test_send_bulk_streams_a_file_instead_of_reading_it_whole() -> None:
    stream = CountingLines(20_000)
    read_when_sent: list[int] = []
    server = Server()

    def handler(request: httpx.Request) -> httpx.Response:
        read_when_sent.append(stream.lines_read)
        return server(request)

    client = Client(host=BASE, api_key="k", transport=httpx.MockTransport(handler))
    summary = project_on(client).send_bulk(stream, progress=False, worker_threads=2)
    assert len(summary.sent) == 20_000 and stream.closed
    # At most 2 * worker_threads batches of 50 exist at once: the first send happened after a few hundred lines.
    assert read_when_sent[0] <= 5 * 50 + 1


def test_json_reader_reads_lines_arrays_bytes_and_blank_lines(tmp_path: Path) -> None:
    assert list(JsonReader(io.StringIO('{"a": 1}\n\n{"a": 2}\n'))) == [{"a": 1}, {"a": 2}]
    assert list(JsonReader(io.BytesIO(b'{"a": 1}\n{"a": 2}\n'))) == [{"a": 1}, {"a": 2}]
    assert list(JsonReader(io.StringIO('[{"a": 1}, {"a": 2}]'))) == [{"a": 1}, {"a": 2}]
    assert list(JsonReader(io.StringIO('[\n  {"a": 1},\n  {"a": 2}\n]\n'))) == [{"a": 1}, {"a": 2}]
    assert list(JsonReader(iter([{"a": 1}]), mapper=lambda r: {"b": r["a"]})) == [{"b": 1}]
    path = tmp_path / "records.jsonl.gz"
    with gzip.open(path, "wt") as handle:
        handle.write('{"a": 1}\n')
    reader = JsonReader(path)
    assert list(reader) == [{"a": 1}] and reader.data_source is not None
    with pytest.raises(ValueError):
        list(JsonReader(io.StringIO('{"a": 1}\nnot json\n')))
    with pytest.raises(ValueError, match="s3:// URLs are not read"):
        try_data_source("s3://bucket/records.jsonl")


class Pipe(io.RawIOBase):
    """A stream that cannot seek (stdin, a socket): the readers must not need to."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        return self._data.readinto(buffer)


def test_csv_reader_sniffs_without_seeking_and_keeps_rows_across_the_sniffed_part() -> None:
    rows = [f"{n};name {n};note with a ; inside quotes" for n in range(2_000)]
    text = "id;name;note\n" + "\n".join(f'{r.split(";")[0]};{r.split(";")[1]};"{r.split(";", 2)[2]}"' for r in rows)
    reader = CsvReader(io.BufferedReader(Pipe(text.encode())))
    records = list(reader)
    assert reader.has_header and reader.schema == ["id", "name", "note"]
    assert len(records) == 2_000 and records[1_999] == {
        "id": "1999",
        "name": "name 1999",
        "note": "note with a ; inside quotes",
    }
    assert reader.data_source.closed


def test_csv_reader_schema_and_column_headings() -> None:
    assert list(CsvReader(io.StringIO("1,2\n3,4\n"), schema=["a", "b"], has_header=False)) == [
        {"a": "1", "b": "2"},
        {"a": "3", "b": "4"},
    ]
    headed = CsvReader(io.StringIO("1,2\n3,4\n"), column_headings=["a", "b"], has_header=False, sniff=False)
    assert next(headed) == {"a": "1", "b": "2"}


def test_dataframe_reader_gives_json_values_a_chunk_at_a_time() -> None:
    frame = pandas.DataFrame(
        {"a": [1.5, None, 3.0], "t": pandas.to_datetime(["2020-01-01", None, "2021-01-01"]), "i": [1, 2, 3]},
        index=[10, 10, 5],  # duplicate and unsorted labels: rows are read by position
    )
    reader = DataFrameReader(frame)
    rows = list(reader)
    assert rows == [
        {"a": 1.5, "t": 1577836800000, "i": 1},
        {"a": None, "t": None, "i": 2},
        {"a": 3.0, "t": 1609459200000, "i": 3},
    ]
    assert reader.name == "dataframe" and reader.df is frame
    with pytest.raises(AttributeError):
        DataFrameReader([1, 2])  # type: ignore[arg-type]


def test_a_reader_error_is_a_gretel_exception() -> None:
    assert issubclass(ReaderError, dataports.DataportsError)


def test_send_bulk_refuses_what_it_cannot_read_before_any_request() -> None:
    server = Server()
    with pytest.raises(BadRequest, match="cannot send a int"):
        project_on(connect(server)).send_bulk(42, progress=False)
    with pytest.raises(FileNotFoundError):
        project_on(connect(server)).send_bulk("no-such-file.jsonl", progress=False)
    assert server.requests == []


# --- samplers ------------------------------------------------------------------------------------------------------
def source(count: int) -> Iterator[int]:
    yield from range(count)


def test_samplers_as_the_classic_ones() -> None:
    limited = ConstantSampler(record_limit=3)
    limited.set_source(source(10))
    assert list(limited) == [0, 1, 2] and limited.records_seen == 3
    every = FixedSample(count=10)
    every.set_source(source(5))  # more asked for than there are: everything, not a ZeroDivisionError
    assert list(every) == [0, 1, 2, 3, 4]
    fifth = FixedSample(percent=0.2)
    fifth.set_source(source(1000))
    sampled = list(fifth)
    assert fifth.rate == 5 and len(sampled) == 200 and sampled[-1] == 995
    with pytest.raises(AttributeError):
        FixedSample(percent=0.5, count=3)
    with pytest.raises(ValueError):
        FixedSample(percent=2)


# --- get_synthetics_config -------------------------------------------------------------------------------------------
CONFIG = """
schema_version: 1.0

models:
  - synthetics:
      data_source: "__tmp__"
      params:
        epochs: 100
        batch_size: 1
        vocab_size: 0
        learning_rate: .001
        rnn_units: 64
        foo: null
"""


def test_get_synthetics_config_reads_the_template_from_the_blueprints_repository() -> None:
    asked: list[str] = []

    def github(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.path.endswith("/default.yml"):
            return httpx.Response(200, text=CONFIG)
        return httpx.Response(404, text="not found")

    transport = httpx.MockTransport(github)
    check = get_synthetics_config(transport=transport)
    assert asked == [
        "https://raw.githubusercontent.com/gretelai/gretel-blueprints/main/config_templates/gretel/synthetics/default.yml"
    ]
    assert check == {"epochs": 100, "batch_size": 1, "vocab_size": 0, "learning_rate": 0.001, "rnn_units": 64}
    with pytest.raises(RuntimeError) as missing:
        get_synthetics_config("other", "dev", transport=transport)
    assert "404" in str(missing.value) and "not found" in str(missing.value)
    assert isinstance(missing.value, dataports.DataportsError)
