"""RapidPro: listing every contact as typed objects and as a DataFrame, against the best raw way to make the same
requests and against the official client, rapidpro-python 2.21.0, on the same contacts."""

from __future__ import annotations

import dataclasses
import importlib.metadata
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import (
    RAW_LISTINGS,
    Row,
    Settings,
    listing_ceiling_description,
    log,
    measure,
    next_link_pages,
    raw_listing_sides,
)

SERVICES = ("rapidpro",)

LIST_RATIO = 0.85
DATAFRAME_RATIO = 0.90
#: dataports' `all()` against rapidpro-python's on the same listing.
PEER_SPEEDUP = 3.0
PEER = "rapidpro-python"
#: The contact fields the spec types as date-times: the columns `to_dataframe()` converts, converted alike by its
#: ceiling (named here rather than taken from dataports, so the ceiling keeps doing the work if dataports stops).
CONTACT_DATETIME_COLUMNS = ("created_on", "modified_on", "last_seen_on")
SAME_REQUESTS = "the same requests (the first page, then each `next` link verbatim)"


def peer_version() -> str | None:
    """The installed rapidpro-python's version, or None when it is not installed (a base install)."""
    try:
        return importlib.metadata.version(PEER)
    except importlib.metadata.PackageNotFoundError:
        return None


def to_frame(records: list[Any]) -> Any:
    """What `to_dataframe()` does with the records, done raw: one frame, the date-time columns converted as UTC."""
    import pandas

    frame = pandas.DataFrame.from_records(records)
    for name in CONTACT_DATETIME_COLUMNS:
        frame[name] = pandas.to_datetime(frame[name], utc=True, format="ISO8601")
    return frame


def frame_difference(ours: Any, theirs: Any) -> str | None:
    """Why the two frames differ (None: equal, date-time columns included). The DataFrame ceiling must do the same
    work as `to_dataframe()`, so this is checked, untimed, before either is measured."""
    import pandas.testing

    try:
        pandas.testing.assert_frame_equal(ours, theirs)
    except AssertionError as error:
        return " ".join(str(error).split())[:200]
    return None


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    # pandas first, so that no side's first timed run pays for importing it.
    import pandas  # noqa: F401
    from dataports.rapidpro import TembaClient

    contacts = settings.size(full=100_000, quick=10_000)
    log(f"rapidpro: seeding {contacts:,} contacts")
    emulator.reset("rapidpro")
    emulator.seed("rapidpro", "contacts", contacts)
    base = emulator.service_url("rapidpro")
    first_url = f"{base}/api/v2/contacts.json"
    try:
        with (
            TembaClient(base, emulator.token) as client,
            httpx.Client(headers={"Authorization": f"Token {emulator.token}"}, timeout=60) as http,
        ):

            def pages() -> Iterator[list[Any]]:
                return next_link_pages(http, first_url)

            rows = listing_rows(client, base, emulator.token, pages, contacts, settings)
            return rows + frame_rows(client, pages, contacts, settings)
    finally:
        emulator.reset("rapidpro")


