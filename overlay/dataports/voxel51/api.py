"""``API``: the classic ``voxel51.users.api.API`` over dataports' transport and generated client.

``import dataports.voxel51 as vapi`` (or ``from dataports.voxel51.api import API``) replaces
``import voxel51.users.api as vapi``. Beyond the classic client: timeouts, retries of failed reads with backoff,
streamed uploads, atomic downloads, progress bars, ``wait_until_jobs_complete`` for many jobs at once, and
``DATAPORTS_VOXEL51_URL`` to point every client at an emulator.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ._analytics import AnalyticImageType, AnalyticsMethods, AnalyticType
from ._batch import BatchMethods
from ._data import DataMethods
from ._waiting import WaitingMethods

T = TypeVar("T")
R = TypeVar("R")


def thread_map(callback: Callable[[T], R], iterable: Iterable[T], max_workers: int | None = None) -> list[R]:
    """``callback`` applied to every item on a pool of ``max_workers`` threads; results in input order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers) as executor:
        return list(executor.map(callback, iterable))


class API(DataMethods, AnalyticsMethods, WaitingMethods, BatchMethods):
    """Voxel51 Platform API client; ``API()`` finds its token as the classic one does (``dataports.voxel51.auth``).

    ``token`` may be a ``Token`` or a token file path. Keyword-only extras: ``base_url`` (wins over the token's
    and ``DATAPORTS_VOXEL51_URL``), ``timeout``, ``max_retries``, ``transport``. Thread-safe: share one instance.
    """

    @staticmethod
    def thread_map(callback: Callable[[T], R], iterable: Iterable[T], max_workers: int | None = None) -> list[R]:
        return thread_map(callback, iterable, max_workers)

    def get_platform_status(self) -> dict[str, Any]:
        """``{service: {"operational": bool, "message": str}}`` for the platform's services."""
        from dataports_api.voxel51.api.status import get_platform_status

        return dict(self._json(get_platform_status.sync_detailed(client=self.api))["statuses"])


__all__ = ["API", "AnalyticImageType", "AnalyticType", "thread_map"]
