"""The classic module name: ``from datagrok_api.datagrok_client import DatagrokClient`` becomes
``from dataports.datagrok.datagrok_client import DatagrokClient``."""

from .client import DatagrokClient

__all__ = ["DatagrokClient"]
