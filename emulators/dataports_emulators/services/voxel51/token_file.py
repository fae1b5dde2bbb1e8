"""Token files in the classic client's format, pointing at this emulator, readable by their owner only."""

from __future__ import annotations

import json
import os
from pathlib import Path

from dataports_emulators.core.clock import iso, now


def write_token_file(path: Path, base_url: str, token: str) -> Path:
    """A token file whose ``base_api_url`` is this emulator, created with mode 0600 (it holds a credential)."""
    access = {
        "token_id": "dataports-emulator",
        "created_at": iso(now()),
        "private_key": token,
        "base_api_url": base_url,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created private, never private-after-the-fact: no moment where another user could read the token.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        # An existing file keeps its mode on open; make it private before the token goes in.
        os.fchmod(handle.fileno(), 0o600)
        handle.write(json.dumps({"access_token": access}, indent=4))
    return path
