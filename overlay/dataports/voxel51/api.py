"""The classic ``voxel51.users.api`` module: ``API``, ``APIError``, ``thread_map`` and the analytic enums."""

from __future__ import annotations

from .analytics import AnalyticImageType, AnalyticType
from .client import API, thread_map
from .errors import APIError

__all__ = ["API", "APIError", "AnalyticImageType", "AnalyticType", "thread_map"]
