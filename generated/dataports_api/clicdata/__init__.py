"""A client library for accessing ClicData API (legacy, un-versioned, as used by clicdata-python)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
