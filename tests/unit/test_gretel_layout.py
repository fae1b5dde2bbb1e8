"""The Gretel package's shape: classic module names import, and the modules import each other without cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import dataports.gretel

PACKAGE = Path(dataports.gretel.__file__).parent


def local_imports(path: Path) -> set[str]:
    """Modules of this package that ``path`` imports, anywhere in the file (TYPE_CHECKING blocks included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.update([node.module] if node.module else [alias.name for alias in node.names])
            elif node.level == 0 and (node.module or "").startswith("dataports.gretel."):
                found.add(node.module.removeprefix("dataports.gretel.").split(".")[0])  # type: ignore[union-attr]
        elif isinstance(node, ast.Import):
            found.update(
                a.name.removeprefix("dataports.gretel.").split(".")[0]
                for a in node.names
                if a.name.startswith("dataports.gretel.")
            )
    return found


def import_graph() -> dict[str, set[str]]:
    return {path.stem: local_imports(path) for path in PACKAGE.glob("*.py") if path.stem != "__init__"}


def test_no_module_imports_another_that_imports_it_back() -> None:
    graph = import_graph()
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


def test_only_the_package_imports_the_client_module() -> None:
    importers = sorted(module for module, imported in import_graph().items() if "client" in imported)
    assert importers == ["async_client"]  # the generated asyncio twin derives from the sync classes, by design


def test_classic_module_names_import() -> None:
    from dataports.gretel.client import BadRequest as ClientModuleBadRequest
    from dataports.gretel.client import Client, WriteSummary, get_cloud_client, project_from_uri, temporary_project
    from dataports.gretel.errors import BadRequest, ClientError, Forbidden, GretelException, NotFound, Unauthorized
    from dataports.gretel.helpers import get_synthetics_config
    from dataports.gretel.projects import DEFAULT_DETECTION_MODE, Project
    from dataports.gretel.readers import CsvReader, DataFrameReader, JsonReader, Reader
    from dataports.gretel.samplers import ConstantSampler, FixedSample, Sampler

    assert dataports.gretel.Client is Client and dataports.gretel.Project is Project
    # The classic ``gretel_client.client`` namespace held the error classes too; classic code imports them there.
    assert ClientModuleBadRequest is BadRequest and issubclass(NotFound, ClientError)
    assert callable(get_cloud_client) and callable(temporary_project) and callable(project_from_uri)
    assert dataports.gretel.get_synthetics_config is get_synthetics_config and DEFAULT_DETECTION_MODE == "fast"
    assert all(issubclass(cls, Reader) for cls in (CsvReader, DataFrameReader, JsonReader))
    assert all(issubclass(cls, Sampler) for cls in (ConstantSampler, FixedSample))
    assert all(issubclass(cls, GretelException) for cls in (BadRequest, Forbidden, NotFound, Unauthorized))
    assert set(dataports.gretel.__all__) >= {
        "get_cloud_client",
        "Client",
        "Project",
        "temporary_project",
        "project_from_uri",
        "get_synthetics_config",
        "WriteSummary",
        "BulkSummary",
    }
    assert dataports.gretel.WriteSummary is WriteSummary
