"""Shared fixtures. The emulator itself comes from the ``dataports_emulator`` pytest plugin (one per session)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from dataports.gretel import Client, get_cloud_client
from dataports.rapidpro import TembaClient
from dataports.toolkit import STRICT_OPERATIONS_ENV
from dataports_emulators.testing import RunningEmulator

# Every request the SDK sends in tests must be built from the spec (the generated build_request), so a path
# hard-coded in the overlay fails here instead of drifting silently from specs/.
os.environ.setdefault(STRICT_OPERATIONS_ENV, "1")


@pytest.fixture
def rapidpro(dataports_emulator: RunningEmulator) -> RunningEmulator:
    """The session emulator with a fresh RapidPro workspace and no faults."""
    dataports_emulator.reset("rapidpro")
    return dataports_emulator


@pytest.fixture
def temba(rapidpro: RunningEmulator) -> Iterator[TembaClient]:
    with TembaClient(rapidpro.service_url("rapidpro"), rapidpro.token) as client:
        yield client


@pytest.fixture
def gretel(dataports_emulator: RunningEmulator) -> RunningEmulator:
    """The session emulator with no Gretel projects and no faults."""
    dataports_emulator.reset("gretel")
    return dataports_emulator


@pytest.fixture
def gretel_client(gretel: RunningEmulator) -> Iterator[Client]:
    with get_cloud_client(gretel.service_url("gretel"), gretel.token) as client:
        yield client
