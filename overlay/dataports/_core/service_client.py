"""The part every service client shares: it owns one configured httpx client, lends it to the service's generated
client (so generated calls get the same auth, timeouts, retries and error mapping), and closes it."""

from __future__ import annotations

import importlib
from typing import Any, ClassVar, Self

import httpx


class ServiceClient:
    """Base of each service's entry-point class. Subclasses set ``generated_package`` and ``self._http``."""

    #: The generated package for this service, e.g. ``"dataports_api.rapidpro"``.
    generated_package: ClassVar[str]
    _http: httpx.Client
    _generated: Any = None

    @property
    def api(self) -> Any:
        """The generated low-level client, sharing this client's connection, auth, timeouts and retries."""
        if self._generated is None:
            module = importlib.import_module(f"{self.generated_package}.client")
            generated = module.Client(base_url=str(self._http.base_url).rstrip("/"), raise_on_unexpected_status=True)
            self._generated = generated.set_httpx_client(self._http)
        return self._generated

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
