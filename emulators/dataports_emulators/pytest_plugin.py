"""pytest fixtures, registered automatically when dataports is installed: ``dataports_emulator`` starts every
emulated service in-process on a free port once per session; ``fresh_emulator`` resets it before each test;
``demo_emulator`` gives it the demo workspace of every service before each test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dataports_emulators.testing import RunningEmulator


@pytest.fixture(scope="session")
def dataports_emulator() -> Iterator[RunningEmulator]:
    """Every emulated service, in-process on a free port, for the whole session."""
    # Imported here so that installing dataports without the emulator extra never breaks a pytest run.
    from dataports_emulators.testing import run_emulator

    with run_emulator() as running:
        yield running


@pytest.fixture
def fresh_emulator(dataports_emulator: RunningEmulator) -> RunningEmulator:
    """The session emulator, reset (state and faults) before the test."""
    dataports_emulator.reset()
    return dataports_emulator


@pytest.fixture
def demo_emulator(dataports_emulator: RunningEmulator) -> RunningEmulator:
    """The session emulator with no faults and every service holding its demo workspace (the same every time)."""
    dataports_emulator.reset()
    dataports_emulator.seed_demo()
    return dataports_emulator
