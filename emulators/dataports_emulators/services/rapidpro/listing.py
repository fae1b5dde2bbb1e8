"""The filters of each RapidPro list endpoint, as predicates over stored records."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from typing import Any

from dataports_emulators.core.clock import parse_utc
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError

from .records import TRUE_VALUES, bad_query, normalize_urn
from .state import Workspace

Matcher = Callable[[Record], bool]


def _parse_time(name: str, value: str) -> datetime:
    try:
        return parse_utc(value)
    except ValueError:
        raise bad_query(f"Value for {name} must be an ISO 8601 datetime, got {value!r}") from None


def build_matcher(resource: str, params: Mapping[str, str], workspace: Workspace) -> Matcher | None:
    """One predicate combining every filter present in ``params`` (``None`` when there are none)."""
    tests: list[Matcher] = []
    get = params.get

    def equals(field: str, value: Any) -> None:
        tests.append(lambda r: str(r.get(field)) == str(value))

    def ref_is(field: str, value: str) -> None:
        tests.append(lambda r: r.get(field) is not None and value in (r[field].get("uuid"), r[field].get("name")))

    for uuid_param in ("uuid", "id"):
        if get(uuid_param) and resource not in ("resthook_subscribers", "channel_events"):
            equals("uuid", get(uuid_param))
    if resource in ("resthook_subscribers", "channel_events") and get("id"):
        equals("id", get("id"))
    if resource in ("fields", "globals") and get("key"):
        equals("key", get("key"))
    if resource in ("groups", "labels") and get("name"):
        wanted = get("name", "").lower()
        tests.append(lambda r: r["name"].lower() == wanted)
    if resource == "contacts":
        if get("urn"):
            urn = normalize_urn(get("urn", ""))
            tests.append(lambda r: urn in r["urns"])
        if get("group"):
            # An unknown group matches nobody, as on the real server (not an error).
            try:
                gid = workspace.find_group(get("group", ""), field="group")["uuid"]
            except ServiceError:
                gid = None
            tests.append(lambda r: any(g["uuid"] == gid for g in r["groups"]))
    if resource == "channels" and get("address"):
        equals("address", get("address"))
    if resource == "flows":
        if get("type"):
            equals("type", get("type"))
        if get("archived") is not None:
            archived = get("archived") in TRUE_VALUES
            tests.append(lambda r: r["archived"] == archived)
    if resource == "campaign_events" and get("campaign"):
        ref_is("campaign", get("campaign", ""))
    if resource == "runs":
        if get("flow"):
            ref_is("flow", get("flow", ""))
        if get("contact"):
            ref_is("contact", get("contact", ""))
        if get("responded") is not None:
            responded = get("responded") in TRUE_VALUES
            tests.append(lambda r: r["responded"] == responded)
    if resource == "channel_events" and get("contact"):
        ref_is("contact", get("contact", ""))
    if resource in ("resthook_events", "resthook_subscribers") and get("resthook"):
        equals("resthook", get("resthook"))
    if resource == "archives":
        kind = get("archive_type") or get("type")
        if kind:
            equals("type", kind)
        if get("period"):
            equals("period", get("period"))
    if resource == "messages":
        if get("contact"):
            ref_is("contact", get("contact", ""))
        if get("label"):
            label = get("label", "")
            tests.append(lambda r: any(label in (x["uuid"], x["name"]) for x in r["labels"]))
        tests.append(_folder(get("folder")))
    time_field = {"contacts": "modified_on", "runs": "modified_on", "deleted_contacts": "modified_on"}.get(
        resource, "start_date" if resource == "archives" else "created_on"
    )
    bounds: tuple[tuple[str, Callable[[datetime, datetime], bool]], ...] = (
        ("before", operator.le),
        ("after", operator.ge),
    )
    for name, keep in bounds:
        if get(name):
            bound = _parse_time(name, get(name, ""))
            tests.append(partial(_within, field=time_field, bound=bound, keep=keep))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda r: all(test(r) for test in tests)


def _within(record: Record, *, field: str, bound: datetime, keep: Callable[[datetime, datetime], bool]) -> bool:
    return _time_ok(record.get(field), bound, keep)


def _time_ok(value: str | None, bound: datetime, keep: Callable[[datetime, datetime], bool]) -> bool:
    if value is None:
        return False
    return keep(parse_utc(value), bound)


def _folder(folder: str | None) -> Matcher:
    if folder is None:
        return lambda r: r["visibility"] != "deleted"
    name = folder.lower()
    rules: dict[str, Matcher] = {
        "inbox": lambda r: r["direction"] == "in" and r["visibility"] == "visible" and r["flow"] is None,
        "flows": lambda r: r["direction"] == "in" and r["visibility"] == "visible" and r["flow"] is not None,
        "archived": lambda r: r["visibility"] == "archived",
        "outbox": lambda r: r["direction"] == "out" and r["status"] in ("initializing", "queued", "pending"),
        "sent": lambda r: r["direction"] == "out" and r["status"] in ("wired", "sent", "delivered", "read"),
        "failed": lambda r: r["direction"] == "out" and r["status"] in ("failed", "errored"),
        "incoming": lambda r: r["direction"] == "in" and r["visibility"] != "deleted",
    }
    if name not in rules:
        raise bad_query(f"Invalid folder: {folder}; choose one of {', '.join(rules)}")
    return rules[name]
