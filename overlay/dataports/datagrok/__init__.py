"""Datagrok public REST API, call-compatible with both official Python clients: change
``from datagrok_api import DatagrokClient`` (the classic flat client or the resource client of ``datagrok-api``
0.1.0) to ``from dataports.datagrok import DatagrokClient`` and the rest of the code stays the same.

Beyond the classic clients: timeouts and retries, errors that never quote the key (also for errors the server
reports with a 2xx and an ``api-error`` header), tables streamed both ways as CSV (pyarrow when installed),
``sync_dir`` that streams, writes atomically, refuses paths outside the folder, resumes after an interruption and
returns what it did, and ``DATAPORTS_DATAGROK_URL`` to point every client at an emulator.
"""

from typing import TYPE_CHECKING

from dataports._core.lazy import lazy_exports

from .client import DatagrokClient
from .errors import (
    DatagrokApiError,
    DatagrokArgumentError,
    DatagrokConnectionError,
    DatagrokError,
    ShareFailedError,
)
from .models import (
    Credentials,
    DatabaseDataSourceType,
    DataConnection,
    DataSourceType,
    FileDataSourceType,
    Group,
    GroupMembershipRequest,
    GroupRelation,
    Model,
    NamedModel,
    ShareResponse,
    User,
    UserStatus,
)
from .resources import (
    ConnectionsClient,
    FilesClient,
    FunctionsClient,
    GroupsClient,
    SharesClient,
    TablesClient,
    UsersClient,
)
from .sync import SyncSummary

if TYPE_CHECKING:
    from .async_client import (
        AsyncConnectionsClient,
        AsyncDatagrokClient,
        AsyncFilesClient,
        AsyncFunctionsClient,
        AsyncGroupsClient,
        AsyncSharesClient,
        AsyncTablesClient,
        AsyncUsersClient,
    )

#: The asyncio clients, generated from the sync sources (``async_client``), imported on first use.
_ASYNC = (
    "AsyncConnectionsClient",
    "AsyncDatagrokClient",
    "AsyncFilesClient",
    "AsyncFunctionsClient",
    "AsyncGroupsClient",
    "AsyncSharesClient",
    "AsyncTablesClient",
    "AsyncUsersClient",
)
__getattr__ = lazy_exports(__name__, globals(), dict.fromkeys(_ASYNC, "async_client"))

__all__ = [
    "AsyncConnectionsClient",
    "AsyncDatagrokClient",
    "AsyncFilesClient",
    "AsyncFunctionsClient",
    "AsyncGroupsClient",
    "AsyncSharesClient",
    "AsyncTablesClient",
    "AsyncUsersClient",
    "ConnectionsClient",
    "Credentials",
    "DataConnection",
    "DataSourceType",
    "DatabaseDataSourceType",
    "DatagrokApiError",
    "DatagrokArgumentError",
    "DatagrokClient",
    "DatagrokConnectionError",
    "DatagrokError",
    "FileDataSourceType",
    "FilesClient",
    "FunctionsClient",
    "Group",
    "GroupMembershipRequest",
    "GroupRelation",
    "GroupsClient",
    "Model",
    "NamedModel",
    "ShareFailedError",
    "ShareResponse",
    "SharesClient",
    "SyncSummary",
    "TablesClient",
    "User",
    "UserStatus",
    "UsersClient",
]

#: The modules named like the classic client's. Not used at run time: it is here so the docs tooling needs no
#: per-service table (tools/docs/check_docstrings.py reads it statically and checks their public names have
#: docstrings; tests/unit/test_docstrings.py checks docs/site/services/<service>.md renders each one).
CLASSIC_MODULES: tuple[str, ...] = ("models", "group", "model", "datagrok_client")
