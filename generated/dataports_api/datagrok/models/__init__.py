"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562) so that importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .connection import Connection
    from .connection_parameters import ConnectionParameters
    from .credentials import Credentials
    from .credentials_open_parameters import CredentialsOpenParameters
    from .credentials_parameters import CredentialsParameters
    from .dashboard import Dashboard
    from .dashboard_layout import DashboardLayout
    from .function_parameters import FunctionParameters
    from .group import Group
    from .group_membership_request import GroupMembershipRequest
    from .group_relation import GroupRelation
    from .share_access import ShareAccess
    from .share_response import ShareResponse
    from .sync_meta import SyncMeta
    from .table_identifiers import TableIdentifiers
    from .user import User

_MODULE_OF = {
    "ApiError": ".api_error",
    "Connection": ".connection",
    "ConnectionParameters": ".connection_parameters",
    "Credentials": ".credentials",
    "CredentialsOpenParameters": ".credentials_open_parameters",
    "CredentialsParameters": ".credentials_parameters",
    "Dashboard": ".dashboard",
    "DashboardLayout": ".dashboard_layout",
    "FunctionParameters": ".function_parameters",
    "Group": ".group",
    "GroupMembershipRequest": ".group_membership_request",
    "GroupRelation": ".group_relation",
    "ShareAccess": ".share_access",
    "ShareResponse": ".share_response",
    "SyncMeta": ".sync_meta",
    "TableIdentifiers": ".table_identifiers",
    "User": ".user",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "ApiError",
    "Connection",
    "ConnectionParameters",
    "Credentials",
    "CredentialsOpenParameters",
    "CredentialsParameters",
    "Dashboard",
    "DashboardLayout",
    "FunctionParameters",
    "Group",
    "GroupMembershipRequest",
    "GroupRelation",
    "ShareAccess",
    "ShareResponse",
    "SyncMeta",
    "TableIdentifiers",
    "User",
)
