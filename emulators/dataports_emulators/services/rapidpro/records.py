"""The shapes RapidPro records share and the server's ways of refusing a request: a field error
(``{field: [message]}``), a query error (``{"detail": message}``) and an unknown identifier (404)."""

from __future__ import annotations

import re
from typing import Any

from dataports_emulators.core.clock import iso, new_uuid, now
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError

NON_FIELD = "non_field_errors"
#: How the server spells "yes" in boolean query parameters.
TRUE_VALUES = frozenset({"1", "true", "True", "yes"})


def invalid(field: str, message: str) -> ServiceError:
    """A request the real server rejects with 400 and ``{field: [message]}``."""
    return ServiceError(400, message, {field: [message]})


def bad_query(message: str) -> ServiceError:
    """A query parameter the real server rejects with 400 and a single ``{"detail": message}``."""
    return ServiceError(400, message)


def missing() -> ServiceError:
    """The object named by an identifying query parameter does not exist."""
    return ServiceError(404, "Not found.")


def ref(record: Record) -> Record:
    """The ``{"uuid", "name"}`` reference one record embeds of another."""
    return {"uuid": record["uuid"], "name": record["name"]}


def slug_key(name: str) -> str:
    """The key the server derives from a field's or global's name."""
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")[:36]


def normalize_urn(urn: str) -> str:
    """``tel:+250 788-123`` and ``TEL:+250788123`` are the same URN."""
    scheme, _, path = urn.partition(":")
    if scheme.lower() == "tel":
        path = re.sub(r"[^0-9+]", "", path)
    return f"{scheme.lower()}:{path}"


def attachment(value: Any) -> Record:
    """An attachment given as ``"<content type>:<url>"`` (or already as an object)."""
    if isinstance(value, dict):
        return value
    content_type, _, url = str(value).partition(":")
    return {"content_type": content_type, "url": url}


def flow_record(name: str, *, flow_uuid: str | None = None, flow_type: str = "message") -> Record:
    """A new flow with no runs, one result and no labels."""
    moment = iso(now())
    return {
        "uuid": flow_uuid or new_uuid(),
        "name": name,
        "type": flow_type,
        "archived": False,
        "labels": [],
        "expires": 10080,
        "runs": {"active": 0, "waiting": 0, "completed": 0, "interrupted": 0, "expired": 0, "failed": 0},
        "results": [{"key": "name", "name": "Name", "categories": ["All Responses"], "node_uuids": [new_uuid()]}],
        "parent_refs": [],
        "created_on": moment,
        "modified_on": moment,
    }
