"""Who may use the control API: never a web page from another origin (a browser sends its ``Origin``), only JSON
bodies (a cross-origin "simple" request cannot send ``application/json`` without a preflight the API refuses), and,
when the emulator was started with a control token, only callers presenting it."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from starlette.requests import Request

from dataports_emulators.core.auth import match_token, scheme_token

#: Paths under ``/_emulator`` open without the control token (liveness probes).
OPEN_PATHS = ("/health",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


class ControlRefusal(Exception):
    """A control request refused before its handler ran."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ControlGuard:
    """Checks every control request; ``token`` (if set) must come as ``Authorization: Bearer <token>``."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token

    def check(self, request: Request, path: str) -> None:
        """Raise ``ControlRefusal`` unless ``request`` (for ``path`` under the control mount) may go ahead."""
        origin = request.headers.get("origin")
        if origin is not None and not _same_origin(request, origin):
            raise ControlRefusal(403, "The control API refuses cross-origin requests.")
        if self.token is not None and path not in OPEN_PATHS:
            given = scheme_token(request.headers.get("authorization"), "bearer")
            if match_token(given, (self.token,)) is None:
                raise ControlRefusal(401, "The control API needs 'Authorization: Bearer <control token>'.")
        if request.method in _UNSAFE_METHODS and _has_body(request):
            media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if media_type != "application/json":
                raise ControlRefusal(415, "Control API bodies must be JSON (Content-Type: application/json).")


def _has_body(request: Request) -> bool:
    length = request.headers.get("content-length")
    return "transfer-encoding" in request.headers or (length is not None and length.strip() not in ("", "0"))


def _same_origin(request: Request, origin: str) -> bool:
    """The emulator's own origin (scheme, host and port as the request reached it), or a loopback origin on the port
    the emulator listens on (``localhost`` vs ``127.0.0.1`` is no attack)."""
    try:
        parts = urlsplit(origin)
        origin_port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
        own = urlsplit(str(request.url))
        own_port = own.port or _DEFAULT_PORTS.get(own.scheme)
    except ValueError:
        # An origin (or a Host header) that does not parse names no origin of ours.
        return False
    if not parts.hostname or origin_port is None:
        return False
    if (parts.scheme, parts.hostname, origin_port) == (own.scheme, own.hostname, own_port):
        return True
    server = request.scope.get("server")
    listening_port = server[1] if server else own_port
    return parts.scheme in _DEFAULT_PORTS and _is_loopback(parts.hostname) and origin_port == listening_port


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
