"""Everything one Voxel51 account holds, rooted in a temporary folder that a reset replaces and ``close()`` removes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import shutil
import tempfile
import time
import weakref
from pathlib import Path

from .catalogue import Catalogue
from .jobs import JobBook
from .storage import DataStore

#: Lifetime of the download URLs the emulator hands out.
SIGNED_URL_SECONDS = 3600


class Voxel51State:
    def __init__(self, step_seconds: float) -> None:
        #: Seconds a started job spends in each state; configuration, so a reset keeps it.
        self.step_seconds = step_seconds
        self._secret = secrets.token_bytes(32)
        self.root: Path | None = None
        self.reset()

    def reset(self) -> None:
        # Handlers reach the stores through this object, so a reset replaces them here rather than the object.
        self.close()
        self.root = Path(tempfile.mkdtemp(prefix="dataports-voxel51-"))
        # Also removed at garbage collection or interpreter exit, for apps that are never closed (create_app()).
        self._cleanup = weakref.finalize(self, shutil.rmtree, self.root, ignore_errors=True)
        self.spool = self.root / "incoming"
        self.spool.mkdir()
        self.store = DataStore(self.root / "data")
        self.catalogue = Catalogue(self.root / "images")
        self.jobs = JobBook(self.store)

    def close(self) -> None:
        if self.root is not None:
            self._cleanup()
            self.root = None

    # --- signed URLs: a download link that works without the bearer token, like the platform's GCS links ------------
    def _signature(self, path: str, expires: int) -> str:
        return hmac.new(self._secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()

    def sign(self, path: str) -> str:
        """The query string that authorises a GET of ``path`` (relative to the service mount) for a while."""
        expires = int(time.time()) + SIGNED_URL_SECONDS
        return f"expires={expires}&signature={self._signature(path, expires)}"

    def verify(self, path: str, expires: str, signature: str) -> bool:
        try:
            deadline = int(expires)
        except ValueError:
            return False
        return deadline >= time.time() and hmac.compare_digest(self._signature(path, deadline), signature)