def listing_rows(
    client: Any, base: str, token: str, pages: Callable[[], Iterator[list[Any]]], contacts: int, settings: Settings
) -> list[Row]:
    """`all()` against the best raw listing and, in the same rounds, against rapidpro-python's `all()`."""
    sides = {
        "dataports": lambda: len(client.get_contacts().all()),
        EVERY_FIELD: lambda: read_every_field(client.get_contacts().all()),
        SOME_FIELDS: lambda: read_fields(client.get_contacts().all(), SOME_FIELD_NAMES),
        **raw_listing_sides(pages),
    }
    version = peer_version()
    peer = f"{PEER} {version}"
    if version:
        from temba_client.v2 import TembaClient as ClassicTembaClient  # type: ignore[import-untyped]

        classic = ClassicTembaClient(base, token)  # it builds `<host>/api/v2/<endpoint>.json` from a URL host
        sides[peer] = lambda: len(classic.get_contacts().all())
    samples = measure(sides, settings.repeats, "rapidpro all()")
    benchmark = f"rapidpro `get_contacts().all()`, {contacts:,} contacts"
    rows = [
        samples.against_best("dataports", list(RAW_LISTINGS)).row(
            benchmark, "rec/s", LIST_RATIO, description=listing_ceiling_description(SAME_REQUESTS)
        ),
        fields_read_row(samples, benchmark, EVERY_FIELD, "every field of every contact read"),
        fields_read_row(samples, benchmark, SOME_FIELDS, "name and URNs of every contact read"),
    ]
    if not version:
        log(f"rapidpro: {PEER} is not installed; no peer row")
        return rows
    rows.append(
        samples.comparison("dataports", peer).speedup_row(
            f"{benchmark}, against {PEER}",
            "rec/s",
            PEER_SPEEDUP,
            peer=peer,
            description=f"{peer} unchanged, `temba_client.v2.TembaClient(<emulator>/rapidpro, token)"
            ".get_contacts().all()` on the same contacts (requests, a new connection per page, its own objects "
            "and iso8601 dates; the GC left on, as it leaves it)",
        )
    )
    return rows


#: The side that lists and then reads every field of every object: what deferring the fields' parsing leaves to do.
EVERY_FIELD = "dataports, every field read"


#: The side that lists and then reads two plain fields of every object, as a loop printing names and URNs does.
SOME_FIELDS = "dataports, name and URNs read"
SOME_FIELD_NAMES = ("name", "urns")


def read_fields(objects: list[Any], names: tuple[str, ...]) -> int:
    """Read the named attributes of every object."""
    for item in objects:
        for name in names:
            getattr(item, name)
    return len(objects)


def read_every_field(objects: list[Any]) -> int:
    """Read every attribute of every object (datetimes parsed, nested objects built), as code that uses it all does."""
    if not objects:
        return 0
    import attrs

    return read_fields(objects, tuple(field.name for field in attrs.fields(type(objects[0]))))


def fields_read_row(samples: Any, benchmark: str, side: str, what: str) -> Row:
    """An information row: `all()` followed by reading fields, against the same best raw listing. Objects read each
    field on first access, so `all()` alone leaves that work to the caller; these rows show what it costs."""
    comparison = samples.against_best(side, list(RAW_LISTINGS))
    row = comparison.row(
        f"{benchmark}, then {what}",
        "rec/s",
        0.0,
        description=listing_ceiling_description(SAME_REQUESTS) + " (the raw records are not parsed further)",
    )
    return dataclasses.replace(row, target="info", passed=None)


def frame_rows(client: Any, pages: Callable[[], Iterator[list[Any]]], contacts: int, settings: Settings) -> list[Row]:
    """`to_dataframe()` against the best raw listing followed by the same DataFrame work."""
    benchmark = f"rapidpro `get_contacts().to_dataframe()`, {contacts:,} rows"
    difference = frame_difference(client.get_contacts().to_dataframe(), to_frame(RAW_LISTINGS["raw sequential"](pages)))
    if difference:
        return [Row(benchmark, f"differs from the ceiling's frame: {difference}", "—", None, "the same frame", False)]
    sides = {"dataports": lambda: len(client.get_contacts().to_dataframe()), **raw_listing_sides(pages, to_frame)}
    samples = measure(sides, settings.repeats, "rapidpro to_dataframe()")
    columns = ", ".join(CONTACT_DATETIME_COLUMNS)
    return [
        samples.against_best("dataports", list(RAW_LISTINGS)).row(
            benchmark,
            "rec/s",
            DATAFRAME_RATIO,
            description=listing_ceiling_description(SAME_REQUESTS)
            + "; then `pandas.DataFrame.from_records` and `pandas.to_datetime(utc=True, format='ISO8601')` on "
            f"{columns} (checked equal to `to_dataframe()`'s frame before timing)",
        )
    ]
