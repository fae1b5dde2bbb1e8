"""The ClicData package's shape: the classic module and class names import, the classic methods keep their
parameters (names, order, defaults), the modules import each other without cycles, and importing the package is
light (no pandas)."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import dataports.clicdata
import pytest

PACKAGE = Path(dataports.clicdata.__file__).parent

#: (dotted path, the classic wrapper's positional parameters with their defaults; ``...`` = no default).
CLASSIC_SIGNATURES = [
    (
        "session.Session",
        [
            ("auth_method", "client_credentials"),
            ("client_id", None),
            ("client_secret", None),
            ("username", None),
            ("password", None),
        ],
    ),
    (
        "session.Session.api_call",
        [("suffix", None), ("request_method", None), ("params", None), ("headers", None), ("body", None)],
    ),
    ("data.Data.retrieve_paginated_data", [("suffix", None)]),
    (
        "data.Data.get_data",
        [("rec_id", None), ("name", None), ("unique_key_available", None), ("refresh", None), ("output", "df")],
    ),
    ("data.Data.get_data_history", [("rec_id", None), ("ver_id", None), ("output", "df")]),
    ("data.Data.create_data", [("name", None), ("description", ""), ("cols", None)]),
    ("data.Data.append_data", [("rec_id", None), ("data", None)]),
    ("data.Data.create_and_append", [("name", None), ("description", ""), ("data", None)]),
    ("data.Data.rebuild_data", [("rec_id", None), ("method", "reload")]),
    ("data.Data.delete_data", [("rec_id", None), ("filters", None), ("multiple_rows", "all")]),
    ("account.Account.get_account", [("output", "df")]),
    ("account.Account.get_account_activity", [("entity", "users"), ("output", "df")]),
    ("dashboard.Dashboard.get_dashboard", [("thumbnail", False), ("name", None), ("output", "df")]),
    ("dashboard.Dashboard.get_dashboard_thumbnail", [("rec_id", None), ("output", "base64")]),
    ("dashboard.Dashboard.get_dashboard_snapshot", [("rec_id", None), ("output", "base64")]),
    ("schedule.Schedule.get_schedule", [("rec_id", None), ("output", "df")]),
    ("schedule.Schedule.trigger_schedule", [("rec_id", None)]),
]


def resolve(dotted: str) -> object:
    module, *names = dotted.split(".")
    found: object = __import__(f"dataports.clicdata.{module}", fromlist=["_"])
    for name in names:
        found = getattr(found, name)
    return found


@pytest.mark.parametrize(("dotted", "expected"), CLASSIC_SIGNATURES, ids=[d for d, _ in CLASSIC_SIGNATURES])
def test_classic_methods_keep_their_parameters(dotted: str, expected: list[tuple[str, object]]) -> None:
    parameters = [
        p
        for p in inspect.signature(resolve(dotted)).parameters.values()  # type: ignore[arg-type]
        if p.name != "self" and p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert [(p.name, p.default) for p in parameters] == expected


def test_classic_module_names_import() -> None:
    from dataports.clicdata.account import Account
    from dataports.clicdata.dashboard import Dashboard
    from dataports.clicdata.data import Data
    from dataports.clicdata.exceptions import ConnectionError, InvalidDataType, InvalidRecId, ObjectNotFound
    from dataports.clicdata.schedule import Schedule
    from dataports.clicdata.session import Session, SessionManager
    from dataports.clicdata.team import Team
    from dataports.clicdata.user import User

    assert dataports.clicdata.Data is Data and dataports.clicdata.Session is Session
    assert all(callable(c) for c in (Account, Dashboard, Schedule, SessionManager, Team, User))
    assert issubclass(InvalidRecId, ObjectNotFound) and issubclass(InvalidDataType, ValueError)
    assert issubclass(ConnectionError, dataports.APIConnectionError)
    classes = (Data, Account, Dashboard, Schedule, Team, User)
    assert all(issubclass(dataports.clicdata.ClicData, c) for c in classes)


def local_imports(path: Path) -> set[str]:
    """Modules of this package that ``path`` imports, anywhere in the file (TYPE_CHECKING blocks included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.update([node.module] if node.module else [alias.name for alias in node.names])
            elif node.level == 0 and (node.module or "").startswith("dataports.clicdata."):
                found.add((node.module or "").removeprefix("dataports.clicdata.").split(".")[0])
    return found


def test_no_import_cycles_and_only_the_package_imports_the_client() -> None:
    graph = {path.stem: local_imports(path) for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        assert module not in visiting, f"import cycle: {' -> '.join([*visiting, module])}"
        if module in done:
            return
        visiting.append(module)
        for imported in graph.get(module, ()):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in graph:
        visit(module)
    assert sorted(module for module, imported in graph.items() if "client" in imported) == []


def test_importing_the_package_is_light() -> None:
    probe = (
        "import sys, time; t = time.perf_counter(); import dataports.clicdata; "
        "print(time.perf_counter() - t, 'pandas' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["False", "False"], "importing dataports.clicdata must not import pandas or numpy"
    assert float(out[0]) < 1.0  # generous: the 150 ms target is measured by the benchmark, not on a busy CI core
