"""RapidPro API v2, call-compatible with ``temba_client.v2``: change ``from temba_client.v2 import TembaClient``
to ``from dataports.rapidpro import TembaClient`` and the rest of the code stays the same.

The object types are here too, as ``temba_client.v2`` has them (``from dataports.rapidpro import Contact``); they
live in ``dataports.rapidpro.types`` and are imported on first use, so this import stays light. The exceptions
are also in ``dataports.rapidpro.exceptions``, as in ``temba_client.exceptions``.
"""

from typing import TYPE_CHECKING

from dataports._core.lazy import lazy_exports

from .base import CLIENT_NAME, CLIENT_VERSION
from .client import TembaClient
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
from .query import CursorIterator, CursorQuery

if TYPE_CHECKING:
    from .async_client import AsyncCursorIterator, AsyncCursorQuery, AsyncTembaClient
    from .types import (
        Archive,
        Boundary,
        Broadcast,
        Campaign,
        CampaignEvent,
        Channel,
        Classifier,
        Contact,
        Export,
        Field,
        Flow,
        FlowStart,
        Global,
        Group,
        Label,
        Message,
        Org,
        Resthook,
        ResthookEvent,
        ResthookSubscriber,
        Run,
    )

#: The object types ``temba_client.v2`` exports, served from ``types`` on first access.
_TYPES = frozenset(
    {
        "Archive",
        "Boundary",
        "Broadcast",
        "Campaign",
        "CampaignEvent",
        "Channel",
        "Classifier",
        "Contact",
        "Export",
        "Field",
        "Flow",
        "FlowStart",
        "Global",
        "Group",
        "Label",
        "Message",
        "Org",
        "Resthook",
        "ResthookEvent",
        "ResthookSubscriber",
        "Run",
    }
)


#: The asyncio client and its query types, generated from the sync sources (``async_client``).
_ASYNC = frozenset({"AsyncCursorIterator", "AsyncCursorQuery", "AsyncTembaClient"})

__getattr__ = lazy_exports(
    __name__, globals(), {**dict.fromkeys(_TYPES, "types"), **dict.fromkeys(_ASYNC, "async_client")}
)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _TYPES | _ASYNC)


__all__ = [
    "CLIENT_NAME",
    "CLIENT_VERSION",
    "Archive",
    "AsyncCursorIterator",
    "AsyncCursorQuery",
    "AsyncTembaClient",
    "Boundary",
    "Broadcast",
    "Campaign",
    "CampaignEvent",
    "Channel",
    "Classifier",
    "Contact",
    "CursorIterator",
    "CursorQuery",
    "Export",
    "Field",
    "Flow",
    "FlowStart",
    "Global",
    "Group",
    "Label",
    "Message",
    "Org",
    "Resthook",
    "ResthookEvent",
    "ResthookSubscriber",
    "Run",
    "TembaBadRequestError",
    "TembaClient",
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

#: The modules named like the classic client's. Not used at run time: it is here so the docs tooling needs no
#: per-service table (tools/docs/check_docstrings.py reads it statically and checks their public names have
#: docstrings; tests/unit/test_docstrings.py checks docs/site/services/<service>.md renders each one).
CLASSIC_MODULES: tuple[str, ...] = ("exceptions", "types", "serialization", "utils", "base")
