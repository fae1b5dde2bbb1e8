"""Signed links back into the emulator: absolute URLs that authorise a GET of one path for a while without the
service's credential, like the signed storage URLs real platforms hand out."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

from starlette.requests import Request

from dataports_emulators.core.scope import route_path

#: How long a signed link works.
SIGNED_LINK_SECONDS = 3600


class LinkSigner:
    """Signs and checks links with a secret of its own. A staged copy of a service's state shares the signer, so
    links handed out before a seed keep working after it."""

    def __init__(self, lifetime: float = SIGNED_LINK_SECONDS) -> None:
        self.lifetime = lifetime
        self._secret = secrets.token_bytes(32)

    def __deepcopy__(self, memo: dict[int, Any]) -> LinkSigner:
        return self

    def _signature(self, path: str, expires: int) -> str:
        return hmac.new(self._secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()

    def query(self, path: str) -> str:
        """The query string that authorises a GET of ``path`` (relative to the service mount)."""
        expires = int(time.time() + self.lifetime)
        return f"expires={expires}&signature={self._signature(path, expires)}"

    def url(self, request: Request, path: str) -> str:
        """An absolute signed URL for ``path`` (relative to the mount ``request`` came through)."""
        mount = request.scope.get("root_path", "")
        return str(request.url.replace(path=f"{mount}{path}", query=self.query(path), fragment=""))

    def verify(self, path: str, expires: str, signature: str) -> bool:
        """Whether ``signature`` signs ``path`` until ``expires`` and that moment has not passed."""
        try:
            deadline = int(expires)
        except ValueError:
            return False
        return deadline >= time.time() and hmac.compare_digest(
            self._signature(path, deadline).encode(), signature.encode("utf-8", "surrogateescape")
        )

    def signed(self, request: Request) -> bool:
        """Whether ``request`` carries a valid signature for its own path."""
        expires, signature = request.query_params.get("expires"), request.query_params.get("signature")
        return bool(expires and signature and self.verify(route_path(request.scope), expires, signature))
