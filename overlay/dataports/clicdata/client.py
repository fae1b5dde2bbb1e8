"""``ClicData``: every resource class in one object, over one session."""

from __future__ import annotations

from .account import Account
from .dashboard import Dashboard
from .data import Data
from .schedule import Schedule
from .team import Team
from .user import User


class ClicData(Data, Account, Dashboard, Schedule, Team, User):
    """All of ClicData from one object: ``ClicData(client_id=..., client_secret=...)`` (its own session), or
    ``ClicData()`` (the ``SessionManager``'s), or ``ClicData(session=s)``; then ``get_data``, ``append_data``,
    ``get_account``, ``get_dashboard``, ``trigger_schedule``, ``create_team``, ``create_user``, ..."""
