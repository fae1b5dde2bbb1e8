"""The shape of ``dataports.datagrok``: every classic flat method and every resource-client method of
``datagrok-api`` 0.1.0 that the spec covers exists with the same parameter names in the same order, the classic
module names import, the package has no import cycle, and importing it stays light (no pandas)."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import dataports.datagrok as dg
import pytest

PACKAGE = Path(dg.__file__).parent

CLASSIC_FLAT = {
    "download_table": ["name"],
    "upload_table": ["name", "dataframe"],
    "download_file": ["connector", "path"],
    "upload_file": ["connector", "path", "file_path"],
    "sync_dir": ["connector", "remote_path", "dir", "ext", "recursive", "sync_meta_file"],
    "create_dashboard": ["name", "table_ids", "layout_filename"],
    "share_dashboard": ["id", "groups", "access"],
    "call_function": ["name", "invocation_parameters"],
    "list_groups": ["smart_filter", "include_personal", "include_members", "include_memberships"],
    "lookup_groups": ["query"],
    "get_group": ["group_id"],
    "get_group_members": ["group_id", "admin"],
    "get_group_memberships": ["group_id", "admin"],
    "request_group_membership": ["group_id"],
    "get_group_membership_requests": ["group_id"],
    "approve_membership_request": ["request_id"],
    "deny_membership_request": ["request_id"],
    "get_current_user_group": [],
    "save_group": ["group", "save_relations"],
}


def positional(function: object) -> list[str]:
    parameters = inspect.signature(function).parameters.values()  # type: ignore[arg-type]
    return [p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.POSITIONAL_ONLY) and p.name != "self"]


@pytest.mark.parametrize("method", sorted(CLASSIC_FLAT))
def test_every_classic_flat_method(method: str) -> None:
    assert positional(getattr(dg.DatagrokClient, method)) == CLASSIC_FLAT[method]


RESOURCES = {
    "tables": ("TablesClient", ["download", "upload", "create_dashboard"]),
    "files": ("FilesClient", ["download", "upload", "sync_dir"]),
    "functions": ("FunctionsClient", ["call"]),
    "groups": (
        "GroupsClient",
        ["find", "get", "save", "delete", "list", "add_member", "get_members", "get_memberships", "current"],
    ),
    "users": ("UsersClient", ["get", "current", "list", "block", "unblock"]),
    "connections": ("ConnectionsClient", ["get", "save", "delete", "list", "test"]),
    "shares": ("SharesClient", ["share"]),
}


@pytest.mark.parametrize("resource", sorted(RESOURCES))
def test_resource_clients_match_datagrok_api(resource: str) -> None:
    official = pytest.importorskip("datagrok_api.resources")
    name, methods = RESOURCES[resource]
    ours, theirs = getattr(dg, name), getattr(official, name)
    for method in methods:
        assert positional(getattr(ours, method)) == positional(getattr(theirs, method)), f"{name}.{method}"


def test_models_and_classic_modules() -> None:
    from dataports.datagrok.datagrok_client import DatagrokClient
    from dataports.datagrok.group import Group, GroupMembershipRequest, GroupRelation
    from dataports.datagrok.model import Model

    assert DatagrokClient is dg.DatagrokClient and Group is dg.Group
    assert issubclass(Group, Model) and GroupRelation and GroupMembershipRequest
    assert dg.FileDataSourceType.S3.value == "S3" and dg.DataSourceType.is_file_data_source("Files")
    created = Group(name="New", description="made locally")
    assert created.id is None and created.ensure_id() == created.id and created.to_dict()["name"] == "New"


def test_no_import_cycle_and_only_init_and_mirrors_import_the_client() -> None:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.glob("*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                imported.add(node.module)
        graph[path.stem] = imported
    assert {name for name, deps in graph.items() if "client" in deps} <= {"__init__", "datagrok_client"}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for dep in graph.get(start, ()):
            if dep == target or (dep not in seen and reaches(dep, target, seen | {dep})):
                return True
        return False

    assert [name for name in graph if reaches(name, name, set())] == []


def test_import_is_light() -> None:
    probe = "import sys, dataports.datagrok; print('pandas' in sys.modules, 'pyarrow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
