"""Everything one ClicData account holds: data sets, users and teams, dashboards and schedules, and the activity
counters. A fresh account has what a demo account ships with: two refreshable data sets (one with Data History),
three dashboards, three schedules, the owner and one analyst."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from dataports_emulators.core.clock import iso, now

from .catalogue import Dashboard, Schedule, find
from .datasets import Column, DataSet
from .directory import ADMINISTRATOR, Directory
from .refresh import refresh
from .sources import REGIONS, SALES_COLUMNS, SALES_KEY, Source
from .wire import OWNER_EMAIL, api_error

FIRST_DATA_SET, FIRST_USER, FIRST_TEAM = 100_001, 2_001, 3_001
LIMITS: dict[str, int] = {
    "data_sets": 1_000,
    "rows": 50_000_000,
    "storage_bytes": 10 * 1024**3,
    "dashboards": 100,
    "schedules": 100,
    "users": 50,
    "teams": 50,
    "api_calls": 1_000_000,
}


class ClicDataState:
    """One account."""

    def __init__(self) -> None:
        self.data_sets: dict[int, DataSet] = {}
        self.directory = Directory(FIRST_USER, FIRST_TEAM)
        self.dashboards: dict[int, Dashboard] = {}
        self.schedules: dict[int, Schedule] = {}
        self.calls: Counter[str] = Counter()
        self.last_call: dict[str, str] = {}
        self._next_data_set = FIRST_DATA_SET

    # --- data sets ----------------------------------------------------------------------------------------------
    def data_set(self, rec_id: int) -> DataSet:
        found = self.data_sets.get(rec_id)
        if found is None:
            raise api_error(404, f"No data set with RecId {rec_id}.")
        return found

    def add_data_set(
        self,
        name: str,
        description: str,
        columns: Sequence[Column],
        *,
        source: Source | None = None,
        unique_key: Sequence[str] = (),
        history: bool = False,
    ) -> DataSet:
        name = name.strip()
        if not name:
            raise api_error(400, "A data set needs a name.", code="InvalidName")
        if any(existing.name.lower() == name.lower() for existing in self.data_sets.values()):
            raise api_error(400, f"A data set named {name[:60]!r} exists already.", code="NameTaken")
        names = [column.name for column in columns]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise api_error(
                400, f"Column {repeated[0][:60]!r} is defined twice.", code="DuplicateColumn", column=repeated[0]
            )
        if len(self.data_sets) >= LIMITS["data_sets"]:
            raise api_error(400, "The account's data set limit is reached.", code="AccountLimit")
        data_set = DataSet(
            self._next_data_set, name, description, columns, source=source, unique_key=unique_key, history=history
        )
        self._next_data_set += 1
        self.data_sets[data_set.id] = data_set
        if source is not None:
            data_set.replace(source.rows())
            data_set.last_refresh = iso(now())
            data_set.snapshot("reload")
        return data_set

    def add_refreshable(self, name: str, rows: int, *, history: bool) -> DataSet:
        """A data set loaded from a sales source, with ``id`` as unique key."""
        columns = [Column(n, t, REGIONS if t == "dropdown" else ()) for n, t in SALES_COLUMNS]
        return self.add_data_set(
            name,
            "Deals from the CRM (refreshable)",
            columns,
            source=Source(rows),
            unique_key=SALES_KEY,
            history=history,
        )

    def refresh(self, rec_id: int, method: str) -> str:
        return refresh(self.data_set(rec_id), method)

    def check_row_limit(self, adding: int) -> None:
        if self.total_rows() + adding > LIMITS["rows"]:
            raise api_error(400, f"The account's limit of {LIMITS['rows']:,} rows is reached.", code="AccountLimit")

    def total_rows(self) -> int:
        return sum(len(data_set.rows) for data_set in self.data_sets.values())

    # --- dashboards and schedules ------------------------------------------------------------------------------
    def dashboard(self, dashboard_id: int) -> Dashboard:
        found: Dashboard = find(self.dashboards, dashboard_id, "dashboard")
        return found

    def schedule(self, schedule_id: int) -> Schedule:
        found: Schedule = find(self.schedules, schedule_id, "schedule")
        return found

    # --- account ------------------------------------------------------------------------------------------------
    def record_call(self, principal: str) -> None:
        self.calls[principal] += 1
        self.last_call[principal] = iso(now())

    def account(self) -> dict[str, Any]:
        """Usage next to limits, metric by metric (so that both read as one table)."""
        usage = {
            "data_sets": len(self.data_sets),
            "rows": self.total_rows(),
            "storage_bytes": sum(data_set.size_bytes for data_set in self.data_sets.values()),
            "dashboards": len(self.dashboards),
            "schedules": len(self.schedules),
            "users": len(self.directory.users),
            "teams": len(self.directory.teams),
            "api_calls": sum(self.calls.values()),
        }
        return {"usage": usage, "limits": dict(LIMITS)}

    def activity(self, entity: str) -> dict[str, Any]:
        if entity == "users":
            users = [
                {
                    "user_id": user.id,
                    "email": user.email,
                    "api_calls": self.calls.get(user.email, 0),
                    "last_activity": self.last_call.get(user.email),
                }
                for user in self.directory.users.values()
            ]
            return {"users": users}
        dashboards = [
            {"dashboard_id": d.id, "name": d.name, "views": d.views, "last_viewed": d.last_viewed}
            for d in self.dashboards.values()
        ]
        return {"dashboards": dashboards}


def demo_account() -> ClicDataState:
    """A fresh account with the demo content."""
    state = ClicDataState()
    directory = state.directory
    owner = directory.add_user({"email": OWNER_EMAIL, "first_name": "Demo", "last_name": "Owner"}, ADMINISTRATOR)
    directory.add_user({"email": "analyst@dataports.dev", "first_name": "Ada", "last_name": "Analyst"})
    sales = state.add_refreshable("Sales", 120, history=True)
    leads = state.add_refreshable("Leads", 40, history=False)
    for dashboard_id, name, description in (
        (501, "Sales Overview", "Revenue by region and month"),
        (502, "Marketing KPIs", "Leads, conversion and campaign spend"),
        (503, "Operations", "Orders, delivery times and stock"),
    ):
        state.dashboards[dashboard_id] = Dashboard(dashboard_id, name, description, owner.email)
    for schedule in (
        Schedule(701, "Nightly Sales reload", "daily at 02:00", data_id=sales.id, method="reload"),
        Schedule(702, "Hourly Leads update", "hourly", data_id=leads.id, method="updateappend"),
        Schedule(703, "Weekly report by email", "weekly on Monday at 08:00"),
    ):
        state.schedules[schedule.id] = schedule
    return state
