"""The ClicData demo workspace (``seed("clicdata", "demo")``): a retailer's analytics account.

On top of what every fresh account ships with (the refreshable ``Sales`` and ``Leads`` data sets, three dashboards,
three schedules, the owner and an analyst): ``Daily Sales by Region`` (a row per day, region and product over the
demo's 30 days, with units, revenue and channel), ``Web Traffic`` (sessions and conversions per day) and
``Products``; seven more users; and three teams with members and a region parameter. Rows go through
``DataSet.append``, the path of the API's append, so values are checked and stored as the API stores them; every
object is made under the pinned clock of ``core/demo.py``.
"""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.demo import DemoPlan

from .datasets import Column, DataSet
from .state import ClicDataState

REGIONS = ("North", "South", "East", "West")
#: (product, unit price)
PRODUCTS = (("Espresso Machine", 249.0), ("Coffee Grinder", 89.0), ("Milk Frother", 39.5), ("Coffee Beans 1kg", 18.9))
CHANNELS = ("Online", "Retail", "Wholesale")
USERS = (
    ("olivia.martin@dataports.dev", "Olivia", "Martin", ("Sales",)),
    ("liam.nguyen@dataports.dev", "Liam", "Nguyen", ("Sales",)),
    ("sofia.rossi@dataports.dev", "Sofia", "Rossi", ("Sales", "Marketing")),
    ("noah.schmidt@dataports.dev", "Noah", "Schmidt", ("Marketing",)),
    ("amara.okafor@dataports.dev", "Amara", "Okafor", ("Marketing",)),
    ("lucas.dubois@dataports.dev", "Lucas", "Dubois", ("Finance",)),
    ("mei.tanaka@dataports.dev", "Mei", "Tanaka", ("Finance", "Sales")),
)
TEAMS = (
    ("Sales", "Regional sales managers", "North"),
    ("Marketing", "Campaigns and web analytics", "All"),
    ("Finance", "Revenue reporting and forecasts", "All"),
)


def build(state: ClicDataState, plan: DemoPlan) -> dict[str, Any]:
    """Fill ``state`` (a fresh account, under the pinned clock) with the demo; returns how many of each it made."""
    rng = plan.rng
    directory = state.directory
    plan.at_day(0, 9)
    teams = {name: directory.add_team({"name": name, "description": description}) for name, description, _ in TEAMS}
    for name, _, region in TEAMS:
        teams[name].parameters["region"] = region
    for index, (email, first, last, member_of) in enumerate(USERS):
        plan.at_day(index, 10)
        user = directory.add_user({"email": email, "first_name": first, "last_name": last})
        for name in member_of:
            directory.join(teams[name].id, user.id)

    plan.at_day(0, 12)
    sales = state.add_data_set(
        "Daily Sales by Region",
        "Units and revenue per day, region and product",
        [
            Column("date", "date"),
            Column("region", "text"),
            Column("product", "text"),
            Column("channel", "text"),
            Column("units", "number"),
            Column("revenue", "number"),
        ],
    )
    traffic = state.add_data_set(
        "Web Traffic",
        "Sessions and conversions of the web shop per day",
        [
            Column("date", "date"),
            Column("sessions", "number"),
            Column("orders", "number"),
            Column("conversion", "percentage"),
        ],
    )
    products = state.add_data_set(
        "Products",
        "The product catalogue",
        [
            Column("product", "text"),
            Column("price", "number"),
            Column("launched", "date"),
            Column("active", "checkbox"),
        ],
    )
    for index, (name, price) in enumerate(PRODUCTS):
        launched = plan.moment(-700 + 150 * index).date().isoformat()
        _append(products, [{"product": name, "price": price, "launched": launched, "active": True}])

    for day, when in enumerate(plan.days):
        plan.at_day(day, 23, 30)
        rows = []
        for region_index, region in enumerate(REGIONS):
            for name, price in PRODUCTS:
                weekend = when.weekday() >= 5
                units = max(0, round(rng.gauss(14 + 3 * region_index + (6 if weekend else 0), 4)))
                rows.append(
                    {
                        "date": when.isoformat(),
                        "region": region,
                        "product": name,
                        "channel": rng.choice(CHANNELS),
                        "units": units,
                        "revenue": round(units * price * rng.uniform(0.9, 1.0), 2),
                    }
                )
        _append(sales, rows)
        sessions = rng.randrange(1800, 4200)
        orders = rng.randrange(40, 160)
        _append(
            traffic,
            [
                {
                    "date": when.isoformat(),
                    "sessions": sessions,
                    "orders": orders,
                    "conversion": round(orders / sessions, 4),
                }
            ],
        )
    return {
        "created": 3 + len(USERS) + len(TEAMS) + len(sales.rows) + len(traffic.rows) + len(products.rows),
        "data_sets": {data_set.name: len(data_set.rows) for data_set in state.data_sets.values()},
        "users": len(directory.users),
        "teams": {team.name: len(team.members) for team in directory.teams.values()},
    }


def _append(data_set: DataSet, rows: list[dict[str, Any]]) -> None:
    """Append ``rows`` (``{column: value}``) as the API's append does, from ``{"column", "value"}`` cells."""
    data_set.append([[{"column": column, "value": value} for column, value in row.items()] for row in rows])
