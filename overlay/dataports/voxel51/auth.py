"""API tokens, found the way the classic ``voxel51.users.auth`` finds them.

Lookup order: an explicit token (or token path); ``VOXEL51_API_PRIVATE_KEY`` (with ``VOXEL51_API_BASE_URL``);
``VOXEL51_API_TOKEN`` (a token file path); the active token ``~/.voxel51/api-token.json``. A token file is
``{"access_token": {"token_id", "created_at", "private_key", "base_api_url"}}``.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dataports._core.secrets import redact_url

from .errors import HELP_URL, InvalidTokenError, TokenError

logger = logging.getLogger(__name__)

DEFAULT_BASE_API_URL = "https://api.voxel51.com"
"""The real platform's API URL, used when neither the token nor the environment names one."""
PRIVATE_KEY_ENV = PRIVATE_KEY_ENV_VAR = "VOXEL51_API_PRIVATE_KEY"
BASE_URL_ENV = BASE_API_URL_ENV_VAR = "VOXEL51_API_BASE_URL"
TOKEN_PATH_ENV = TOKEN_ENV_VAR = "VOXEL51_API_TOKEN"
#: The active token's path when this module was imported (as classically); ``activate_token`` and the lookup
#: resolve it again on each call, so a ``HOME`` changed since still counts.
TOKEN_PATH = os.path.join(os.path.expanduser("~"), ".voxel51", "api-token.json")
REDACTED = "***"

__all__ = [
    "DEFAULT_BASE_API_URL",
    "HELP_URL",
    "Token",
    "TokenError",
    "activate_token",
    "deactivate_token",
    "get_active_token_path",
    "load_token",
]


def _active_token_file() -> Path:
    return Path.home() / ".voxel51" / "api-token.json"


class Token:
    """An API token. ``private_key`` is the plain key string, as classically; ``repr()`` and ``str()`` of the token
    (and of an ``API`` holding it) show ``***`` in its place. ``to_dict()`` returns the whole token, key included,
    for code that saves or forwards it."""

    def __init__(self, token_dict: Mapping[str, Any]) -> None:
        access = token_dict.get("access_token") if isinstance(token_dict, Mapping) else None
        if not isinstance(access, Mapping):
            raise InvalidTokenError("token_dict", 'expected {"access_token": {..., "private_key": ...}}')
        private_key = access.get("private_key")
        if not isinstance(private_key, str) or not private_key:
            raise InvalidTokenError("token_dict", "access_token.private_key is missing or not a string")
        self.base_api_url: str = self._parse_base_api_url(access)
        self.creation_date: str | None = access.get("created_at")
        self.id: str | None = access.get("token_id")
        self.private_key: str = private_key
        self._token_dict = copy.deepcopy(dict(token_dict))

    @staticmethod
    def _parse_base_api_url(access: Mapping[str, Any]) -> str:
        url = access.get("base_api_url")
        if url is None:
            logger.warning(
                "No base API URL found in token; defaulting to '%s'. To resolve this message, download a new API "
                "token from the Platform",
                DEFAULT_BASE_API_URL,
            )
            return DEFAULT_BASE_API_URL
        return str(url)

    def __repr__(self) -> str:
        return f"Token(id={self.id!r}, base_api_url={redact_url(self.base_api_url)!r}, private_key={REDACTED!r})"

    def __str__(self) -> str:
        """The token JSON, as the classic ``str(token)``, with the private key replaced by ``***``."""
        shown = self.to_dict()
        shown["access_token"]["private_key"] = REDACTED
        return json.dumps(shown, indent=4)

    def to_dict(self) -> dict[str, Any]:
        """The token as a JSON dictionary, private key included (``repr()``/``str()`` hide it; this does not)."""
        token = copy.deepcopy(self._token_dict)
        access = token["access_token"] = dict(token["access_token"])
        access["private_key"] = self.private_key
        return token

    def get_header(self) -> dict[str, str]:
        """The classic ``{"Authorization": "Bearer <private key>"}`` header."""
        return {"Authorization": "Bearer " + self.private_key}

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> Token:
        """The token in the JSON file at ``path`` (``OSError`` if it cannot be read, as classically)."""
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        return cls.from_str(text)

    @classmethod
    def from_dict(cls, token_dict: Mapping[str, Any]) -> Token:
        """A token from its parsed JSON (the content of an API token file)."""
        return cls(token_dict)

    @classmethod
    def from_str(cls, token_str: str | bytes) -> Token:
        """A token from its JSON text; ``InvalidTokenError`` (a ``TokenError``) when it is not valid JSON, without
        quoting it."""
        try:
            data = json.loads(token_str)
        except ValueError:
            # Not quoted: the text may hold the private key.
            raise InvalidTokenError("token_str", "is not valid JSON") from None
        return cls(data)

    @classmethod
    def from_private_key(cls, private_key: str, base_api_url: str | None = None) -> Token:
        """A token for ``private_key``, against ``base_api_url`` (default the real platform)."""
        access = {"private_key": private_key, "base_api_url": base_api_url or DEFAULT_BASE_API_URL}
        return cls({"access_token": access})


def get_active_token_path() -> str | None:
    """The path of the token file ``API()`` would use, as classically: ``None`` when ``VOXEL51_API_PRIVATE_KEY`` is
    set (it wins) or when no token file is found; ``VOXEL51_API_TOKEN`` if set (``TokenError`` if that file is
    missing); else ``~/.voxel51/api-token.json`` if it exists."""
    if os.environ.get(PRIVATE_KEY_ENV):
        return None
    path = os.environ.get(TOKEN_PATH_ENV)
    if path is not None:
        if not os.path.isfile(path):
            raise TokenError(f"No file found at '{TOKEN_PATH_ENV}={path}'")
        return path
    active = _active_token_file()
    return str(active) if active.is_file() else None


def _load_token_from_path(token_path: str | os.PathLike[str]) -> Token:
    if not os.path.isfile(token_path):
        raise TokenError(f"No file found at '{os.fspath(token_path)}'")
    try:
        return Token.from_json(token_path)
    except OSError:
        raise TokenError(f"File '{os.fspath(token_path)}' is not a valid API token") from None


def load_token(token_path: str | os.PathLike[str] | None = None) -> Token:
    """The token to use, by the lookup order in this module's docstring; ``TokenError`` when there is none."""
    if token_path is not None:
        return _load_token_from_path(token_path)
    private_key = os.environ.get(PRIVATE_KEY_ENV)
    if private_key:
        return Token.from_private_key(private_key, os.environ.get(BASE_URL_ENV))
    path = get_active_token_path()
    if path is not None:
        return _load_token_from_path(path)
    raise TokenError(f"No API token found: pass one, set {PRIVATE_KEY_ENV} or {TOKEN_PATH_ENV}, or run activate_token")


def activate_token(path: str | os.PathLike[str]) -> Path:
    """Make the token file at ``path`` the active token (``~/.voxel51/api-token.json``); returns where it now is.

    Unlike the classic client, the file is checked first, so a broken token is never activated.
    """
    Token.from_json(path)
    target = _active_token_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    # The file holds a private key: readable by its owner only.
    target.chmod(0o600)
    logger.info("API token successfully activated")
    return target


def deactivate_token() -> bool:
    """Delete the active token; ``False`` when none was active."""
    try:
        _active_token_file().unlink()
    except FileNotFoundError:
        logger.info("No API token to deactivate")
        return False
    logger.info("API token '%s' successfully deactivated", _active_token_file())
    return True
