"""Access tokens handed out by ``oauth20/token``: random, bound to the principal they act as, and refused once their
lifetime (the ``token_ttl`` setting, read when each token is issued) is over.

The store belongs to the service, not to its state: a reset or seed forgets data, not who is logged in, so a
client holding a token keeps working across them (as it would across changes on the real service).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable

#: Expired tokens are forgotten whenever the store grows past this many.
PRUNE_ABOVE = 10_000


class TokenStore:
    """Issued tokens: token -> (principal, expiry on the monotonic clock)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tokens: dict[str, tuple[str, float]] = {}
        # Seeds run on a worker thread; requests on the event loop. The lock keeps the dict consistent for both.
        self._lock = threading.Lock()
        #: How many tokens were issued since the emulator started.
        self.issued = 0

    def issue(self, principal: str, lifetime: float) -> str:
        """A new token acting as ``principal`` for ``lifetime`` seconds."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            if len(self._tokens) > PRUNE_ABOVE:
                now = self._clock()
                self._tokens = {t: entry for t, entry in self._tokens.items() if entry[1] > now}
            self._tokens[token] = (principal, self._clock() + lifetime)
            self.issued += 1
        return token

    def principal(self, token: str) -> str | None:
        """Who ``token`` acts as, while it is valid; ``None`` for an unknown or expired token."""
        with self._lock:
            entry = self._tokens.get(token)
        if entry is None or self._clock() >= entry[1]:
            return None
        return entry[0]
