"""Credentials as services carry them, and a comparison that takes as long for a near miss as for a far one."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Iterable


def scheme_token(header: str | None, scheme: str) -> str | None:
    """The credential in an ``Authorization: <scheme> <credential>`` header (``None`` if absent or another scheme)."""
    given_scheme, _, credential = (header or "").partition(" ")
    credential = credential.strip()
    return credential if given_scheme.lower() == scheme.lower() and credential else None


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    """The user and password of an ``Authorization: Basic`` header (``None`` if absent or malformed)."""
    encoded = scheme_token(header, "basic")
    if encoded is None:
        return None
    try:
        decoded = base64.b64decode(encoded, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, separator, password = decoded.partition(":")
    return (user, password) if separator else None


def match_token(candidate: str | None, accepted: Iterable[str]) -> str | None:
    """The accepted token equal to ``candidate``, or ``None``.

    Every accepted token is compared in constant time, and all of them always are, so the time taken tells nothing
    about how much of a guess was right or which token it was close to.
    """
    if candidate is None:
        return None
    given = candidate.encode("utf-8", "surrogateescape")
    found: str | None = None
    for token in accepted:
        if hmac.compare_digest(given, token.encode("utf-8", "surrogateescape")):
            found = token
    return found
