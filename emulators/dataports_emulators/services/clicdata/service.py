"""What the ClicData routes need of their service beyond the core's: the store of issued access tokens (kept on
the service, so that resets and seeds leave logged-in clients logged in)."""

from __future__ import annotations

from abc import ABC

from dataports_emulators.core.service import EmulatorService

from .state import ClicDataState
from .tokens import TokenStore


class ClicDataService(EmulatorService[ClicDataState], ABC):
    """The ClicData emulator as its routes see it."""

    tokens: TokenStore
