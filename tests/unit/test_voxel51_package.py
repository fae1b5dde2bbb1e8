"""The shape of ``dataports.voxel51``: the classic module names import as the classic client's did, and the
package's modules import each other without a cycle (``client`` composes the resources; nothing imports it back)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import dataports.voxel51 as vapi
import pytest

PACKAGE = Path(vapi.__file__).parent


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("api", ["API", "APIError", "thread_map", "AnalyticType", "AnalyticImageType"]),
        ("auth", ["Token", "TokenError", "load_token", "activate_token", "deactivate_token", "get_active_token_path"]),
        ("jobs", ["JobRequest", "RemoteDataPath", "JobState", "JobComputeMode", "JobFailureType"]),
        ("jobs", ["JobExecutionError", "RemoteDataPathError"]),
        ("query", ["BaseQuery", "DataQuery", "AnalyticsQuery", "JobsQuery"]),
    ],
)
def test_classic_modules_export_the_classic_names(module: str, names: list[str]) -> None:
    mirror = importlib.import_module(f"dataports.voxel51.{module}")
    for name in names:
        assert getattr(mirror, name) is getattr(vapi, name), f"dataports.voxel51.{module}.{name}"
    assert set(vapi.__all__) >= set(names)


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("utils", ["Serializable", "read_json", "write_json", "to_human_bytes_str", "upload_files", "urljoin"]),
        ("logging", ["setup_logging"]),
        ("constants", ["VERSION_LONG", "VERSION", "NAME"]),
    ],
)
def test_the_classic_helper_modules_exist_under_their_classic_names(module: str, names: list[str]) -> None:
    mirror = importlib.import_module(f"dataports.voxel51.{module}")
    assert [name for name in names if not hasattr(mirror, name)] == []
    # ``dataports.voxel51.logging`` shadows nothing: the package's own ``import logging`` is the standard library.
    assert importlib.import_module("dataports.voxel51.auth").logging.__name__ == "logging"


def test_every_resource_method_is_on_api() -> None:
    # The classic ``voxel51.users.api.API`` surface, composed from the resource mixins.
    classic = {
        "list_data", "query_data", "upload_data", "post_data_as_url", "get_data_details", "download_data",
        "get_data_download_url", "update_data_ttl", "delete_data", "list_analytics", "query_analytics",
        "get_analytic_id", "get_analytic_details", "get_analytic_doc", "upload_analytic", "upload_analytic_image",
        "delete_analytic", "list_jobs", "query_jobs", "upload_job_request", "get_job_details", "get_job_request",
        "get_job_status", "start_job", "archive_job", "unarchive_job", "kill_job", "update_job_ttl",
        "is_job_expired", "download_job_output", "get_job_output_download_url", "download_job_logfile",
        "get_job_logfile_download_url", "delete_job", "is_job_complete", "wait_until_job_completes",
        "batch_get_analytic_details", "batch_get_data_details", "batch_update_data_ttl", "batch_delete_data",
        "batch_get_job_details", "batch_start_jobs", "batch_archive_jobs", "batch_unarchive_jobs",
        "batch_update_jobs_ttl", "batch_delete_jobs", "batch_kill_jobs", "get_platform_status", "thread_map",
        "from_json", "get_job_state", "close",
    }  # fmt: skip
    assert sorted(name for name in classic if not callable(getattr(vapi.API, name, None))) == []


def _package_imports(path: Path) -> set[str]:
    """Modules of this package that ``path`` imports, at module level, in functions or under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.update([node.module] if node.module else [alias.name for alias in node.names])
            elif node.module and node.module.startswith("dataports.voxel51"):
                rest = node.module.removeprefix("dataports.voxel51").lstrip(".")
                found.update([rest.split(".")[0]] if rest else [alias.name for alias in node.names])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("dataports.voxel51."):
                    found.add(alias.name.split(".")[2])
    return found


def test_the_package_has_no_import_cycles_and_nothing_imports_client_back() -> None:
    graph = {path.stem: _package_imports(path) for path in PACKAGE.glob("*.py")}
    importers_of_client = sorted(name for name, imports in graph.items() if "client" in imports)
    assert importers_of_client == ["api", "async_client"]  # the classic mirror, and the generated asyncio twin

    def visit(module: str, trail: tuple[str, ...]) -> None:
        assert module not in trail, f"import cycle: {' -> '.join((*trail, module))}"
        for imported in graph.get(module, ()):
            visit(imported, (*trail, module))

    for module in graph:
        if module != "__init__":
            visit(module, ())
