"""Voxel51 Platform API v1, call-compatible with the classic ``voxel51-api-py`` client: change
``import voxel51.users.api as vapi`` to ``import dataports.voxel51 as vapi`` and the rest of the code stays the same.

The classic modules map one to one: ``dataports.voxel51.api`` (``API``, ``APIError``), ``.auth`` (tokens),
``.jobs`` (``JobRequest`` and the enums), ``.query`` (query builders), ``.utils``, ``.logging`` and ``.constants``;
the public names of the first four are also exported here.
``API`` itself is composed in ``client.py`` from one mixin per resource (``data``, ``analytics``, ``job_methods``,
``waiting``, ``batch``, ``status``) over ``base.APIBase``.
"""

from typing import TYPE_CHECKING

from dataports._core.lazy import lazy_exports

from .api import API, AnalyticImageType, AnalyticType, thread_map
from .auth import Token, activate_token, deactivate_token, get_active_token_path, load_token
from .errors import (
    AnalyticNotFoundError,
    APIArgumentError,
    APIError,
    JobExecutionError,
    JobWaitTimeout,
    RemoteDataPathError,
    TokenError,
)
from .jobs import JobComputeMode, JobFailureType, JobRequest, JobState, RemoteDataPath
from .query import AnalyticsQuery, BaseQuery, DataQuery, JobsQuery

if TYPE_CHECKING:
    from .async_client import AsyncAPI

#: The asyncio client, generated from the sync sources (``async_client``), imported on first use.
__getattr__ = lazy_exports(__name__, globals(), dict.fromkeys(("AsyncAPI",), "async_client"))

__all__ = [
    "API",
    "APIArgumentError",
    "APIError",
    "AnalyticImageType",
    "AnalyticNotFoundError",
    "AnalyticType",
    "AnalyticsQuery",
    "AsyncAPI",
    "BaseQuery",
    "DataQuery",
    "JobComputeMode",
    "JobExecutionError",
    "JobFailureType",
    "JobRequest",
    "JobState",
    "JobWaitTimeout",
    "JobsQuery",
    "RemoteDataPath",
    "RemoteDataPathError",
    "Token",
    "TokenError",
    "activate_token",
    "deactivate_token",
    "get_active_token_path",
    "load_token",
    "thread_map",
]

#: The modules named like the classic client's. Not used at run time: it is here so the docs tooling needs no
#: per-service table (tools/docs/check_docstrings.py reads it statically and checks their public names have
#: docstrings; tests/unit/test_docstrings.py checks docs/site/services/<service>.md renders each one).
CLASSIC_MODULES: tuple[str, ...] = ("api", "auth", "jobs", "query", "utils", "logging", "constants")
