"""Every snippet of the gretel-client docs, run against the dataports Gretel emulator.

Run it with a started emulator (``dataports-emulator``, then the printed ``export DATAPORTS_GRETEL_URL=...``), or let
it start one in-process: ``python examples/gretel_walkthrough.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from dataports.gretel import BadRequest, Unauthorized, get_cloud_client, temporary_project
from dataports.gretel.readers import CsvReader
from dataports.gretel.samplers import ConstantSampler


@contextlib.contextmanager
def emulator_key() -> Iterator[str]:
    """The API key for the emulator named by DATAPORTS_GRETEL_URL, or for a private one started here."""
    if os.environ.get("DATAPORTS_GRETEL_URL"):
        yield os.environ.get("DATAPORTS_TOKEN", "dataports-demo")
        return
    from dataports_emulators.testing import run_emulator

    with run_emulator(services=["gretel"]) as running:
        os.environ["DATAPORTS_GRETEL_URL"] = running.service_url("gretel")
        yield running.token


def walkthrough(api_key: str) -> None:
    # --- Getting started: a client (DATAPORTS_GRETEL_URL points it at the emulator) ------------------------------
    client = get_cloud_client("api", api_key)
    print("client:", client)

    # --- Projects ---------------------------------------------------------------------------------------------------
    try:
        project = client.get_project(name="my_existing_project")
    except (BadRequest, Unauthorized) as error:  # the service answers a project you cannot see with 401
        print("no such project:", error)
    project = client.get_project(name="my_named_project", create=True)
    print("named project:", project.name)
    auto = client.get_project(create=True)
    print("auto-named project:", auto.name)

    # --- Sending records ------------------------------------------------------------------------------------------
    s, f = project.send({"foo": "bar"})
    print("success:", s)
    data = [{"foo": "bar"}, 1, 2, 3]
    s, f = project.send(data)
    print("success:", s)
    print("failure:", f)

    # --- Bulk records: the classic WriteSummary, and every record accounted for ------------------------------------
    data = [{f"foo_{i}": "bar"} for i in range(500)]
    summary = project.send_bulk(data)
    print(repr(summary))  # a WriteSummary: success=True, api_errors=[], records_sent=500
    print(summary)  # 500 records: 500 sent, 0 rejected, 0 failed

    # Files and streams are read a line at a time (flat memory): JSON lines, CSV, compressed, or an open handle.
    with tempfile.TemporaryDirectory() as folder:
        lines, table = Path(folder, "people.jsonl"), Path(folder, "cities.csv")
        lines.write_text("".join(json.dumps({"n": n, "email": f"user{n}@example.com"}) + "\n" for n in range(120)))
        table.write_text("city,country\n" + "".join(f"city {n},France\n" for n in range(80)))
        print("from JSON lines:", project.send_bulk(str(lines), disable_progress=True).records_sent)
        print("from CSV:", project.send_bulk(CsvReader(table), worker_threads=4, disable_progress=True).records_sent)
        sampled = project.send_bulk(str(lines), sampler=ConstantSampler(record_limit=10), disable_progress=True)
        print("a sample of the file:", sampled.records_sent)

    # --- Reading back ------------------------------------------------------------------------------------------------
    project.send({"name": "Ann Smith", "email": "ann@example.com", "ip": "10.0.0.1"})
    latest = next(project.iter_records(direction="backward"))
    print("latest record:", latest["record"])
    print("entities in it:", latest["metadata"]["entities"]["fields_by_entity"])
    print("head:\n", project.head(3))
    print("fields with an email address:", [f["field"] for f in project.get_field_details(entity="email_address")])
    print("entities:", [(e["label"], e["count"]) for e in project.entities])
    print("field/entity pairs:", [(r["field"], r["entity_label"]) for r in project.get_field_entities()])
    print("records, fields:", project.record_count, project.field_count)
    print("raw latest record:", project.sample(1)[0]["data"])
    print("console:", project.get_console_url())
    print("detected:", client.detect_entities({"msg": "write to bob@example.com"})[0]["metadata"]["fields"])
    print("samples:", client.list_samples(include_details=True))
    try:
        project.send([{"n": n} for n in range(51)])
    except BadRequest as error:  # refused before any request, as the API would have refused it
        print("refused:", error.as_str())

    # --- Flushing and deleting projects ----------------------------------------------------------------------------
    project.flush()
    project.delete()
    auto.delete()
    with temporary_project(client) as scratch:
        print("temporary project:", scratch.name)
    client.close()


def main() -> None:
    with emulator_key() as api_key:
        walkthrough(api_key)


if __name__ == "__main__":
    main()
