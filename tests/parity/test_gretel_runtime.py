"""Classic gretel-client 0.7 code, run as written against dataports and the Gretel emulator.

Every code block of the client documentation we follow (``DOCS``, exactly as published, outputs included) and the
idioms classic code relies on beyond it (taken from the classic client's own integration and unit tests, its
docstrings and its readers/samplers) run with one change: their import lines, rewritten from the classic modules to
dataports' by the manifest's ``module_map`` (``port``). The only other substitution is the documentation's
placeholder ``'your_api_key'``, which stands for the reader's own key. ``DATAPORTS_GRETEL_URL`` points the classic
``get_cloud_client('api', ...)`` at the emulator.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dataports_emulators.testing import RunningEmulator

MANIFEST = Path(__file__).parent / "manifests" / "gretel.json"
MODULE_MAP: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8"))["module_map"]
IMPORT_LINE = re.compile(r"^(\s*(?:from|import)\s+)(gretel_client(?:\.\w+)*)\b")
#: sha256 of the documentation's code blocks after the two ``pip install`` ones, concatenated in order as published.
DOCS_SHA256 = "3259cac3b49f07736e966b70b43c642dcf7b5d94b48fd9d09161dec93b5ad36f"


def port(source: str) -> str:
    """``source`` with its classic imports pointed at dataports (``module_map``), and nothing else changed."""

    def mapped(match: re.Match[str]) -> str:
        return match.group(1) + MODULE_MAP[match.group(2)]

    ported = [IMPORT_LINE.sub(mapped, line) for line in source.splitlines()]
    for before, after in zip(source.splitlines(), ported, strict=True):
        assert before == after or IMPORT_LINE.match(before), f"not an import line: {before!r}"
    return "\n".join(ported) + "\n"


def run(source: str, namespace: dict[str, Any], placeholders: dict[str, str] | None = None) -> dict[str, Any]:
    """Execute the ported ``source`` in ``namespace`` (shared between the blocks of one walkthrough)."""
    code = port(source)
    for placeholder, value in (placeholders or {}).items():
        code = code.replace(placeholder, value)
    exec(compile(code, "<classic gretel_client code>", "exec"), namespace)
    return namespace


def test_port_rewrites_only_classic_import_lines() -> None:
    classic = "from gretel_client import get_cloud_client\nimport gretel_client.readers as r\nx = 'gretel_client'\n"
    assert port(classic) == (
        "from dataports.gretel import get_cloud_client\nimport dataports.gretel.readers as r\nx = 'gretel_client'\n"
    )
    with pytest.raises(KeyError):  # a classic module the manifest does not map is a finding, not silently kept
        port("from gretel_client.transformers import DataPath\n")


@pytest.fixture
def classic(gretel: RunningEmulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """What classic code's author has at hand: the API key (as the classic tests read it), ``pytest``, a working
    folder; ``DATAPORTS_GRETEL_URL`` names the emulator, and no key comes from the environment."""
    monkeypatch.setenv("DATAPORTS_GRETEL_URL", gretel.service_url("gretel"))
    monkeypatch.delenv("GRETEL_API_KEY", raising=False)
    monkeypatch.delenv("GRETEL_URI", raising=False)
    monkeypatch.chdir(tmp_path)
    yield {"API_KEY": gretel.token, "pytest": pytest, "__name__": "classic"}


def wait_for(check: Any, timeout: float = 5.0) -> None:
    """Deletes and flushes finish shortly after the call (on the real service too)."""
    import time

    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


# --- the documentation -------------------------------------------------------------------------------------------
#: The code blocks of the gretel-client documentation, in order, exactly as published (after its two ``pip install``
#: blocks). Blocks 7, 9 and 10 are the outputs the documentation shows.
DOCS: tuple[str, ...] = (
    """\
from gretel_client import get_cloud_client

client = get_cloud_client('api', 'your_api_key')
""",
    """\
project = client.get_project(name='my_existing_project')
""",
    """\
