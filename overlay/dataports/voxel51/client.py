"""``API``: the classic ``voxel51.users.api.API`` over dataports' transport and generated client.

``import dataports.voxel51 as vapi`` (or ``from dataports.voxel51.api import API``) replaces
``import voxel51.users.api as vapi``. Beyond the classic client: timeouts, retries of failed reads with backoff,
streamed uploads, atomic downloads, progress bars, ``wait_until_jobs_complete`` for many jobs at once, and
``DATAPORTS_VOXEL51_URL`` to point every client at an emulator.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterable
from typing import TypeVar

from .analytics import AnalyticsMethods
from .batch import BatchMethods
from .data import DataMethods
from .job_methods import JobMethods
from .status import StatusMethods
from .waiting import WaitingMethods

T = TypeVar("T")
R = TypeVar("R")


def thread_map(callback: Callable[[T], R], iterable: Iterable[T], max_workers: int | None = None) -> list[R]:
    """``callback`` applied to every item on a pool of ``max_workers`` threads; results in input order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers) as executor:
        return list(executor.map(callback, iterable))


class API(DataMethods, AnalyticsMethods, JobMethods, WaitingMethods, BatchMethods, StatusMethods):
    """Voxel51 Platform API client; ``API()`` finds its token as the classic one does (``dataports.voxel51.auth``).

    ``token`` may be a ``Token`` or a token file path. Keyword-only extras: ``base_url`` (wins over the token's
    and ``DATAPORTS_VOXEL51_URL``), ``timeout``, ``max_retries``, ``transport``, ``async_transport``.
    ``api.base_url`` ends in ``/v1``, as the classic one does. Thread-safe: share one instance.
    """

    @staticmethod
    def thread_map(callback: Callable[[T], R], iterable: Iterable[T], max_workers: int | None = None) -> list[R]:
        """``callback`` applied to every item on a pool of ``max_workers`` threads, results in input order (the classic
        ``API.thread_map``)."""
        return thread_map(callback, iterable, max_workers)


__all__ = ["API", "thread_map"]
