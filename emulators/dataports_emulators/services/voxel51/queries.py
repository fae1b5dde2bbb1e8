"""The query language of ``GET /v1/data``, ``/v1/jobs`` and ``/v1/analytics``: fields, search, sort, offset, limit.

The classic client sends the options as a JSON body on the GET; generated clients send query parameters. Both are
read, the query string winning where both name an option.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from starlette.requests import Request

from dataports_emulators.core.bodies import InvalidJson, loads_bounded
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import bad_request

from .values import as_bool

DATA_FIELDS = ("id", "name", "size", "type", "upload_date", "expiration_date", "encoding")
ANALYTICS_FIELDS = (
    "id",
    "name",
    "version",
    "scope",
    "supports_cpu",
    "supports_gpu",
    "pending",
    "upload_date",
    "description",
)
JOBS_FIELDS = (
    "id",
    "name",
    "state",
    "archived",
    "upload_date",
    "expiration_date",
    "expired",
    "analytic_id",
    "compute_mode",
    "auto_start",
    "start_date",
    "completion_date",
    "fail_date",
    "failure_type",
)
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@attrs.frozen
class Term:
    """One search term: needles (any may match) in one field or in every field."""

    #: ``None`` searches every supported field.
    field: str | None
    needles: tuple[str, ...]


@attrs.frozen
class Query:
    """A parsed query: fields to return, search terms, sort order and the page."""

    fields: tuple[str, ...]
    terms: tuple[Term, ...]
    sort: tuple[tuple[str, bool], ...]
    offset: int
    limit: int | None
    all_versions: bool


async def read_options(request: Request) -> dict[str, Any]:
    """Query options from the JSON body of the GET, overridden by any given in the query string."""
    options: dict[str, Any] = {}
    body = await request.body()
    if body.strip():
        try:
            decoded = loads_bounded(body)
        except InvalidJson as exc:
            reason = f": {exc}" if exc.too_deep else " is not valid JSON"
            raise bad_request(f"The query body{reason}") from None
        if not isinstance(decoded, dict):
            raise bad_request("The query body must be a JSON object")
        options.update(decoded)
    options.update(request.query_params.items())
    return options


def _unsupported(name: str, allowed: Sequence[str]) -> Exception:
    return bad_request(f"Unsupported field '{name}'; supported fields: {', '.join(allowed)}")


def _text_list(name: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [part.strip() for v in value for part in v.split(",") if part.strip()]
    raise bad_request(f"{name}: must be a comma-separated string, got {value!r}")


def _integer(name: str, value: Any, minimum: int) -> int | None:
    if value is None or value == "":
        return None
    number: Any = value
    if isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            number = None
    if isinstance(number, bool) or not isinstance(number, int):
        raise bad_request(f"{name}: must be an integer, got {value!r}")
    if number < minimum:
        raise bad_request(f"{name}: must be at least {minimum}, got {number}")
    return number


def parse_query(options: Mapping[str, Any], allowed: Sequence[str]) -> Query:
    """Query options as the platform reads them; a 400 for anything unsupported."""
    fields = _text_list("fields", options.get("fields"))
    for name in fields:
        if name not in allowed:
            raise _unsupported(name, allowed)
    terms: list[Term] = []
    for raw in _text_list("search", options.get("search")):
        field, sep, rest = raw.partition(":")
        if sep and _FIELD_NAME.fullmatch(field.strip()):
            if field.strip() not in allowed:
                raise _unsupported(field.strip(), allowed)
            terms.append(Term(field.strip(), tuple(rest.split("|"))))
        else:
            terms.append(Term(None, tuple(raw.split("|"))))
    sort: list[tuple[str, bool]] = []
    for raw in _text_list("sort", options.get("sort")):
        field, _, direction = raw.partition(":")
        field, direction = field.strip(), (direction.strip().lower() or "asc")
        if field not in allowed:
            raise _unsupported(field, allowed)
        if direction not in ("asc", "desc"):
            raise bad_request(f"sort: direction of '{field}' must be asc or desc, got {direction!r}")
        sort.append((field, direction == "desc"))
    return Query(
        fields=tuple(fields),
        terms=tuple(terms),
        sort=tuple(sort),
        offset=_integer("offset", options.get("offset"), 0) or 0,
        limit=_integer("limit", options.get("limit"), 1),
        all_versions=as_bool("all_versions", options.get("all_versions", False)),
    )


def _text(value: Any) -> str:
    # Booleans read as Python spells them, since the CLI searches `archived:False`; case is ignored when matching.
    return "" if value is None else str(value)


def _matches(record: Record, term: Term, allowed: Sequence[str]) -> bool:
    fields = (term.field,) if term.field is not None else tuple(allowed)
    texts = [_text(record.get(f)).lower() for f in fields]
    return any(needle.lower() in text for needle in term.needles for text in texts)


def _compare(sort: Sequence[tuple[str, bool]], a: Record, b: Record) -> int:
    for field, descending in sort:
        x, y = a.get(field), b.get(field)
        if x == y:
            continue
        # Missing values go last in either direction, as SQL's NULLS LAST.
        if x is None or y is None:
            return 1 if x is None else -1
        try:
            less = bool(x < y)
        except TypeError:
            less = str(x) < str(y)
        order = -1 if less else 1
        return -order if descending else order
    return 0


def run_query(records: Sequence[Record], query: Query, allowed: Sequence[str]) -> tuple[list[Record], int]:
    """The requested page (only the requested fields of each record) and the total number of matches."""
    found = [r for r in records if all(_matches(r, term, allowed) for term in query.terms)]
    if query.sort:
        found.sort(key=functools.cmp_to_key(functools.partial(_compare, query.sort)))
    total = len(found)
    end = None if query.limit is None else query.offset + query.limit
    page = found[query.offset : end]
    if query.fields:
        page = [{f: r.get(f) for f in query.fields} for r in page]
    return page, total
