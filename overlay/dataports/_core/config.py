"""Where a client points: an explicit URL, then ``DATAPORTS_<SERVICE>_URL``, then the real service."""

from __future__ import annotations

import os


def env_var_for(service: str) -> str:
    return f"DATAPORTS_{service.upper()}_URL"


def resolve_base_url(service: str, explicit: str | None, public_default: str) -> str:
    """Pick the base URL for ``service``; the result never ends with a slash."""
    url = explicit or os.environ.get(env_var_for(service)) or public_default
    return url.rstrip("/")
