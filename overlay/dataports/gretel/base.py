"""What every Gretel resource builds on: the configured client base (``GretelBase``) the client's resource mixins
inherit, and the project handle (``ProjectBase``) the project's resource mixins inherit.

Resource modules import this module and never ``client.py``, which composes them: no import cycles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from dataports_api.gretel.client import Client as GeneratedClient

from dataports._core.auth import HeaderAuth, credential
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig

from .errors import GretelErrors

#: The API's limit on records in one send or detect call.
MAX_RECORDS_PER_CALL = 50
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: Response header by which a server says it honours ``Idempotency-Key`` (the dataports emulator does).
IDEMPOTENCY_CAPABILITY = "x-dataports-idempotency"


class GretelBase(ServiceClient[GeneratedClient]):
    """The Gretel service configuration and connection; resource mixins add the classic methods."""

    service = ServiceConfig(
        name="gretel",
        public_url="https://api.gretel.cloud",
        errors=GretelErrors(),
        # Gretel signals rate limiting with 403 and no Retry-After: back off exponentially, up to ~10 s a wait.
        retry=RetryPolicy(max_retries=8, initial_delay=0.5, max_delay=10.0, rate_limit_statuses=frozenset({403, 429})),
        timeout=httpx.Timeout(30.0, connect=5.0),
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        # Checked here, before any request: a key with a line break in it fails now, without quoting it.
        self._key = credential(api_key, "api_key")
        #: Holds "idempotency" once the server said it honours Idempotency-Key (the dataports emulator does; the
        #: real service does not), so that a batch whose outcome is unknown may safely be sent again. A set, so
        #: every ``with_options`` copy of this client sees what the original learnt.
        self._capabilities: set[str] = set()
        super().__init__(
            base_url=base_url,
            auth=HeaderAuth(self._key, "Authorization"),
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )

    @property
    def idempotency_honoured(self) -> bool:
        """Whether the server said it honours ``Idempotency-Key``, so an unknown-outcome batch may be re-sent."""
        return "idempotency" in self._capabilities

    def observe_response(self, response: httpx.Response) -> None:
        if response.headers.get(IDEMPOTENCY_CAPABILITY) == "honoured":
            self._capabilities.add("idempotency")

    def __repr__(self) -> str:
        return f"Client({self.base_url!r}, api_key={self._key!r})"


def as_list(value: Any) -> list[Any]:
    """``value`` when the API sent the list it promised; for ``Caller.parse``, which turns the ``TypeError`` into
    the service's exception."""
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


class ProjectBase:
    """One Gretel project as the API describes it; ``Project`` adds the record and field methods."""

    def __init__(self, client: GretelBase, data: Mapping[str, Any]) -> None:
        self.client = client
        self.project_id: str = data["_id"]
        self.name: str = data["name"]
        self.description: str = data.get("description", "")
        self.display_name: str = data.get("display_name", "")

    def __repr__(self) -> str:
        return f"Project(name={self.name!r}, project_id={self.project_id!r})"