project = client.get_project(name='my_named_project', create=True)
""",
    """\
project = client.get_project(create=True)
""",
    """\
project.flush()
""",
    """\
project.delete()
""",
    """\
s, f = project.send({'foo': 'bar'})
""",
    """\
[{'idx': 0, 'gretel_id': '8afbd2c8f5b147c9bd30faffa3e5ad0a'}]
""",
    # The published block ends its first line with a space, kept (escaped here so that linters leave it alone).
    "data = [{'foo': 'bar'}, 1, 2, 3]\x20\ns, f = project.send(data)\n",
    """\
s
[{'idx': 0, 'gretel_id': '4c34d2fbc2974f81af2c07ac78eedcef'}]
""",
    """\
f
[{'idx': 1,
  'message': 'Individual records must be JSON objects',
  'sender_fault': True},
 {'idx': 2,
  'message': 'Individual records must be JSON objects',
  'sender_fault': True},
 {'idx': 3,
  'message': 'Individual records must be JSON objects',
  'sender_fault': True}]
""",
    """\
data = [{f'foo_{i}': 'bar'} for i in range(500)]
project.send_bulk(data)

# >> 500 records [00:00, 157184.23records/s]
""",
)


def shown_output(block: str) -> tuple[str | None, Any]:
    """An output block: the expression it shows (``s``, ``f``, or none) and the value shown."""
    first, _, rest = block.partition("\n")
    if first.isidentifier():
        return first, ast.literal_eval(rest)
    return None, ast.literal_eval(block)


def same_shape(shown: list[dict[str, Any]], actual: list[dict[str, Any]]) -> bool:
    """Equal, except that each ``gretel_id`` is a fresh 32-hex id rather than the one the documentation shows."""

    def masked(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: ("<id>" if k == "gretel_id" and re.fullmatch("[0-9a-f]{32}", v) else v) for k, v in i.items()}
                for i in items]  # fmt: skip

    return masked(shown) == masked(actual)


def test_the_documentation_is_kept_exactly_as_published() -> None:
    assert hashlib.sha256("".join(DOCS).encode()).hexdigest() == DOCS_SHA256
    assert all("dataports" not in block for block in DOCS)


def test_every_documentation_block_runs_as_written(classic: dict[str, Any], gretel: RunningEmulator) -> None:
    from dataports.gretel import BadRequest, Client, Project, Unauthorized

    key = {"'your_api_key'": repr(gretel.token)}
    ns = run(DOCS[0], classic, key)
    assert isinstance(ns["client"], Client)

    # "This will raise a BadRequest error if the project does not exist or you are not a member": the API answers
    # 401 for both, which the classic client raises as Unauthorized (its own integration test expects that), and
    # so does dataports. Unauthorized is not a BadRequest, in the classic hierarchy as here.
    with pytest.raises(Unauthorized):
        run(DOCS[1], ns)
    assert not issubclass(Unauthorized, BadRequest)

    run(DOCS[2], ns)
    named = ns["project"]
    assert isinstance(named, Project) and named.name == "my_named_project"
    run(DOCS[3], ns)
    auto = ns["project"]
    assert auto.name and auto.name != named.name

    # Flushing and deleting, on the auto-named project the previous block left in ``project``.
    auto.send({"foo": "bar"})
    run(DOCS[4], ns)
    wait_for(lambda: auto.record_count == 0)
    run(DOCS[5], ns)
    wait_for(lambda: auto.name not in {p.name for p in ns["client"].search_projects()})

    # Sending records: ``project`` is the named one again (the deleted one is unusable, as the documentation says).
    run(DOCS[2], ns)
    run(DOCS[6], ns)
    expression, shown = shown_output(DOCS[7])
    assert expression is None and same_shape(shown, ns["s"]) and ns["f"] == []
    run(DOCS[8], ns)
    for block in DOCS[9:11]:
        expression, shown = shown_output(block)
        assert expression in ("s", "f") and same_shape(shown, ns[expression])
    assert ns["f"] == shown_output(DOCS[10])[1]  # the failure list has no ids: exactly as shown

    run(DOCS[11], ns)
    assert ns["project"].record_count == 2 + 500


# --- idioms beyond the documentation -----------------------------------------------------------------------------
CLIENT_IDIOMS = """\
import pandas as pd

