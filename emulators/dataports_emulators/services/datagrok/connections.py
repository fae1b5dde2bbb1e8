"""Data connections, and the files of file connections: each file connection keeps its files on disk under its own
folder, each file with an ETag derived from its content (so it changes exactly when the content does)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from dataports_emulators.core.clock import new_uuid
from dataports_emulators.core.errors import ServiceError
from dataports_emulators.core.filestore import resolve_inside

from .wire import identifier, timestamp

#: Data sources whose connections hold files (the resource client's ``FileDataSourceType``).
FILE_SOURCES = frozenset(
    {"Files", "S3", "Azure Blob", "Dropbox", "GitHub", "GoogleCloud", "Amazon EFS", "SharePoint", "CoreWeave"}
)


def etag_of(sha256_hex: str) -> str:
    return sha256_hex[:24]


@attrs.define
class StoredFile:
    etag: str
    size: int


@attrs.define
class Connection:
    id: str
    name: str
    namespace: str
    data_source: str
    friendly_name: str | None = None
    description: str | None = None
    parameters: dict[str, Any] = attrs.field(factory=dict)
    credentials: dict[str, Any] = attrs.field(factory=dict)
    tags: list[str] = attrs.field(factory=list)
    created_on: str = attrs.field(factory=timestamp)
    updated_on: str = attrs.field(factory=timestamp)
    shares: dict[str, str] = attrs.field(factory=dict)
    #: Relative posix path -> file, for file connections.
    files: dict[str, StoredFile] = attrs.field(factory=dict)
    root: Path | None = None

    @property
    def rest_name(self) -> str:
        return f"{self.namespace.rstrip(':').replace(':', '.')}.{self.name}" if self.namespace else self.name

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "friendlyName": self.friendly_name or self.name,
            "description": self.description,
            "namespace": self.namespace,
            "dataSource": self.data_source,
            "parameters": dict(self.parameters),
            # Secrets are never sent back; the server says only whose they are.
            "credentials": {"id": None, "parameters": {}, "openParameters": {}, "entityBindId": self.id},
            "tags": list(self.tags),
            "createdOn": self.created_on,
            "updatedOn": self.updated_on,
        }

    # --- files ------------------------------------------------------------------------------------------------
    def folder(self) -> Path:
        if self.root is None:
            raise ServiceError(400, f"Connection {self.rest_name!r} is not a file connection")
        return self.root

    def file_path(self, relative: str) -> Path:
        """Where the file at ``relative`` lives; a 400 for a path that could leave the connection's folder."""
        if any(ch in relative for ch in '"\\') or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in relative):
            raise ServiceError(400, f"Invalid file path {relative!r}: unsupported characters")
        return resolve_inside(self.folder(), relative)

    def key_of(self, relative: str) -> str:
        return "/".join(part for part in relative.split("/") if part not in ("", "."))

    def put(self, relative: str, source: Path, sha256_hex: str, size: int) -> StoredFile:
        """Move the received file ``source`` to ``relative`` (replacing what was there)."""
        target = self.file_path(relative)
        key = self.key_of(relative)
        if target.is_dir() or any(prefix in self.files for prefix in _prefixes(key)):
            raise ServiceError(400, f"Cannot write {relative!r}: a folder or file is in the way")
        if any(existing.startswith(key + "/") for existing in self.files):
            raise ServiceError(400, f"Cannot write {relative!r}: it is a folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        stored = self.files[key] = StoredFile(etag_of(sha256_hex), size)
        return stored

    def put_bytes(self, relative: str, content: bytes) -> StoredFile:
        spool = self.folder().parent / f".seed-{new_uuid()}"
        spool.write_bytes(content)
        return self.put(relative, spool, hashlib.sha256(content).hexdigest(), len(content))

    def get(self, relative: str) -> tuple[Path, StoredFile]:
        path = self.file_path(relative)
        stored = self.files.get(self.key_of(relative))
        if stored is None or not path.is_file():
            raise ServiceError(404, f"File {relative!r} not found in {self.rest_name}")
        return path, stored

    def listing(self, folder: str, recursive: bool, ext: str | None) -> list[tuple[str, str, StoredFile]]:
        """``(path relative to folder, key, file)`` of the files under ``folder``, sorted by path."""
        prefix = self.key_of(folder)
        if prefix and ".." in prefix.split("/"):
            raise ServiceError(400, f"Invalid folder {folder!r}")
        suffix = "." + ext.strip().lstrip(".").lower() if ext and ext.strip() else None
        found = []
        for key, stored in self.files.items():
            if prefix and not key.startswith(prefix + "/"):
                continue
            relative = key[len(prefix) + 1 :] if prefix else key
            if not recursive and "/" in relative:
                continue
            if suffix and not relative.lower().endswith(suffix):
                continue
            found.append((relative, key, stored))
        return sorted(found)

    def drop_files(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
        self.files.clear()


def _prefixes(key: str) -> list[str]:
    parts = key.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


class Connections:
    """Every connection, by ID and by REST-form Grok name (``System.AppData``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.by_id: dict[str, Connection] = {}

    def find(self, key: str) -> Connection:
        wanted = identifier(key, "Connection")
        found = self.by_id.get(wanted)
        if found is None:
            lowered = wanted.lower()
            found = next((c for c in self.by_id.values() if c.rest_name.lower() == lowered), None)
        if found is None:
            named = [c for c in self.by_id.values() if c.name.lower() == wanted.lower()]
            found = named[0] if len(named) == 1 else None
        if found is None:
            raise ServiceError(404, f"Connection {key!r} not found")
        return found

    def add(self, connection: Connection) -> Connection:
        if connection.data_source in FILE_SOURCES and connection.root is None:
            connection.root = self.root / connection.id
            connection.root.mkdir(parents=True, exist_ok=True)
        self.by_id[connection.id] = connection
        return connection

    def save(self, body: Mapping[str, Any], save_credentials: bool, default_namespace: str) -> Connection:
        name = body.get("name")
        if not isinstance(name, str) or not name.strip() or ":" in name or "." in name:
            raise ServiceError(400, "Connection name is required and may not contain ':' or '.'")
        connection_id = body.get("id") or new_uuid()
        if not isinstance(connection_id, str) or ":" in connection_id:
            raise ServiceError(400, f"Invalid connection id {connection_id!r}")
        source = body.get("dataSource") or "Files"
        given = body.get("parameters")
        parameters: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
        namespace = body.get("namespace") or default_namespace
        existing = self.by_id.get(connection_id)
        if existing is None:
            clash = next(
                (c for c in self.by_id.values() if (c.namespace, c.name.lower()) == (namespace, name.lower())), None
            )
            if clash is not None:
                raise ServiceError(400, f"A connection named {namespace}{name} already exists")
            existing = self.add(Connection(connection_id, name, namespace, str(source)))
        elif existing.data_source != source and (existing.root is not None) != (source in FILE_SOURCES):
            raise ServiceError(400, "The data source of a connection cannot change between files and databases")
        existing.name = name
        existing.data_source = str(source)
        existing.friendly_name = body.get("friendlyName")
        existing.description = body.get("description")
        existing.parameters = dict(parameters)
        tags = body.get("tags")
        existing.tags = [str(t) for t in tags] if isinstance(tags, list) else []
        credentials = body.get("credentials")
        if save_credentials and isinstance(credentials, Mapping):
            secrets = credentials.get("parameters")
            existing.credentials = dict(secrets) if isinstance(secrets, Mapping) else {}
        existing.updated_on = timestamp()
        return existing

    def delete(self, connection: Connection) -> None:
        if connection.namespace == "System:":
            raise ServiceError(403, f"The system connection {connection.rest_name!r} cannot be deleted")
        self.by_id.pop(connection.id, None)
        with contextlib.suppress(OSError):
            connection.drop_files()

    def search(self, text: str | None, data_source: str | None, tags: str | None) -> list[Connection]:
        found = list(self.by_id.values())
        if data_source:
            found = [c for c in found if c.data_source.lower() == data_source.lower()]
        if tags:
            wanted = {t.strip() for t in tags.split(",") if t.strip()}
            found = [c for c in found if wanted <= set(c.tags)]
        if text and text.strip():
            key, sep, value = text.partition("=")
            if sep and key.strip() == "dataSource":
                found = [c for c in found if c.data_source.lower() == value.strip().strip("'\"").lower()]
            else:
                word = text.strip().lower()
                found = [c for c in found if word in f"{c.name} {c.friendly_name or ''} {c.description or ''}".lower()]
        return found


def test_result(connection: Mapping[str, Any]) -> str:
    """``ok`` when the emulator considers the data source reachable, else the reason."""
    source = str(connection.get("dataSource") or "Files")
    if source in FILE_SOURCES:
        return "ok"
    if source == "AWS":
        return "Connections of the AWS secrets manager cannot be tested"
    parameters = connection.get("parameters")
    server = parameters.get("server") if isinstance(parameters, Mapping) else None
    if not server:
        return f"Cannot connect to {source}: no server is configured"
    return "ok"
