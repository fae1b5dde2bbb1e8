"""Serve an ``Emulator`` with uvicorn on a socket we bind ourselves (so port 0 works and the port is known first),
and exit cleanly when asked to stop by a signal."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Iterator
from types import FrameType

import uvicorn

from dataports_emulators.core.gateway import DroppedConnection

#: The signals that stop the emulator: Ctrl-C, and what ``terminate()``, ``kill`` and process managers send.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _HideInjectedDrops(logging.Filter):
    """An injected dropped connection is a feature, not a server error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


def quiet_injected_drops() -> None:
    """Keep injected dropped connections out of uvicorn's error log."""
    for name in ("uvicorn.error", "uvicorn"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _HideInjectedDrops) for f in logger.filters):
            logger.addFilter(_HideInjectedDrops())


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening, non-blocking socket on ``host:port`` (port 0 picks a free one)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def make_server(app: object, log_level: str = "warning") -> uvicorn.Server:
    """A uvicorn server for ``app``, quiet about injected faults."""
    quiet_injected_drops()
    config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off", timeout_keep_alive=30)  # type: ignore[arg-type]
    return uvicorn.Server(config)


def _exit_cleanly(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


@contextlib.contextmanager
def exit_cleanly_on_stop_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into ``SystemExit(0)`` for the block, so ``finally`` clauses and exit handlers run.

    uvicorn handles both signals while it serves, shuts down gracefully, then restores the handlers it found and
    raises the signal again so the process ends "as the signal asked". With the default SIGTERM handler that kills
    the process on the spot, before any cleanup; with this handler in place it unwinds the stack instead.
    """
    previous = {sig: signal.signal(sig, _exit_cleanly) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