from gretel_client.client import (
    get_cloud_client,
    Client,
    temporary_project,
)
from gretel_client.errors import NotFound, BadRequest

client = get_cloud_client("api-dev", API_KEY)

payload = {"email": "test@gretel.ai"}
detected_entities = client.detect_entities(payload)
assert len(detected_entities) == 1
labels = detected_entities[0]["metadata"]["fields"]["email"]["ner"]["labels"]
assert [label["label"] for label in labels] == ["email_address"]

samples = client.list_samples()
assert len(samples) > 0
assert all([type(s) == str for s in samples])
samples = client.list_samples(include_details=True)
assert all([type(s) == dict for s in samples])
assert set(samples[0]) == {"name", "description"}

sample = client.get_sample("safecast")
assert len(sample) > 0
sample = client.get_sample("safecast", as_df=True, params={"limit": 10})
assert isinstance(sample, pd.DataFrame)
assert len(sample) == 10

with pytest.raises(NotFound):
    client.get_sample("this_sample_not_found")

samples = client.get_sample("safecast", params={"limit": 150})
with temporary_project(client) as project:
    summary = project.send_bulk(samples)
    assert summary.records_sent == len(samples)
"""


def test_client_idioms(classic: dict[str, Any]) -> None:
    run(CLIENT_IDIOMS, classic)


PROJECT_FLOW = """\
import time
from functools import wraps

from gretel_client.client import get_cloud_client, Client, BadRequest, Unauthorized, temporary_project, NotFound
from gretel_client.projects import Project


def poll(func):
    @wraps(func)
    def handler(*args, **kwargs):
        count = 0
        while count < 50:
            result = func(*args, **kwargs)
            if result:
                return result
            else:
                time.sleep(0.1)
                count += 1
        raise RuntimeError("Timeout while polling API")

    return handler


@poll
def assert_check_for_records(project: Project, count=1):
    recs = project.sample()
    if len(recs) >= count:
        return True


@poll
def assert_check_record_count(project: Project, count):
    if project.record_count >= count:
        return True


@poll
def assert_check_field_count(project: Project, count):
    if project.field_count >= count:
        return True


@poll
def assert_flush(project: Project):
    if not project.field_count and not project.record_count:
        return True


@poll
def assert_head(project: Project):
    check = project.head()
    if len(check) >= 2:
        return True


@poll
def assert_field_entity(project: Project, field, entity):
    fields = project.get_field_details()
    df = project.get_field_entities(as_df=True)
    if len(fields) < 2:
        return
    found_ent = False
    for f in fields:
        if f["field"] == field:
            for ent in f["entities"]:
                if ent["label"] == entity:
                    found_ent = True
    if not found_ent:
        return
    df = df[df["entity_label"] == entity]
    if len(df) < 1:
        return
    return True


@poll
def assert_entity_count(project: Project, count: int):
    ents = project.entities
    if len(ents) == count:
        return True


client = get_cloud_client("api-dev", API_KEY)
project = client.get_project(create=True)

client.get_project(name=project.name)

assert not project.record_count
assert not project.field_count
assert not project.sample()

project.send_bulk({"foo": "bar"})
assert_check_for_records(project)

s, f = project.send({"foo2": "bar2"})
assert not f
assert len(s) == 1
assert_check_record_count(project, 2)

s, f = project.send([1, 2, 3])
assert not s
assert len(f) == 3

assert_check_field_count(project, count=2)
assert_check_record_count(project, count=2)

project.send({"foo": "user@domain.com"})
assert_field_entity(project, "foo", "email_address")

