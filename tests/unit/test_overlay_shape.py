"""Every service package in the overlay has the same shape, discovered (a new service is checked with no edit here):
``__init__`` (the classic names), ``base`` (the ServiceClient subclass and its ServiceConfig), ``client`` (the entry
class), ``errors`` (an ErrorMapper), and modules that import each other without cycles."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import dataports
import pytest

OVERLAY = Path(dataports.__file__).parent
SERVICES = sorted(p.parent.name for p in OVERLAY.glob("*/__init__.py") if not p.parent.name.startswith("_"))
REQUIRED = ("__init__", "base", "client", "errors")


def local_imports(package: str, path: Path) -> set[str]:
    """Modules of ``package`` that ``path`` imports, anywhere in the file (TYPE_CHECKING blocks included)."""
    prefix = f"dataports.{package}."
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
            elif node.level == 0 and (node.module or "").startswith(prefix):
                found.add((node.module or "").removeprefix(prefix).split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix(prefix).split(".")[0] for a in node.names if a.name.startswith(prefix))
    return found


def test_the_five_services_are_here() -> None:
    assert {"rapidpro", "gretel", "voxel51", "datagrok"} <= set(SERVICES)


@pytest.mark.parametrize("service", SERVICES)
def test_service_has_the_shared_modules(service: str) -> None:
    present = {p.stem for p in (OVERLAY / service).glob("*.py")}
    assert set(REQUIRED) <= present, f"{service} lacks {sorted(set(REQUIRED) - present)}"
    assert (OVERLAY / "py.typed").exists()


@pytest.mark.parametrize("service", SERVICES)
def test_service_declares_its_configuration_on_a_service_client(service: str) -> None:
    from dataports.toolkit import RetryPolicy

    base = importlib.import_module(f"dataports.{service}.base")
    configured = [
        value
        for value in vars(base).values()
        if isinstance(value, type) and "service" in vars(value) and "api_client_class" in vars(value)
    ]
    assert configured, f"dataports.{service}.base declares no ServiceClient with a ServiceConfig"
    config = configured[0].service
    assert config.name == service
    assert isinstance(config.retry, RetryPolicy)
    assert config.env_var == f"DATAPORTS_{service.upper()}_URL"


@pytest.mark.parametrize("service", SERVICES)
def test_service_modules_import_each_other_without_cycles(service: str) -> None:
    graph = {p.stem: local_imports(service, p) for p in (OVERLAY / service).glob("*.py") if p.stem != "__init__"}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        assert module not in visiting, f"{service}: import cycle {' -> '.join([*visiting, module])}"
        if module in done:
            return
        visiting.append(module)
        for imported in graph.get(module, ()):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in graph:
        visit(module)


@pytest.mark.parametrize("service", SERVICES)
def test_no_service_reaches_into_private_parts_of_the_core(service: str) -> None:
    offending = []
    for path in (OVERLAY / service).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and node.attr in {"_http", "_pool", "_options", "_family", "_auth"}:
                offending.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert offending == []
