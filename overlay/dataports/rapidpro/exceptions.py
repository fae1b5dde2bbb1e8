"""``temba_client.exceptions``, for code that imports the exceptions from there; they live in ``errors``
(with ``TembaInvalidArgument`` and ``TembaInvalidToken``, the classic classes for arguments refused locally)."""

from .errors import (
    TembaBadRequestError,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaInvalidArgument,
    TembaInvalidToken,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaSerializationException,
    TembaTokenError,
)

__all__ = [
    "TembaBadRequestError",
    "TembaConnectionError",
    "TembaException",
    "TembaHttpError",
    "TembaInvalidArgument",
    "TembaInvalidToken",
    "TembaNoSuchObjectError",
    "TembaRateExceededError",
    "TembaSerializationException",
    "TembaTokenError",
]
