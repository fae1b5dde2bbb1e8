"""ClicData, call-compatible with the classic ``clicdata-python`` wrapper (``clicdata_api_wrapper``): change
``from clicdata_api_wrapper.session import SessionManager`` to ``from dataports.clicdata.session import
SessionManager`` (likewise ``.data``, ``.account``, ``.dashboard``, ``.schedule``, ``.exceptions``); ``.team`` and
``.user`` add the classes the classic README plans.

Beyond the classic wrapper: both auth methods work (its Basic mode raised), tokens renew themselves (before expiry
and once on a 401, thread-safely), every page of a data set is read, ``append_data`` sends large DataFrames in
chunks on a few threads and accounts for every row, failures raise ``ClicDataError`` subclasses (never printed and
swallowed), and no secret is ever printed or logged.
"""

from typing import TYPE_CHECKING

from dataports._core.lazy import lazy_exports

from .account import Account
from .appending import AppendSummary
from .base import CreatedId
from .client import ClicData
from .dashboard import Dashboard
from .data import Data
from .errors import (
    APIError,
    BadRequest,
    ClicDataConnectionError,
    ClicDataError,
    Forbidden,
    InvalidArgument,
    InvalidDataType,
    InvalidRecId,
    ObjectNotFound,
    SessionNotBound,
    TokenRefused,
    Unauthorized,
)
from .schedule import Schedule
from .session import Session, SessionManager
from .team import Team
from .user import User

if TYPE_CHECKING:
    from .async_client import (
        AsyncAccount,
        AsyncClicData,
        AsyncDashboard,
        AsyncData,
        AsyncSchedule,
        AsyncSession,
        AsyncSessionManager,
        AsyncTeam,
        AsyncUser,
    )

#: The asyncio clients, generated from the sync sources (``async_client``), imported on first use.
_ASYNC = (
    "AsyncAccount",
    "AsyncClicData",
    "AsyncDashboard",
    "AsyncData",
    "AsyncSchedule",
    "AsyncSession",
    "AsyncSessionManager",
    "AsyncTeam",
    "AsyncUser",
)
__getattr__ = lazy_exports(__name__, globals(), dict.fromkeys(_ASYNC, "async_client"))

__all__ = [
    "APIError",
    "Account",
    "AppendSummary",
    "AsyncAccount",
    "AsyncClicData",
    "AsyncDashboard",
    "AsyncData",
    "AsyncSchedule",
    "AsyncSession",
    "AsyncSessionManager",
    "AsyncTeam",
    "AsyncUser",
    "BadRequest",
    "ClicData",
    "ClicDataConnectionError",
    "ClicDataError",
    "CreatedId",
    "Dashboard",
    "Data",
    "Forbidden",
    "InvalidArgument",
    "InvalidDataType",
    "InvalidRecId",
    "ObjectNotFound",
    "Schedule",
    "Session",
    "SessionManager",
    "SessionNotBound",
    "Team",
    "TokenRefused",
    "Unauthorized",
    "User",
]

#: The modules named like the classic client's. Not used at run time: it is here so the docs tooling needs no
#: per-service table (tools/docs/check_docstrings.py reads it statically and checks their public names have
#: docstrings; tests/unit/test_docstrings.py checks docs/site/services/<service>.md renders each one).
CLASSIC_MODULES: tuple[str, ...] = ("session", "data", "account", "dashboard", "schedule", "team", "user", "exceptions")
