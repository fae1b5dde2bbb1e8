"""Run the emulator from Python: in-process on a free port (tests, notebooks) or as a subprocess (benchmarks, demo)."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import httpx

DEFAULT_TOKEN = "dataports-demo"


class RunningEmulator:
    """A started emulator: its URLs, its token, and the control API (reset, seed, faults, settings)."""

    def __init__(self, url: str, token: str, services: Iterable[str], control_token: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.services = list(services)
        self.control_token = control_token
        headers = {"Authorization": f"Bearer {control_token}"} if control_token else {}
        self._control = httpx.Client(base_url=f"{self.url}/_emulator", timeout=120.0, headers=headers)

    def __repr__(self) -> str:
        return f"RunningEmulator(url={self.url!r}, services={self.services!r})"

    def service_url(self, service: str) -> str:
        """The base URL of ``service`` (what its client is given)."""
        if service not in self.services:
            raise ValueError(f"service {service!r} is not running; running: {self.services}")
        return f"{self.url}/{service}"

    def env(self) -> dict[str, str]:
        """``DATAPORTS_<SERVICE>_URL`` for every running service, for a subprocess's environment."""
        return {f"DATAPORTS_{name.upper()}_URL": self.service_url(name) for name in self.services}

    def _call(self, method: str, path: str, json: Mapping[str, Any] | None = None) -> Any:
        response = self._control.request(method, path, json=json)
        if response.status_code >= 400:
            raise RuntimeError(f"emulator control {path} failed ({response.status_code}): {response.text}")
        return response.json()

    def health(self) -> Any:
        """``{"status": "ok", "services": [...]}``."""
        return self._call("GET", "/health")

    def reset(self, service: str | None = None) -> Any:
        """Forget the state (and faults) of ``service``, or of every service."""
        return self._call("POST", "/reset", {"service": service} if service else {})

    def seed(self, service: str, kind: str, count: int | None = None, **params: Any) -> Any:
        """Create ``count`` synthetic objects of ``kind`` in ``service`` (all or nothing; one when ``count`` is left
        out). ``seed(service, "demo")`` replaces the service's state with its demo workspace (no count)."""
        payload: dict[str, Any] = {"service": service, "kind": kind, "params": params}
        if count is not None:
            payload["count"] = count
        return self._call("POST", "/seed", payload)

    def seed_demo(self, service: str | None = None, **params: Any) -> Any:
        """The demo workspace in ``service``, or in every running service; returns each one's summary."""
        names = [service] if service else self.services
        return {name: self.seed(name, "demo", **params) for name in names}

    def set_faults(self, service: str, **settings: Any) -> Any:
        """Inject faults into ``service`` until cleared."""
        return self._call("POST", "/faults", {"service": service, **settings})

    def clear_faults(self, service: str | None = None) -> Any:
        """Back to the baseline faults, for ``service`` or every service."""
        return self._call("DELETE", "/faults" + (f"?service={service}" if service else ""))

    def configure(self, service: str, **settings: Any) -> Any:
        """Change settings of ``service`` (``GET /_emulator/config`` lists them); they survive resets."""
        return self._call("POST", "/config", {"service": service, **settings})

    def settings(self) -> Any:
        """The current settings of every service."""
        return self._call("GET", "/config")

    @contextlib.contextmanager
    def faults(self, service: str, **settings: Any) -> Iterator[None]:
        """Inject faults into ``service`` for the duration of the block."""
        self.set_faults(service, **settings)
        try:
            yield
        finally:
            self.clear_faults(service)

    def close(self) -> None:
        """Close the control API's connection (the emulator keeps running)."""
        self._control.close()


@contextlib.contextmanager
def run_emulator(
    services: Iterable[str] | None = None,
    *,
    token: str = DEFAULT_TOKEN,
    host: str = "127.0.0.1",
    port: int = 0,
    settings: Mapping[str, Any] | None = None,
    control_token: str | None = None,
    demo_data: bool = False,
) -> Iterator[RunningEmulator]:
    """Start the emulator in this process on a background thread; stops it when the block ends.

    ``control_token`` makes the control API require it (the returned ``RunningEmulator`` sends it); ``demo_data``
    starts every service with its demo workspace, which a reset then brings back.
    """
    from dataports_emulators.core.app import Emulator
    from dataports_emulators.core.server import bind_socket, make_server

    emulator = Emulator(services, [token], settings, control_token=control_token, demo_data=demo_data)
    sock = bind_socket(host, port)
    server = make_server(emulator.app)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="dataports-emulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    bound_port = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    running = RunningEmulator(f"http://{shown_host}:{bound_port}", token, emulator.services, control_token)
    try:
        yield running
    finally:
        running.close()
        server.should_exit = True
        thread.join(timeout=10)
        emulator.close()
        sock.close()


@contextlib.contextmanager
def emulator_process(
    services: Iterable[str] | None = None,
    *,
    token: str = DEFAULT_TOKEN,
    extra_args: Iterable[str] = (),
    control_token: str | None = None,
    demo_data: bool = False,
) -> Iterator[RunningEmulator]:
    """Start ``dataports-emulator`` as a separate process on a free port (so it has a core of its own).

    ``demo_data`` passes ``--demo-data``. The process is stopped with SIGTERM when the block ends, and removes its
    temporary data as it exits.
    """
    cmd = [sys.executable, "-m", "dataports_emulators.cli", "--port", "0", "--token", token, *extra_args]
    if demo_data:
        cmd.append("--demo-data")
    if services is not None:
        cmd += ["--services", ",".join(services)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # Through the environment rather than the command line, which other users of the machine can read.
    env.pop("DATAPORTS_EMULATOR_CONTROL_TOKEN", None)
    if control_token:
        env["DATAPORTS_EMULATOR_CONTROL_TOKEN"] = control_token
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    url = None
    seen: list[str] = []
    deadline = time.monotonic() + 60
    while url is None and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        seen.append(line)
        match = re.search(r"listening on (http://\S+)", line)
        if match:
            url = match.group(1)
    if url is None:
        proc.kill()
        proc.wait(timeout=10)
        raise RuntimeError("the emulator process did not start:\n" + "".join(seen))
    threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep draining so the child never blocks
    try:
        running = RunningEmulator(url, token, running_services(url), control_token)
    except BaseException:
        proc.kill()
        proc.wait(timeout=10)
        raise
    try:
        yield running
    finally:
        running.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def running_services(url: str) -> list[str]:
    """The services an emulator at ``url`` serves (from its health check, which needs no control token)."""
    services: list[str] = httpx.get(f"{url}/_emulator/health", timeout=10).json()["services"]
    return services
