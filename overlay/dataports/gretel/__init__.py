"""Gretel (classic API), call-compatible with the old ``gretel_client``: ``from dataports.gretel import
get_cloud_client`` instead of ``from gretel_client import get_cloud_client``.

Beyond the classic client: ``send_bulk`` returns a summary that accounts for every record, batches carry an
idempotency key reused across retries, and every call has timeouts and backoff on Gretel's 403 rate limit.
"""

from dataports._core.bulk import BulkSummary

from .client import Client, get_cloud_client, temporary_project
from .errors import BadRequest, Forbidden, GretelConnectionError, GretelException, NotFound, Unauthorized
from .projects import Project

__all__ = [
    "BadRequest",
    "BulkSummary",
    "Client",
    "Forbidden",
    "GretelConnectionError",
    "GretelException",
    "NotFound",
    "Project",
    "Unauthorized",
    "get_cloud_client",
    "temporary_project",
]
