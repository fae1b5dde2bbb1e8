"""API tokens, found the way the classic ``voxel51.users.auth`` finds them.

Lookup order: an explicit token (or token path); ``VOXEL51_API_PRIVATE_KEY`` (with ``VOXEL51_API_BASE_URL``);
``VOXEL51_API_TOKEN`` (a token file path); the active token ``~/.voxel51/api-token.json``. A token file is
``{"access_token": {"token_id", "created_at", "private_key", "base_api_url"}}``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dataports._core.secrets import Secret

from .errors import TokenError

DEFAULT_BASE_API_URL = "https://api.voxel51.com"
PRIVATE_KEY_ENV = "VOXEL51_API_PRIVATE_KEY"
BASE_URL_ENV = "VOXEL51_API_BASE_URL"
TOKEN_PATH_ENV = "VOXEL51_API_TOKEN"


def get_active_token_path() -> Path:
    """Where ``activate_token`` keeps the active token (resolved on each call, so a changed ``HOME`` counts)."""
    return Path.home() / ".voxel51" / "api-token.json"


class Token:
    """An API token. The private key is a ``Secret``: it never shows in reprs, logs or tracebacks."""

    def __init__(self, token_dict: Mapping[str, Any]) -> None:
        access = token_dict.get("access_token") if isinstance(token_dict, Mapping) else None
        if not isinstance(access, Mapping) or not access.get("private_key"):
            raise TokenError('invalid token: expected {"access_token": {..., "private_key": ...}}')
        self.id: str | None = access.get("token_id")
        self.creation_date: str | None = access.get("created_at")
        self.base_api_url: str = str(access.get("base_api_url") or DEFAULT_BASE_API_URL).rstrip("/")
        self.private_key = Secret(str(access["private_key"]))

    def __repr__(self) -> str:
        return f"Token(id={self.id!r}, base_api_url={self.base_api_url!r}, private_key={self.private_key!r})"

    def get_header(self) -> dict[str, str]:
        """The classic ``{"Authorization": "Bearer <private key>"}`` header."""
        return {"Authorization": f"Bearer {self.private_key.reveal()}"}

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> Token:
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise TokenError(f"no API token file at {path}") from None
        except ValueError:
            raise TokenError(f"the API token file {path} is not valid JSON") from None
        return cls(data)

    @classmethod
    def from_private_key(cls, private_key: str, base_api_url: str | None = None) -> Token:
        return cls({"access_token": {"private_key": private_key, "base_api_url": base_api_url}})


def load_token(token_path: str | os.PathLike[str] | None = None) -> Token:
    """The token to use, by the lookup order in this module's docstring; ``TokenError`` when there is none."""
    if token_path is not None:
        return Token.from_json(token_path)
    private_key = os.environ.get(PRIVATE_KEY_ENV)
    if private_key:
        return Token.from_private_key(private_key, os.environ.get(BASE_URL_ENV))
    path = os.environ.get(TOKEN_PATH_ENV)
    if path:
        return Token.from_json(path)
    active = get_active_token_path()
    if active.is_file():
        return Token.from_json(active)
    raise TokenError(
        f"no API token found: pass one, set {PRIVATE_KEY_ENV} or {TOKEN_PATH_ENV}, or run activate_token(path)"
    )


def activate_token(path: str | os.PathLike[str]) -> Path:
    """Check the token file at ``path`` and make it the active token; returns where it now lives."""
    Token.from_json(path)
    target = get_active_token_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    # The file holds a private key: readable by its owner only.
    target.chmod(0o600)
    return target


def deactivate_token() -> bool:
    """Delete the active token; ``False`` when none was active."""
    try:
        get_active_token_path().unlink()
    except FileNotFoundError:
        return False
    return True
