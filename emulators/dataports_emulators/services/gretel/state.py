"""Gretel projects and their records: ingest with per-record outcomes, the newest-first record stream, field schema
and entity counters computed from what was ingested, and idempotent batches."""

from __future__ import annotations

import re
import secrets
from collections import Counter
from typing import Any

from dataports_emulators.core.clock import iso, iso_naive_utc, new_uuid_hex, now
from dataports_emulators.core.errors import ServiceError

from .entities import flatten, metadata_for

MAX_RECORDS_PER_CALL = 50
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_ADJECTIVES = ("brave", "calm", "eager", "gentle", "lucky", "quiet", "swift", "wise")
_NOUNS = ("otter", "falcon", "maple", "harbor", "comet", "lynx", "cedar", "delta")


def unauthorized_project(name: str) -> ServiceError:
    """The real service answers an unknown project, or one the key is not a member of, with 401."""
    return ServiceError(401, f"Project {name!r} not found or you are not a member of it")


class Project:
    """One project: its records in ingest order, and counters of their fields and entities."""

    def __init__(self, project_id: str, name: str, owner: str, description: str, display_name: str) -> None:
        self.id = project_id
        self.name = name
        self.owner = owner
        self.description = description
        self.display_name = display_name
        self.created = iso(now())
        self.records: list[dict[str, Any]] = []
        self.position: dict[str, int] = {}
        self.idempotent: dict[str, dict[str, Any]] = {}
        self.field_counts: Counter[str] = Counter()
        self.field_types: dict[str, Counter[str]] = {}
        self.field_values: dict[str, set[str]] = {}
        self.field_entities: dict[str, Counter[str]] = {}
        self.entity_fields: dict[str, set[str]] = {}
        self.entity_counts: Counter[str] = Counter()
        self.entity_values: dict[str, set[str]] = {}

    def as_json(self) -> dict[str, Any]:
        """The project as the API lists it."""
        return {
            "_id": self.id,
            "name": self.name,
            "description": self.description,
            "display_name": self.display_name,
            "created": self.created,
        }

    def flush(self) -> None:
        """Forget every record and counter, keeping the project."""
        fresh = Project(self.id, self.name, self.owner, self.description, self.display_name)
        fresh.created = self.created
        self.__dict__.update(fresh.__dict__)

    # --- ingest ---------------------------------------------------------------------------------------------------
    def ingest(self, items: list[Any], detection_mode: str) -> dict[str, Any]:
        """Store the objects among ``items``; returns the per-record outcome (the rest fail, as senders' faults)."""
        success: list[dict[str, Any]] = []
        failure: list[dict[str, Any]] = []
        received = iso_naive_utc()
        for idx, item in enumerate(items):
            if not isinstance(item, dict):
                failure.append({"idx": idx, "message": "Individual records must be JSON objects", "sender_fault": True})
                continue
            gretel_id = new_uuid_hex()
            metadata = metadata_for(gretel_id, item, received, detect_entities=detection_mode != "none")
            self.position[gretel_id] = len(self.records)
            self.records.append({"id": gretel_id, "data": item, "metadata": metadata, "ingest_time": received})
            self._count(item, metadata)
            success.append({"idx": idx, "gretel_id": gretel_id})
        return {"success": success, "failure": failure}

    def _count(self, record: dict[str, Any], metadata: dict[str, Any]) -> None:
        for name, value in flatten(record):
            self.field_counts[name] += 1
            self.field_types.setdefault(name, Counter())[_type_name(value)] += 1
            values = self.field_values.setdefault(name, set())
            if len(values) < 10_000:  # an approximate cardinality, bounded like the real service's sketch
                values.add(repr(value))
            for label in metadata["fields"][name]["ner"]["labels"]:
                self.field_entities.setdefault(name, Counter())[label["label"]] += 1
                self.entity_counts[label["label"]] += 1
                self.entity_fields.setdefault(label["label"], set()).add(name)
                seen = self.entity_values.setdefault(label["label"], set())
                if len(seen) < 10_000:
                    seen.add(label["text"])

    # --- reading --------------------------------------------------------------------------------------------------
    def stream(self, *, count: int, oldest: str | None, newest: str | None, entity: str | None) -> list[dict[str, Any]]:
        """Newest first. ``oldest``/``newest`` are inclusive boundaries given as record ids."""
        records = self.records
        if entity:
            chosen = [r for r in records if entity in r["metadata"]["entities"]["fields_by_entity"]]
            index = {r["id"]: i for i, r in enumerate(chosen)}
        else:
            chosen, index = records, self.position
        if oldest is not None:
            start = self._locate(index, oldest, "oldest")
            window = chosen[start : start + count]
        elif newest is not None:
            end = self._locate(index, newest, "newest") + 1
            window = chosen[max(end - count, 0) : end]
        else:
            window = chosen[-count:]
        return window[::-1]

    @staticmethod
    def _locate(index: dict[str, int], record_id: str, param: str) -> int:
        if record_id not in index:
            raise ServiceError(
                400, f"Invalid {param} cursor: no record {record_id!r} in this project", {param: ["unknown"]}
            )
        return index[record_id]

    def field_schema(self, *, count: int, entity: str | None) -> list[dict[str, Any]]:
        """Per-field statistics, most frequent field first, optionally only fields with ``entity``."""
        total = len(self.records)
        fields = []
        for name, seen in self.field_counts.most_common():
            entities = self.field_entities.get(name, Counter())
            if entity and entity not in entities:
                continue
            fields.append(
                {
                    "field": name,
                    "count": seen,
                    "approx_cardinality": len(self.field_values.get(name, ())),
                    "pct_missing": round(100.0 * (total - seen) / total, 2) if total else 0.0,
                    "types": [{"type": t, "count": c} for t, c in self.field_types[name].most_common()],
                    "entities": [{"label": label, "count": c} for label, c in entities.most_common()],
                }
            )
        return fields[:count]

    def entities(self) -> list[dict[str, Any]]:
        """Per-entity statistics, most frequent first."""
        return [
            {
                "label": label,
                "count": seen,
                "approx_cardinality": len(self.entity_values.get(label, ())),
                "fields": sorted(self.entity_fields.get(label, ())),
            }
            for label, seen in self.entity_counts.most_common()
        ]


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if value is None:
        return "null"
    return "object"


