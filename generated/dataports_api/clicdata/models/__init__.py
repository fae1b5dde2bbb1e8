"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562) so that importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_activity import AccountActivity
    from .activity_entity import ActivityEntity
    from .api_error import ApiError
    from .cell import Cell
    from .column import Column
    from .column_type import ColumnType
    from .dashboard import Dashboard
    from .dashboard_list import DashboardList
    from .data_set import DataSet
    from .data_set_create import DataSetCreate
    from .data_set_list import DataSetList
    from .data_version import DataVersion
    from .data_version_list import DataVersionList
    from .error_detail import ErrorDetail
    from .grant_type import GrantType
    from .multiple_rows import MultipleRows
    from .refresh_method import RefreshMethod
    from .row import Row
    from .row_page import RowPage
    from .rows_append import RowsAppend
    from .rows_delete import RowsDelete
    from .rows_update import RowsUpdate
    from .schedule import Schedule
    from .schedule_list import ScheduleList
    from .team import Team
    from .team_create import TeamCreate
    from .team_list import TeamList
    from .team_member import TeamMember
    from .team_parameter import TeamParameter
    from .team_parameter_name import TeamParameterName
    from .team_update import TeamUpdate
    from .token_error import TokenError
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .user import User
    from .user_create import UserCreate
    from .user_list import UserList
    from .user_password import UserPassword
    from .user_update import UserUpdate

_MODULE_OF = {
    "Account": ".account",
    "AccountActivity": ".account_activity",
    "ActivityEntity": ".activity_entity",
    "ApiError": ".api_error",
    "Cell": ".cell",
    "Column": ".column",
    "ColumnType": ".column_type",
    "Dashboard": ".dashboard",
    "DashboardList": ".dashboard_list",
    "DataSet": ".data_set",
    "DataSetCreate": ".data_set_create",
    "DataSetList": ".data_set_list",
    "DataVersion": ".data_version",
    "DataVersionList": ".data_version_list",
    "ErrorDetail": ".error_detail",
    "GrantType": ".grant_type",
    "MultipleRows": ".multiple_rows",
    "RefreshMethod": ".refresh_method",
    "Row": ".row",
    "RowPage": ".row_page",
    "RowsAppend": ".rows_append",
    "RowsDelete": ".rows_delete",
    "RowsUpdate": ".rows_update",
    "Schedule": ".schedule",
    "ScheduleList": ".schedule_list",
    "Team": ".team",
    "TeamCreate": ".team_create",
    "TeamList": ".team_list",
    "TeamMember": ".team_member",
    "TeamParameter": ".team_parameter",
    "TeamParameterName": ".team_parameter_name",
    "TeamUpdate": ".team_update",
    "TokenError": ".token_error",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "User": ".user",
    "UserCreate": ".user_create",
    "UserList": ".user_list",
    "UserPassword": ".user_password",
    "UserUpdate": ".user_update",
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
    "Account",
    "AccountActivity",
    "ActivityEntity",
    "ApiError",
    "Cell",
    "Column",
    "ColumnType",
    "Dashboard",
    "DashboardList",
    "DataSet",
    "DataSetCreate",
    "DataSetList",
    "DataVersion",
    "DataVersionList",
    "ErrorDetail",
    "GrantType",
    "MultipleRows",
    "RefreshMethod",
    "Row",
    "RowPage",
    "RowsAppend",
    "RowsDelete",
    "RowsUpdate",
    "Schedule",
    "ScheduleList",
    "Team",
    "TeamCreate",
    "TeamList",
    "TeamMember",
    "TeamParameter",
    "TeamParameterName",
    "TeamUpdate",
    "TokenError",
    "TokenRequest",
    "TokenResponse",
    "User",
    "UserCreate",
    "UserList",
    "UserPassword",
    "UserUpdate",
)
