"""``get_synthetics_config``, as the classic ``gretel_client.helpers``: a Gretel Synthetics configuration template
from the public ``gretelai/gretel-blueprints`` repository, reduced to its model parameters.

This is not a call to the Gretel API: it reads a YAML file from GitHub (over httpx, with a timeout) and needs
PyYAML (``pip install pyyaml``, included in the ``emulator`` extra).
"""

from __future__ import annotations

from typing import Any

import httpx

from dataports._core.errors import MissingDependencyError

from .errors import GretelException

URL_TEMPLATE = (
    "https://raw.githubusercontent.com/gretelai/gretel-blueprints/{branch}"
    "/config_templates/gretel/synthetics/{name}.yml"
)
"""Where ``get_synthetics_config`` fetches a named template (gretel-blueprints on GitHub), by ``branch`` and ``name``.
"""
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""The timeout of that fetch: 30 s, 5 s to connect."""


class ConfigTemplateError(GretelException, RuntimeError):
    """The template could not be fetched or read (a ``RuntimeError``, as in the classic client)."""


def get_synthetics_config(
    config: str = "default", branch: str = "main", *, transport: httpx.BaseTransport | None = None
) -> dict[str, Any]:
    """The synthetic model parameters of the template named ``config`` on ``branch``, without the unset ones.

    ``transport`` is an httpx transport to fetch with (tests pass a ``MockTransport``).
    """
    try:
        import yaml
    except ImportError as error:
        raise MissingDependencyError("get_synthetics_config reads YAML; install it with: pip install pyyaml") from error
    url = URL_TEMPLATE.format(branch=branch, name=config)
    try:
        with httpx.Client(timeout=TIMEOUT, transport=transport, follow_redirects=True) as http:
            response = http.get(url)
    except httpx.HTTPError as error:
        raise ConfigTemplateError(f"Error connecting to GitHub to retrieve configuration: {error}", url=url) from error
    if response.status_code != 200:
        raise ConfigTemplateError(
            f"Failed to retrieve config from GitHub with status code: {response.status_code}, "
            f"data: {response.text[:500]}",
            status_code=response.status_code,
            url=url,
        )
    try:
        params = yaml.safe_load(response.content)["models"][0]["synthetics"]["params"]
        return {key: value for key, value in params.items() if value is not None}
    except (yaml.YAMLError, KeyError, IndexError, TypeError, AttributeError) as error:
        raise ConfigTemplateError(f"{url} is not a synthetics configuration template ({error!r})", url=url) from error