check = project.get_field_details(entity="email_address")
assert len(check) == 1

assert_entity_count(project, 1)
assert_head(project)

project.flush()
assert_flush(project)
project.delete()
"""


def test_the_classic_project_flow(classic: dict[str, Any]) -> None:
    run(PROJECT_FLOW, classic)


NAMED_PROJECTS = """\
import uuid

from gretel_client.client import get_cloud_client, BadRequest, Unauthorized, temporary_project

client = get_cloud_client("api-dev", API_KEY)

name = uuid.uuid4().hex
p = client.get_project(name=name, create=True)
assert p.name == name
assert p.description == ""
assert p.display_name == ""

assert len(client.search_projects(query=name)) == 1
p.delete()
wait_for(lambda: not client.search_projects(query=name))

p = client.get_project(name=name, create=True, desc="this is super cool", display_name="the project")
assert p.name == name
assert p.description == "this is super cool"
assert p.display_name == "the project"

p = client.get_project(name=name)
assert p.name == name
assert p.description == "this is super cool"
assert p.display_name == "the project"
assert p.get_console_url() == client.base_url.replace("api", "console") + name
p.delete()

with pytest.raises(BadRequest):
    # 640 characters in the classic test; the emulator's limit is 1024 (the real one is not documented).
    too_long = "".join([uuid.uuid4().hex for _ in range(40)])
    client.get_project(name=uuid.uuid4().hex, create=True, desc=too_long)

with temporary_project(client) as proj:
    proj.send([{"foo": "bar"}] * 3, detection_mode="all")
wait_for(lambda: not client.search_projects(query=proj.name))
with pytest.raises(Unauthorized):
    client.get_project(name=proj.name)

with temporary_project(client) as proj:
    success, failure = proj.send(
        [{"foo": "user@domain.com"}, {"foo": "test@domain.com"}],
        headers={"X-Text-Gretel": "true"},  # lets make sure extra heads dont kill session headers
    )
    records = list(proj.iter_records(entity_stream="email_address", wait_for=3, record_limit=2))
    entities = set([e for r in records for e in r["metadata"]["entities"]["fields_by_entity"].keys()])
    assert "email_address" in entities
"""


def test_named_projects_temporary_projects_and_entity_streams(classic: dict[str, Any]) -> None:
    classic["wait_for"] = wait_for
    run(NAMED_PROJECTS, classic)


BULK_IDIOMS = """\
import csv
import gzip
import json
import pandas as pd

from gretel_client import get_cloud_client, project_from_uri
from gretel_client.client import WriteSummary
from gretel_client.readers import CsvReader, JsonReader
from gretel_client.samplers import ConstantSampler

client = get_cloud_client("api", API_KEY)
project = client.get_project(name="bulk", create=True)

with open("records.jsonl", "w") as handle:
    for n in range(120):
        handle.write(json.dumps({"n": n, "email": f"user{n}@example.com"}) + "\\n")
