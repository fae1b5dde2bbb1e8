"""Local, stateful emulators of the five services, driven by the same OpenAPI specs as the clients.

Start them with the ``dataports-emulator`` command, or in-process with ``dataports_emulators.run_emulator()``.
"""

from dataports_emulators.testing import DEFAULT_TOKEN, RunningEmulator, run_emulator

__all__ = ["DEFAULT_TOKEN", "RunningEmulator", "run_emulator"]