class Workspace:
    """Every project, whoever owns it (each key sees only its own)."""

    def __init__(self) -> None:
        self.projects: dict[str, Project] = {}
        self._names_made = 0

    def create(self, owner: str, body: dict[str, Any]) -> Project:
        """A new project for ``owner`` (named after ``body["name"]``, or a generated name)."""
        name = body.get("name") or self._auto_name()
        if not NAME_PATTERN.match(name):
            raise ServiceError(400, "Invalid project name", {"name": ["letters, digits, '-' and '_' only"]})
        if self.by_name(name) is not None:
            raise ServiceError(400, "Project name is already taken", {"name": [f"{name!r} is not available"]})
        # 24 hex digits like the real ids (random, or reproducible under the demo's pinned clock).
        project = Project(
            new_uuid_hex()[:24], name, owner, body.get("description") or "", body.get("display_name") or ""
        )
        self.projects[project.id] = project
        return project

    def _auto_name(self) -> str:
        self._names_made += 1
        n = self._names_made
        return f"{_ADJECTIVES[n % len(_ADJECTIVES)]}-{_NOUNS[(n // 8) % len(_NOUNS)]}-{secrets.token_hex(3)}"

    def remove(self, project_id: str) -> None:
        """Delete a project (no change if it is gone already)."""
        self.projects.pop(project_id, None)

    def flush(self, project_id: str) -> None:
        """Forget a project's records (no change if it is gone)."""
        project = self.projects.get(project_id)
        if project is not None:
            project.flush()

    def by_name(self, name: str) -> Project | None:
        """The project named ``name``, whoever owns it."""
        return next((p for p in self.projects.values() if p.name == name), None)

    def find(self, owner: str, name_or_id: str) -> Project:
        """``owner``'s project by id or name; a 401 (as the real service answers) when there is none."""
        project = self.projects.get(name_or_id) or self.by_name(name_or_id)
        if project is None or project.owner != owner:
            raise unauthorized_project(name_or_id)
        return project

    def visible(self, owner: str, query: str | None, limit: int) -> list[Project]:
        """``owner``'s projects whose name contains ``query``, at most ``limit``."""
        found = [p for p in self.projects.values() if p.owner == owner]
        if query:
            found = [p for p in found if query.lower() in p.name.lower()]
        return found[:limit]
