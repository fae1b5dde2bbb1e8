"""The classic ``voxel51.users.logging``: basic logging to stdout for scripts."""

from __future__ import annotations

import logging


def setup_logging(level: int | str = logging.INFO, format: str = "%(message)s") -> None:
    """Basic logging to stdout at ``level``; does nothing if the root logger already has handlers, so applications
    keep their own configuration. (``format`` keeps the classic parameter name.)"""
    logging.basicConfig(level=level, format=format)


__all__ = ["setup_logging"]
