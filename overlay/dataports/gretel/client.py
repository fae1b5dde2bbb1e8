"""``get_cloud_client``, ``Client`` and ``temporary_project``: the classic ``gretel_client.client`` entry points,
composed from the resource modules over dataports' transport."""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from typing import Any

from dataports._core.arguments import InvalidArgumentError, require
from dataports._core.config import resolve_base_url

from .projects import Project, Projects
from .records import EntityDetection
from .samples import Samples

API_KEY_ENV = "GRETEL_API_KEY"


class Client(Projects, EntityDetection, Samples):
    """Gretel API client: projects, entity detection and samples. Use ``get_cloud_client`` to make one.

    ``Client(base_url, api_key, timeout=..., max_retries=..., transport=...)``; ``client.http`` is the configured
    httpx client and ``client.with_options(...)`` a copy with other timeouts or retries.
    """


def _resolve_key(api_key: str | None) -> str:
    if api_key in ("prompt", "prompt_always"):
        return getpass.getpass("Gretel API key: ")
    key = api_key or os.environ.get(API_KEY_ENV)
    if not key:
        raise InvalidArgumentError("api_key", f"is required (pass it, set {API_KEY_ENV}, or use api_key='prompt')")
    return key


def get_cloud_client(prefix: str = "api", api_key: str | None = None, **options: Any) -> Client:
    """A client for ``https://{prefix}.gretel.cloud``, or for ``DATAPORTS_GRETEL_URL`` when that is set.

    ``prefix`` may also be a full URL (``http://127.0.0.1:8765/gretel``), which wins over the environment.
    ``options`` are ``Client``'s keyword arguments (``timeout``, ``max_retries``, ``transport``).
    """
    require(prefix, "prefix")
    explicit = prefix if "://" in prefix else None
    base_url = resolve_base_url("gretel", explicit, f"https://{prefix}.gretel.cloud")
    return Client(base_url, _resolve_key(api_key), **options)


@contextlib.contextmanager
def temporary_project(client: Client, name: str | None = None) -> Iterator[Project]:
    """A new project for the duration of the block, deleted afterwards."""
    project = client.get_project(name=name, create=True)
    try:
        yield project
    finally:
        project.delete()
