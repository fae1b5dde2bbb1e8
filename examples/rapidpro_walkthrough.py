"""Every snippet of the rapidpro-python docs, run against the dataports RapidPro emulator.

Run it with a started emulator (``dataports-emulator``, then the printed ``export DATAPORTS_RAPIDPRO_URL=...``), or
let it start one in-process: ``python examples/rapidpro_walkthrough.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator

from dataports.rapidpro import (
    Contact,
    TembaBadRequestError,
    TembaClient,
    TembaNoSuchObjectError,
    TembaRateExceededError,
)


@contextlib.contextmanager
def emulator_url() -> Iterator[tuple[str, str]]:
    """The emulator named by DATAPORTS_RAPIDPRO_URL, or a private one started for this walkthrough."""
    url = os.environ.get("DATAPORTS_RAPIDPRO_URL")
    if url:
        yield url, os.environ.get("DATAPORTS_TOKEN", "dataports-demo")
        return
    from dataports_emulators.testing import run_emulator

    with run_emulator(services=["rapidpro"]) as running:
        yield running.service_url("rapidpro"), running.token


def walkthrough(host: str, token: str) -> None:
    # --- Creating a client: from a host, or from the complete URL of the API root ------------------------------
    client = TembaClient(host, token)
    client = TembaClient(host.rstrip("/") + "/api/v2", token)
    print("client:", client)

    # Something to fetch: a group of reporters, a contact field, and a few contacts (the group and the field are there
    # already on an emulator started with --demo-data, as `make demo` starts it).
    reporters = client.get_groups(name="Reporters").first() or client.create_group("Reporters")
    if client.get_fields(key="age").first() is None:
        client.create_field("Age", "number")
    ann = client.create_contact(name="Ann", urns=["tel:+250788000001"], fields={"age": 34}, groups=[reporters])
    for i in range(2, 6):
        client.create_contact(name=f"Reporter {i}", urns=[f"tel:+25078800000{i}"], groups=[reporters])
    client.create_message(ann, "Welcome to the reporters programme")

    # --- Fetching objects: .first() resolves a query to one object, or None --------------------------------------
    contact = client.get_contacts(uuid=ann.uuid).first()
    print("first contact:", contact.name if contact else None)
    message = client.get_messages(id=12345).first()  # API v2 keys messages by UUID now, so no integer id matches
    print("message 12345:", message)
    field = client.get_fields(key="age").first()
    print("field:", field.key if field else None, field.type if field else None)

    # --- .all() fetches every matching object --------------------------------------------------------------------
    contacts = client.get_contacts(group="Reporters").all()
    messages = client.get_messages(folder="Inbox").all()
    fields = client.get_fields().all()
    print(f"all: {len(contacts)} reporters, {len(messages)} inbox messages, {len(fields)} fields")

    # --- .iterfetches() makes one request per batch ----------------------------------------------------------------
    for contact_batch in client.get_contacts(group="Reporters").iterfetches():
        for contact in contact_batch:
            print("  batch contact:", contact.name, contact.urns)

    # --- Rate limiting: sleep and retry when the server says so --------------------------------------------------
    contacts = client.get_contacts(group="Reporters").all(retry_on_rate_exceed=True)
    print("with retry_on_rate_exceed:", len(contacts))
    try:
        client.get_org()
    except TembaRateExceededError as ex:  # only when over the limit; the emulator has none unless configured
        print("rate limited; retry after", ex.retry_after)

    # --- Error handling -------------------------------------------------------------------------------------------
    try:
        client.update_label("invalid-uuid", name="Test", parent=None)
    except TembaNoSuchObjectError as ex:
        # The docs file this under TembaBadRequestError, but the server answers an unknown UUID with 404.
        print("no such label:", ex)
    try:
        client.create_contact(urns=["tel:+250788000001"])  # already Ann's
    except TembaBadRequestError as ex:
        for field_name, field_errors in ex.errors.items():
            for field_error in field_errors:
                print(f"validation error on {field_name}: {field_error}")

    # --- Objects are the classic objects: dict fields, serialize(), create() for tests ------------------------------
    contact = client.get_contacts(uuid=ann.uuid).first()
    assert contact is not None
    print("age field:", contact.fields.get("age"), "| fields as JSON:", json.dumps(contact.fields))
    print("serialized:", json.dumps(contact.serialize())[:100], "...")
    stand_in = Contact.create(uuid=ann.uuid)  # how classic tests build objects: every other field is None
    print("updated through a stand-in:", client.update_contact(stand_in, name="Ann B.").name)

    # --- Mistakes are caught before sending, as the classic exception the server would answer with ---------------
    try:
        client.create_contact(name="Zed", language="en")  # ISO 639-3 codes have three letters
    except TembaBadRequestError as ex:
        print("refused before sending:", ex, ex.errors)

    # --- Beyond the docs: item iteration, DataFrames, resuming ------------------------------------------------------
    print("names:", [c.name for c in client.get_contacts(group="Reporters").iter()])
    try:
        frame = client.get_contacts().to_dataframe()
        print(frame[["name", "created_on"]].head())
    except ImportError:
        print("install dataports[pandas] for to_dataframe()")
    fetches = client.get_contacts().iterfetches()
    next(fetches)
    print("resume cursor after one page:", fetches.get_cursor())
    client.close()


def main() -> None:
    with emulator_url() as (host, token):
        walkthrough(host, token)


if __name__ == "__main__":
    main()
