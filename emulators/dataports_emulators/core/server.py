"""Serve an ``Emulator`` with uvicorn on a socket we bind ourselves (so port 0 works and the port is known first)."""

from __future__ import annotations

import logging
import socket

import uvicorn

from dataports_emulators.core.gateway import DroppedConnection


class _HideInjectedDrops(logging.Filter):
    """An injected dropped connection is a feature, not a server error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


def quiet_injected_drops() -> None:
    for name in ("uvicorn.error", "uvicorn"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _HideInjectedDrops) for f in logger.filters):
            logger.addFilter(_HideInjectedDrops())


def bind_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def make_server(app: object, log_level: str = "warning") -> uvicorn.Server:
    quiet_injected_drops()
    config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off", timeout_keep_alive=30)  # type: ignore[arg-type]
    return uvicorn.Server(config)
