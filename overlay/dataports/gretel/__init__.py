"""Gretel (classic API), call-compatible with the old ``gretel_client``: ``from dataports.gretel import
get_cloud_client`` instead of ``from gretel_client import get_cloud_client``. The classic modules are here too:
``dataports.gretel.client``, ``.projects``, ``.errors``, ``.readers``, ``.samplers``, ``.helpers``.

Beyond the classic client: ``send_bulk`` returns a ``WriteSummary`` that also accounts for every record, batches
carry an idempotency key reused across retries, and every call has timeouts and backoff on Gretel's 403 rate limit.
"""

from typing import TYPE_CHECKING

from dataports._core.bulk import BulkSummary
from dataports._core.lazy import lazy_exports

from .client import Client, get_cloud_client, project_from_uri, temporary_project
from .errors import (
    BadRequest,
    ClientError,
    Forbidden,
    GretelConnectionError,
    GretelException,
    GretelInvalidArgument,
    NotFound,
    Unauthorized,
)
from .helpers import get_synthetics_config
from .projects import Project
from .summary import BulkWriteSummary, WriteSummary

if TYPE_CHECKING:
    from .async_client import (
        AsyncClient,
        AsyncProject,
        async_project_from_uri,
        async_temporary_project,
        get_async_cloud_client,
    )

#: The asyncio client, generated from the sync sources (``async_client``), imported on first use.
__getattr__ = lazy_exports(
    __name__,
    globals(),
    dict.fromkeys(
        ("AsyncClient", "AsyncProject", "get_async_cloud_client", "async_project_from_uri", "async_temporary_project"),
        "async_client",
    ),
)

__all__ = [
    "AsyncClient",
    "AsyncProject",
    "BadRequest",
    "BulkSummary",
    "BulkWriteSummary",
    "Client",
    "ClientError",
    "Forbidden",
    "GretelConnectionError",
    "GretelException",
    "GretelInvalidArgument",
    "NotFound",
    "Project",
    "Unauthorized",
    "WriteSummary",
    "async_project_from_uri",
    "async_temporary_project",
    "get_async_cloud_client",
    "get_cloud_client",
    "get_synthetics_config",
    "project_from_uri",
    "temporary_project",
]

#: The modules named like the classic client's. Not used at run time: it is here so the docs tooling needs no
#: per-service table (tools/docs/check_docstrings.py reads it statically and checks their public names have
#: docstrings; tests/unit/test_docstrings.py checks docs/site/services/<service>.md renders each one).
CLASSIC_MODULES: tuple[str, ...] = ("client", "projects", "errors", "readers", "samplers", "helpers")
