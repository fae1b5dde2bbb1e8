"""Dashboards and schedules. The API cannot create either, so every account starts with the same few, with integer
ids; dashboards carry base64 thumbnails and snapshots, and triggering a schedule runs it (a refresh schedule
refreshes its data set) and records the run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dataports_emulators.core.clock import iso, now
from dataports_emulators.core.errors import ServiceError

from . import images
from .wire import api_error

#: Runs a schedule's refresh: (data set id, method) -> message; raises ``ServiceError`` when it cannot.
Refresher = Callable[[int, str], str]
#: How many past runs a schedule lists.
KEPT_RUNS = 20


class Dashboard:
    def __init__(self, dashboard_id: int, name: str, description: str, owner: str) -> None:
        self.id = dashboard_id
        self.name = name
        self.description = description
        self.owner = owner
        self.created = self.modified = iso(now())
        self.views = 0
        self.last_viewed: str | None = None

    def thumbnail(self) -> str:
        return images.thumbnail(self.id)

    def snapshot(self) -> str:
        return images.snapshot(self.id)

    def viewed(self) -> None:
        self.views += 1
        self.last_viewed = iso(now())

    def as_json(self, with_thumbnail: bool) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "owner": self.owner,
            "created": self.created,
            "modified": self.modified,
        }
        if with_thumbnail:
            shown["thumbnail"] = self.thumbnail()
        return shown


class Schedule:
    """A refresh schedule (of one data set, with one method) or a publication schedule (it only records runs)."""

    def __init__(
        self, schedule_id: int, name: str, frequency: str, *, data_id: int | None = None, method: str | None = None
    ) -> None:
        self.id = schedule_id
        self.name = name
        self.frequency = frequency
        self.data_id = data_id
        self.method = method
        self.enabled = True
        self.runs: list[dict[str, Any]] = []
        self.run_count = 0

    def trigger(self, principal: str, refresher: Refresher) -> str:
        """Run now; the run is recorded whether it succeeds or fails (as the service's run log does)."""
        message = "Publication sent."
        status = "Success"
        if self.data_id is not None and self.method is not None:
            try:
                message = refresher(self.data_id, self.method)
            except ServiceError as failed:
                status, message = "Failed", failed.message
        self.run_count += 1
        self.runs.append({"at": iso(now()), "by": principal, "status": status, "message": message})
        del self.runs[:-KEPT_RUNS]
        return f"Schedule {self.id} triggered ({status.lower()}): {message}"

    def as_json(self) -> dict[str, Any]:
        last = self.runs[-1] if self.runs else None
        return {
            "id": self.id,
            "name": self.name,
            "type": "refresh" if self.data_id is not None else "publication",
            "data_id": self.data_id,
            "method": self.method,
            "frequency": self.frequency,
            "enabled": self.enabled,
            "run_count": self.run_count,
            "last_run": last["at"] if last else None,
            "last_status": last["status"] if last else None,
            "runs": list(self.runs),
        }


def find(items: dict[int, Any], item_id: int, what: str) -> Any:
    found = items.get(item_id)
    if found is None:
        raise api_error(404, f"No {what} with id {item_id}.")
    return found
