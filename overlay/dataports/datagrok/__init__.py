"""Datagrok public REST API, call-compatible with both official Python clients: change
``from datagrok_api import DatagrokClient`` (the classic flat client or the resource client of ``datagrok-api``
0.1.0) to ``from dataports.datagrok import DatagrokClient`` and the rest of the code stays the same.

Beyond the classic clients: timeouts and retries, errors that never quote the key (also for errors the server
reports with a 2xx and an ``api-error`` header), tables streamed both ways as CSV (pyarrow when installed),
``sync_dir`` that streams, writes atomically, refuses paths outside the folder, resumes after an interruption and
returns what it did, and ``DATAPORTS_DATAGROK_URL`` to point every client at an emulator.
"""

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

__all__ = [
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
