"""RapidPro API v2, call-compatible with ``temba_client.v2``: change ``from temba_client.v2 import TembaClient``
to ``from dataports.rapidpro import TembaClient`` and the rest of the code stays the same.

Object types live in ``dataports.rapidpro.types`` (imported on first use, so this import stays light); the
exceptions also in ``dataports.rapidpro.exceptions``, as in ``temba_client.exceptions``.
"""

from .client import TembaClient
from .errors import (
    TembaBadRequestError,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaSerializationException,
    TembaTokenError,
)
from .query import CursorIterator, CursorQuery

__all__ = [
    "CursorIterator",
    "CursorQuery",
    "TembaBadRequestError",
    "TembaClient",
    "TembaConnectionError",
    "TembaException",
    "TembaHttpError",
    "TembaNoSuchObjectError",
    "TembaRateExceededError",
    "TembaSerializationException",
    "TembaTokenError",
]
