"""Every service package has the same shape, and nothing in the emulators imports itself in a circle (imports
under ``TYPE_CHECKING`` count: they are cycles a reader has to untangle all the same)."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import dataports_emulators
import pytest
from dataports_emulators.core.app import available_services

PACKAGE = Path(dataports_emulators.__file__).parent
SERVICE_MODULES = ("__init__", "routes", "state", "seeding")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                found.add(submodule if submodule in modules else origin)
    return (found & modules) - {name}


def import_cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module in the import graph of ``dataports_emulators``."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _imports(path, set(paths)) for name, path in paths.items()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for target in graph[node]:
            if target not in order:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], order[target])
        if low[node] == order[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in graph:
        if node not in order:
            visit(node)
    return cycles


def test_no_import_cycles() -> None:
    assert import_cycles() == []


@pytest.mark.parametrize("name", sorted(available_services()))
def test_every_service_package_has_the_same_shape(name: str) -> None:
    folder = PACKAGE / "services" / name
    assert all((folder / f"{module}.py").is_file() for module in SERVICE_MODULES)
    routes = importlib.import_module(f"dataports_emulators.services.{name}.routes")
    assert list(inspect.signature(routes.build_routes).parameters) == ["service"]
    seeding = importlib.import_module(f"dataports_emulators.services.{name}.seeding")
    assert tuple(available_services()[name].seed_kinds) == tuple(seeding.KINDS)


def test_services_define_no_error_classes_or_guards_of_their_own() -> None:
    for path in (PACKAGE / "services").rglob("*.py"):
        tree = ast.parse(path.read_text())
        exceptions = [
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(isinstance(base, ast.Name) and base.id in ("Exception", "ValueError") for base in node.bases)
        ]
        guards = [node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == "guarded"]
        assert (exceptions, guards) == ([], []), path
