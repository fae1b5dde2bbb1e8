"""Projects (dashboards): named collections of tables with an optional layout, created by ``dashboards/...`` or by
uploading a table named ``Namespace.Project.Table``; and sharing of any entity with groups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from dataports_emulators.core.clock import new_uuid
from dataports_emulators.core.errors import ServiceError

from .directory import Directory
from .wire import identifier, timestamp

ACCESS_RANK = {"View": 1, "Edit": 2}


@attrs.define
class Project:
    id: str
    name: str
    namespace: str
    table_ids: list[str] = attrs.field(factory=list)
    layout: dict[str, Any] | None = None
    created_on: str = attrs.field(factory=timestamp)
    shares: dict[str, str] = attrs.field(factory=dict)

    def identifiers(self) -> dict[str, Any]:
        return {"ID": self.id, "name": self.name, "namespace": self.namespace, "tables": list(self.table_ids)}


class Projects:
    def __init__(self) -> None:
        self.by_id: dict[str, Project] = {}

    def find(self, key: str) -> Project:
        wanted = identifier(key, "Dashboard")
        found = self.by_id.get(wanted)
        if found is None:
            lowered = wanted.lower()
            found = next(
                (p for p in self.by_id.values() if lowered in (p.name.lower(), f"{p.namespace}.{p.name}".lower())),
                None,
            )
        if found is None:
            raise ServiceError(404, f"Dashboard {key!r} not found")
        return found

    def ensure(self, namespace: str, name: str) -> Project:
        """The project ``namespace.name``, created when missing (uploads of ``Ns.Project.Table`` use this)."""
        key = f"{namespace}.{name}".lower()
        found = next((p for p in self.by_id.values() if f"{p.namespace}.{p.name}".lower() == key), None)
        if found is None:
            found = Project(new_uuid(), name, namespace)
            self.by_id[found.id] = found
        return found

    def create(self, name: str, namespace: str, table_ids: list[str], layout: Mapping[str, Any] | None) -> Project:
        project = Project(new_uuid(), name, namespace, table_ids, dict(layout) if layout else None)
        self.by_id[project.id] = project
        return project


def share(shares: dict[str, str], directory: Directory, groups: str, access: str) -> dict[str, Any]:
    """Grant ``access`` to each group named in ``groups`` (comma-separated names or IDs); the outcome per group."""
    names = [name.strip() for name in groups.split(",") if name.strip()]
    if not names:
        raise ServiceError(400, "groups: at least one group or user name is required")
    shared: list[str] = []
    already: list[str] = []
    failed: list[str] = []
    for name, group in directory.group_names(names):
        if group is None:
            failed.append(name)
        elif ACCESS_RANK.get(shares.get(group.id, ""), 0) >= ACCESS_RANK[access]:
            already.append(name)
        else:
            shares[group.id] = access
            shared.append(name)
    status = "failed" if not shared and not already else ("partial_success" if failed else "success")
    return {"status": status, "shared": shared, "alreadyShared": already, "failed": failed}