with open("records.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["name", "city"])
    for n in range(75):
        writer.writerow([f"name {n}", "Paris"])
with gzip.open("records.jsonl.gz", "wt") as handle:
    for n in range(60):
        handle.write(json.dumps({"n": n}) + "\\n")

summary = project.send_bulk("records.jsonl", disable_progress=True, worker_threads=4)
assert isinstance(summary, WriteSummary) and summary and summary.records_sent == 120
with open("records.jsonl") as handle:
    assert project.send_bulk(handle, "none", disable_progress=True).records_sent == 120
assert project.send_bulk("records.csv", disable_progress=True).records_sent == 75
assert project.send_bulk("records.jsonl.gz", disable_progress=True).records_sent == 60
assert project.send_bulk(CsvReader("records.csv"), disable_progress=True).records_sent == 75
assert project.send_bulk(JsonReader("records.jsonl", mapper=lambda r: {"email": r["email"]})).records_sent == 120
assert project.send_bulk({"foo": "bar"}).records_sent == 1
sampled = project.send_bulk([{"n": n} for n in range(100)], sampler=ConstantSampler(record_limit=10))
assert sampled.records_sent == 10

summary = project.send_bulk([{"n": n} for n in range(60)], params={"detection_mode": "all"}, headers={"X-A": "b"})
if not summary:
    raise AssertionError(summary.api_errors)

df = pd.DataFrame([{f"foo_{i}": "bar"} for i in range(50)])
assert project.send_dataframe(df, "none", 25, disable_progress=True).records_sent == 25
assert project.send_dataframe(df, sample=0.1).records_sent == 5
assert project.send_dataframe(df).records_sent == 50
for bad in (0, 100, -1):
    with pytest.raises(ValueError):
        project.send_dataframe(df, sample=bad)
with pytest.raises(ValueError):
    project.send_dataframe([1, 2])

with pytest.raises(ValueError):
    project.send([{"n": n} for n in range(51)])

same = project_from_uri(f"gretel://{API_KEY}@api.gretel.cloud/bulk")
assert same.project_id == project.project_id
assert same.record_count == project.record_count == 120 * 3 + 75 * 2 + 60 + 1 + 10 + 60 + 25 + 5 + 50
"""


def test_bulk_writes_from_files_readers_samplers_and_dataframes(classic: dict[str, Any]) -> None:
    run(BULK_IDIOMS, classic)


STREAM_IDIOMS = """\
from gretel_client import get_cloud_client

client = get_cloud_client("api", API_KEY)
project = client.get_project(name="stream", create=True)
project.send([{"n": n, "nested": {"deep": n}} for n in range(30)])

records = list(project.iter_records(direction="backward"))
assert [r["record"]["n"] for r in records] == list(range(29, -1, -1))
assert records[0]["record"]["nested.deep"] == 29  # flattened, as the classic client asked for them
assert set(records[0]) == {"record", "metadata", "ingest_time"}

numbers = [n for n in project.iter_records(post_process=lambda r: r["record"]["n"], wait_for=0.5, record_limit=5)]
assert numbers == list(range(5))
nested = next(project.iter_records(direction="backward", params={"flatten": "no"}))
assert nested["record"]["nested"] == {"deep": 29}

assert list(project.head(3)["n"]) == [29, 28, 27]
raw = project.sample(2)
assert [r["data"]["n"] for r in raw] == [29, 28] and {"id", "data", "metadata", "ingest_time"} <= set(raw[0])

with pytest.raises(AttributeError):
    project.iter_records(direction="sideways")
"""


def test_record_stream_idioms(classic: dict[str, Any]) -> None:
    run(STREAM_IDIOMS, classic)


# --- idioms that need no server: the classic unit tests' objects ---------------------------------------------------
OFFLINE_IDIOMS = """\
import io
import json

import pandas as pd

from gretel_client.client import get_cloud_client, Client
from gretel_client.projects import Project, DEFAULT_DETECTION_MODE
from gretel_client.errors import ClientError, BadRequest, NotFound, Unauthorized, Forbidden
from gretel_client import project_from_uri
from gretel_client.readers import CsvReader, JsonReader, DataFrameReader, Reader, try_data_source
from gretel_client.samplers import FixedSample, ConstantSampler, get_default_sampler

client = get_cloud_client("api", "abcd123xyz")
assert client.host == "api.gretel.cloud" and client.base_url == "https://api.gretel.cloud/"
assert client.api_key == "abcd123xyz" and "abcd123xyz" not in repr(client)
client = Client(host="api.gretel.cloud", api_key="abcd123xyz")
assert client.session.headers is not None

p = Project(name="test-project", client=client, project_id="1234")
assert p.get_console_url() == "https://console.gretel.cloud/test-project"
assert DEFAULT_DETECTION_MODE == "fast"

error = BadRequest({"message": "Unauthorized", "context": {"field": ["bad"]}})
assert isinstance(error, ClientError) and str(error) == "Unauthorized" and error.context == {"field": ["bad"]}
assert error.as_str() == 'Unauthorized: {"field": ["bad"]}'
assert isinstance(NotFound({"message": "very bad", "context": {}}), BadRequest)
unauthorized = Unauthorized({"message": "Unauthorized"})
assert str(unauthorized) == unauthorized.message == "Unauthorized" and not isinstance(unauthorized, ClientError)
assert str(Forbidden("Rate limiting in place for API call.")) == "Rate limiting in place for API call."
assert not isinstance(Forbidden(), ClientError)

for uri, problem in [
    ("nope", "URI must start with"),
    ("gretel://api.gretel.cloud/my_project", "No API key"),
    ("gretel:/api.gretel.cloud/my_project", "API hostname"),
    ("gretel://token@api.gretel.cloud/", "No project"),
    ("gretel://token@api.gretel.cloud", "No project"),
]:
    with pytest.raises(ValueError) as err:
        project_from_uri(uri)
    assert problem in str(err)

def data_source(count):
    for n in range(count):
        yield n

sampler = FixedSample(count=10)
sampler.set_source(data_source(1000))
assert [r for r in sampler] == [0, 100, 200, 300, 400, 500, 600, 700, 800, 900] and sampler.rate == 100
sampler = FixedSample(percent=.1, min_records=5000, max_records=7000)
sampler.set_source(data_source(100000))
assert len([r for r in sampler]) == 7000 and sampler.rate == 14
sampler = ConstantSampler(sample_rate=10)
sampler.set_source(iter(range(1000)))
assert 25 < len(list(sampler)) < 300
assert isinstance(get_default_sampler(), ConstantSampler)

records = [{"a": "1", "b": "x"}, {"a": "2", "b": "y"}]
input_json = io.StringIO("".join(json.dumps(r) + "\\n" for r in records))
assert list(JsonReader(input_json)) == records
assert list(JsonReader(records)) == records and next(JsonReader({"foo": "bar"})) == {"foo": "bar"}
input_csv = io.StringIO("a,b\\n1,x\\n2,y\\n")
assert list(CsvReader(input_csv)) == records
assert len(list(JsonReader(io.StringIO()))) == 0 and len(list(CsvReader(io.StringIO()))) == 0
df = pd.DataFrame([{"foo": "bar"}, {"foo": "bar2"}, {"foo": "bar3"}])
assert [row for row in DataFrameReader(df)] == [{"foo": "bar"}, {"foo": "bar2"}, {"foo": "bar3"}]
assert isinstance(try_data_source(io.StringIO()), io.StringIO) and try_data_source(records) is records
with pytest.raises(FileNotFoundError):
    try_data_source("not_found.json")
assert isinstance(JsonReader(records), Reader) and JsonReader(records).name == "json"
"""


def test_offline_idioms(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATAPORTS_GRETEL_URL", "GRETEL_API_KEY", "GRETEL_URI"):
        monkeypatch.delenv(name, raising=False)
    run(OFFLINE_IDIOMS, {"pytest": pytest, "__name__": "classic"})


PROMPTS = """\
from gretel_client import get_cloud_client, project_from_uri

client = get_cloud_client("api", "prompt")
assert client.api_key == "key-from-env"
client = get_cloud_client("api", "prompt_always")
assert client.api_key == "typed-in"
"""


def test_api_key_prompts_follow_the_classic_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRETEL_API_KEY", "key-from-env")
    asked: list[str] = []
    monkeypatch.setattr("dataports.gretel.client.getpass", lambda prompt: asked.append(prompt) or "typed-in")
    run(PROMPTS, {"__name__": "classic"})
    assert len(asked) == 1, "'prompt' uses GRETEL_API_KEY when it is set; 'prompt_always' always asks"
    monkeypatch.delenv("GRETEL_API_KEY")
    run("from gretel_client import get_cloud_client\nassert get_cloud_client('api', 'prompt').api_key\n", {})
    assert len(asked) == 2
