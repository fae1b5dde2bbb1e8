"""``temba_client.exceptions``, for code that imports the exceptions from there; they live in ``errors``."""

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

__all__ = [
    "TembaBadRequestError",
    "TembaConnectionError",
    "TembaException",
    "TembaHttpError",
    "TembaNoSuchObjectError",
    "TembaRateExceededError",
    "TembaSerializationException",
    "TembaTokenError",
]
