"""Every example of the clicdata-python docs, run against the dataports ClicData emulator.

Run it with a started emulator (``dataports-emulator``, then the printed ``export DATAPORTS_CLICDATA_URL=...``), or
let it start one in-process: ``python examples/clicdata_walkthrough.py``. The emulator's OAuth client is
``dataports-demo`` with the emulator token as its secret; Basic logins use ``demo@dataports.dev`` and the token.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pandas as pd
from dataports.clicdata.account import Account
from dataports.clicdata.dashboard import Dashboard
from dataports.clicdata.data import Data
from dataports.clicdata.exceptions import ObjectNotFound
from dataports.clicdata.schedule import Schedule
from dataports.clicdata.session import SessionManager
from dataports.clicdata.team import Team
from dataports.clicdata.user import User

CLIENT_ID = "dataports-demo"
EMAIL = "demo@dataports.dev"


@contextlib.contextmanager
def emulator_secret() -> Iterator[str]:
    """The client secret for the emulator named by DATAPORTS_CLICDATA_URL, or for a private one started here."""
    if os.environ.get("DATAPORTS_CLICDATA_URL"):
        yield os.environ.get("DATAPORTS_TOKEN", "dataports-demo")
        return
    from dataports_emulators.testing import run_emulator

    with run_emulator(services=["clicdata"]) as running:
        os.environ["DATAPORTS_CLICDATA_URL"] = running.service_url("clicdata")
        yield running.token


def walkthrough(client_id: str, client_secret: str) -> None:
    # --- Example use: one shared session for every module, or an isolated one (DATAPORTS_CLICDATA_URL points both
    # at the emulator) ----------------------------------------------------------------------------------------------
    SessionManager(client_id=client_id, client_secret=client_secret)
    table1 = Data().get_data()
    table2 = Data(client_id=client_id, client_secret=client_secret).get_data()
    print("data sets:", list(table1["name"]), "| isolated session sees the same:", table1["id"].equals(table2["id"]))

    # --- SessionManager: client credentials, then Basic ---------------------------------------------------------------
    SessionManager(auth_method="client_credentials", client_id=client_id, client_secret=client_secret)
    list_data_sets = Data().get_data()
    print("client credentials:", len(list_data_sets), "data sets")
    SessionManager(auth_method="basic", client_id=client_id, username=EMAIL, password=client_secret)
    list_data_sets = Data().get_data()
    print("basic:", len(list_data_sets), "data sets")

    # --- Data ---------------------------------------------------------------------------------------------------------
    data = Data()
    sales_id = int(list_data_sets.loc[list_data_sets["name"] == "Sales", "id"].iloc[0])
    sales = data.get_data(rec_id=sales_id)
    print("Sales rows:", len(sales), "| column types:", dict(sales.dtypes.astype(str)))
    print("versions:\n", data.get_data_history(rec_id=sales_id))
    print("version 1 rows:", len(data.get_data_history(rec_id=sales_id, ver_id=1, output="dict")))
    frame = pd.DataFrame(
        {
            "city": ["Kigali", "Lyon", "Oslo", "Kigali"],
            "visits": [120, 80, 45, 60],
            "share": [0.4, 0.27, 0.15, 0.2],
            "day": pd.to_datetime(["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02"]),
            "open": [True, True, False, True],
        }
    )
    rec_id = data.create_data(name="Visits", description="Visits per city", cols=dict(frame.dtypes))
    print("created data set", rec_id)
    print(data.append_data(rec_id=rec_id, data=frame))
    static = data.static_send_data(name="Visits (static copy)", desc="one call", data=frame)
    print("static_send_data:", static["rec_id"], static["status"])
    print(data.rebuild_data(rec_id=sales_id, method="updateappend"))
    print(data.delete_data(rec_id=rec_id, filters={"city": "Kigali"}, multiple_rows="first"))
    print("read back:\n", data.get_data(rec_id=rec_id))

    # --- Account ------------------------------------------------------------------------------------------------------
    account = Account()
    print("usage and limits:\n", account.get_account())
    print("user activity:\n", account.get_account_activity(entity="users"))

    # --- Dashboard ----------------------------------------------------------------------------------------------------
    dashboards = Dashboard()
    print("dashboards:\n", dashboards.get_dashboard(thumbnail=True)[["id", "name"]])
    thumbnail = dashboards.get_dashboard_thumbnail(rec_id=501, output="base64")
    snapshot = dashboards.get_dashboard_snapshot(name="Sales Overview", output="image")
    print("thumbnail (base64):", thumbnail[:24], "... | snapshot:", len(snapshot), "bytes of PNG")
    try:
        dashboards.get_dashboard_thumbnail(rec_id=999)
    except ObjectNotFound as error:
        print("no such dashboard:", error)

    # --- Schedule -----------------------------------------------------------------------------------------------------
    schedules = Schedule()
    print("schedules:\n", schedules.get_schedule()[["id", "name", "run_count"]])
    print(schedules.trigger_schedule(rec_id=701).text)
    print("after the run:", schedules.get_schedule(rec_id=701, output="dict")[0]["last_status"])

    # --- Planned: teams and users -------------------------------------------------------------------------------------
    SessionManager(client_id=client_id, client_secret=client_secret)
    users, teams = User(), Team()
    user_id = users.create_user("ada@example.com", "Ada", "Lovelace", password="Analyt1cal-engine")
    team_id = teams.create_team("Analysts", description="Read the sales data")
    teams.add_user_to_team(team_id, user_id)
    teams.set_team_parameter(team_id, "region", "North")
    print(users.update_user_password(user_id, "Diff3rence-engine"))
    print("teams:\n", teams.get_team())
    teams.remove_user_from_team(team_id, user_id)
    teams.remove_team_parameter(team_id, "region")
    print(teams.delete_team(team_id), users.delete_user(user_id))
    SessionManager.close_session()


def main() -> None:
    with emulator_secret() as secret:
        walkthrough(CLIENT_ID, secret)


if __name__ == "__main__":
    main()
