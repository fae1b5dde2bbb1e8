"""A client library for accessing Voxel51 Platform API v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
