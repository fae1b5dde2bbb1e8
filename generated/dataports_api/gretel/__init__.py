"""A client library for accessing Gretel Cloud API (classic, as used by gretel-client 0.x)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
