"""Deterministic, rule-based entity detection: the labels Gretel's NER attaches to record fields."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_RULES: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("email_address", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b"), 0.8),
    ("ip_address", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"), 0.8),
    ("phone_number", re.compile(r"(?<![\w.])\+?\d{1,3}?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b"), 0.6),
    # Two or three capitalised words, the first a known given name: "Ann Smith", "Jose Luis Garcia".
    ("person_name", re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b"), 0.5),
)
_GIVEN_NAMES = frozenset(
    [
        "ann",
        "anna",
        "bob",
        "carlos",
        "david",
        "emma",
        "frank",
        "grace",
        "hector",
        "ines",
        "jose",
        "juan",
        "kate",
        "laura",
        "li",
        "maria",
        "mohammed",
        "nora",
        "olga",
        "pedro",
        "priya",
        "sam",
        "sara",
        "tom",
        "wei",
        "yuki",
        "john",
        "jane",
        "alice",
        "james",
        "mary",
    ]
)


def _person(match: str) -> bool:
    return match.split(" ", 1)[0].lower() in _GIVEN_NAMES


def detect(text: str) -> list[dict[str, Any]]:
    """Entity labels found in ``text``: start, end, score, text and label, in order of appearance."""
    found: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for label, pattern, score in _RULES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if label == "person_name" and not _person(match.group()):
                continue
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append({"start": start, "end": end, "score": score, "text": match.group(), "label": label})
    return sorted(found, key=lambda item: item["start"])


def flatten(record: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(dotted.field.name, value)`` for every leaf of a nested record."""
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            yield from flatten(value, f"{name}.")
        else:
            yield name, value


def metadata_for(gretel_id: str, record: dict[str, Any], received_at: str, detect_entities: bool) -> dict[str, Any]:
    """The metadata Gretel attaches to a record: per-field NER labels and an index of fields by entity."""
    fields: dict[str, Any] = {}
    by_entity: dict[str, list[str]] = {}
    for name, value in flatten(record):
        labels = detect(value) if detect_entities and isinstance(value, str) else []
        fields[name] = {"ner": {"labels": labels}}
        for label in {item["label"] for item in labels}:
            by_entity.setdefault(label, []).append(name)
    high = sorted({item["label"] for f in fields.values() for item in f["ner"]["labels"] if item["score"] >= 0.8})
    return {
        "gretel_id": gretel_id,
        "fields": fields,
        "entities": {"fields_by_entity": by_entity, "score_high": high},
        "received_at": received_at,
    }
