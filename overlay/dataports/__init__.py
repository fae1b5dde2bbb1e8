"""dataports: one typed, retrying, paginating SDK for Gretel, Voxel51, Datagrok, ClicData and RapidPro.

Import a service module (``dataports.rapidpro``, ...); each mirrors that platform's classic client. The exceptions
here are shared by every service: each service's classic exceptions also inherit the matching class, so
``except dataports.NotFoundError`` works whichever service raised it.
"""

from dataports._core.arguments import InvalidArgumentError
from dataports._core.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DataportsError,
    MissingDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    WaitTimeout,
)
from dataports._version import __version__

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataportsError",
    "InvalidArgumentError",
    "MissingDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "WaitTimeout",
    "__version__",
]
