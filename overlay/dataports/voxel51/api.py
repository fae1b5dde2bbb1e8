"""The classic ``voxel51.users.api`` module: ``API``, ``thread_map`` and the analytic enums."""

from __future__ import annotations

from .analytics import AnalyticImageType, AnalyticType
from .client import API, thread_map

__all__ = ["API", "AnalyticImageType", "AnalyticType", "thread_map"]
