"""``get_cloud_client``, ``Client``, ``project_from_uri``, ``temporary_project`` and ``WriteSummary``: the classic
``gretel_client.client`` entry points, composed from the resource modules over dataports' transport."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from getpass import getpass
from typing import Any
from urllib.parse import urlparse

from .base import API_KEY_ENV, MAX_RECORDS_PER_CALL

# The classic module's namespace held the error classes too, and classic code imports them from here
# (``from gretel_client.client import BadRequest, Unauthorized``).
from .errors import (
    BadRequest,
    ClientError,
    Forbidden,
    GretelInvalidArgument,
    MissingApiKey,
    NotFound,
    NotSupportedError,
    Unauthorized,
)
from .projects import Project, Projects
from .records import EntityDetection
from .samples import Samples
from .summary import WriteSummary

DEFAULT_API_ENV_KEY = API_KEY_ENV
"""The environment variable the API key is read from when none is given (``GRETEL_API_KEY``)."""
DEFAULT_PROJECT_URI = "GRETEL_URI"
"""The environment variable naming a project URI, as in the classic client."""
MAX_BATCH_SIZE = MAX_RECORDS_PER_CALL
"""The most records one ``send`` or ``detect_entities`` call accepts (50)."""
PROMPT = "prompt"
PROMPT_ALWAYS = "prompt_always"


class Client(Projects, EntityDetection, Samples):
    """Gretel API client: projects, entity detection and samples. ``get_cloud_client`` makes one.

    ``Client(host="api.gretel.cloud", api_key=...)`` as in the classic client, plus keyword-only ``timeout``,
    ``max_retries`` and ``transport``. ``client.session`` (also ``client.http``) is the configured httpx client and
    ``client.with_options(...)`` a copy with other timeouts or retries.
    """

    def install_packages(self, verbose: bool = False, version: str = "latest") -> None:
        """Not available: the classic client pip-installed Gretel's helper package from Gretel's private package
        endpoint, which is not part of the API dataports speaks (and installs nothing at run time)."""
        raise NotSupportedError(
            "install_packages() installed the gretel-helpers package from Gretel's retired package endpoint; "
            "dataports does not install packages at run time (install what you need with pip)"
        )

    def install_transformers(self) -> None:
        """Not available (deprecated in the classic client already): see ``install_packages``."""
        self.install_packages()


def _get_or_prompt(input_key: str | None, prompt_message: str, env_fallback: str) -> str | None:
    """The classic rule: ``"prompt"`` takes the environment variable when set, else asks; ``"prompt_always"``
    always asks; anything else is used as given. (``os.getenv`` and ``getpass`` are looked up here as in the
    classic module, so tests that patch ``...client.getpass`` keep working.)"""
    if input_key == PROMPT and os.getenv(env_fallback):
        return os.getenv(env_fallback)
    if input_key in (PROMPT, PROMPT_ALWAYS):
        return getpass(prompt_message)
    return input_key


def get_cloud_client(prefix: str = "api", api_key: str | None = None, **options: Any) -> Client:
    """A client for ``https://{prefix}.gretel.cloud``, or for ``DATAPORTS_GRETEL_URL`` when that is set.

    ``prefix`` may also be a full URL (``http://127.0.0.1:8765/gretel``), which wins over the environment.
    ``api_key="prompt"`` uses ``GRETEL_API_KEY`` or asks for the key, ``"prompt_always"`` always asks; without a
    key, ``GRETEL_API_KEY`` is used. ``options`` are ``Client``'s keyword arguments (``timeout``, ``max_retries``,
    ``transport``).
    """
    if not prefix:
        raise GretelInvalidArgument("prefix", "is required (the API designator, such as 'api')")
    key = _get_or_prompt(api_key, "Enter Gretel API key: ", API_KEY_ENV)
    host = prefix if "://" in prefix else f"{prefix}.gretel.cloud"
    return Client(host=host, api_key=key, **options)


def project_from_uri(uri: str) -> Project:
    """The project a ``gretel://[API_KEY@]HOSTNAME/PROJECT`` URI names, e.g.
    ``gretel://grtu12345@api.gretel.cloud/my_project``; without a key in it, ``GRETEL_API_KEY`` is used.
    ``"prompt"`` takes ``GRETEL_URI`` or asks for the URI, ``"prompt_always"`` always asks."""
    resolved = _get_or_prompt(uri, "Enter Gretel Project URI: ", DEFAULT_PROJECT_URI) or ""
    parts = urlparse(resolved)
    if parts.scheme != "gretel":
        raise GretelInvalidArgument("uri", "URI must start with gretel://")
    if not parts.netloc or not parts.hostname:
        raise GretelInvalidArgument("uri", "API hostname not found")
    api_key = parts.username or os.getenv(API_KEY_ENV)
    if not api_key:
        raise MissingApiKey("uri", f"No API key found in URI or environment ({API_KEY_ENV})")
    if not parts.path or parts.path == "/":
        raise GretelInvalidArgument("uri", "No project name found")
    client = get_cloud_client(parts.hostname.split(".")[0], api_key)
    return client.get_project(name=parts.path.strip("/"))


@contextlib.contextmanager
def temporary_project(client: Client, name: str | None = None) -> Iterator[Project]:
    """A new project for the duration of the block, deleted afterwards."""
    project = client.get_project(name=name, create=True)
    try:
        yield project
    finally:
        project.delete()


__all__ = [
    "DEFAULT_API_ENV_KEY",
    "DEFAULT_PROJECT_URI",
    "MAX_BATCH_SIZE",
    "BadRequest",
    "Client",
    "ClientError",
    "Forbidden",
    "NotFound",
    "Project",
    "Unauthorized",
    "WriteSummary",
    "get_cloud_client",
    "project_from_uri",
    "temporary_project",
]
