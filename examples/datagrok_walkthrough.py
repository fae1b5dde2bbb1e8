"""Every example of the classic Datagrok client docs (and the resource client's), run against the dataports
Datagrok emulator.

Run it with a started emulator (``dataports-emulator``, then the printed ``export DATAPORTS_DATAGROK_URL=...``), or
let it start one in-process: ``python examples/datagrok_walkthrough.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from dataports.datagrok import DatagrokApiError, DatagrokClient, Group


@contextlib.contextmanager
def emulator_key() -> Iterator[str]:
    """The API key for the emulator named by DATAPORTS_DATAGROK_URL, or for a private one started here."""
    if os.environ.get("DATAPORTS_DATAGROK_URL"):
        yield "Bearer " + os.environ.get("DATAPORTS_TOKEN", "dataports-demo")
        return
    from dataports_emulators.testing import run_emulator

    with run_emulator(services=["datagrok"]) as running:
        os.environ["DATAPORTS_DATAGROK_URL"] = running.service_url("datagrok")
        yield "Bearer " + running.token


def walkthrough(api_key: str, workdir: Path) -> None:
    # --- A client (DATAPORTS_DATAGROK_URL points it at the emulator; the key reads "Bearer <key>") -------------
    client = DatagrokClient(api_key=api_key)
    print("client:", client)

    # --- Tables ---------------------------------------------------------------------------------------------
    cars = pd.DataFrame(
        {
            "model": ["Mazda RX4", "Datsun 710", "Valiant"],
            "mpg": [21.0, 22.8, 18.1],
            "cyl": [6, 4, 6],
            "automatic": [False, False, True],
            "sold": pd.to_datetime(["2024-03-01 09:30", "2024-04-12 16:00", "2024-05-20 11:15"]),
        }
    )
    ids = client.upload_table("Demo:Cars:cars", cars)
    print("uploaded table:", ids["ID"])
    table = client.download_table("Demo:Cars:cars")
    print("downloaded table:", table.shape, dict(table.dtypes.astype(str)))

    # --- Dashboards -------------------------------------------------------------------------------------------
    layout = workdir / "layout.json"
    layout.write_text(json.dumps({"#type": "ViewLayout", "views": []}))
    dashboard = client.create_dashboard("Demo:CarsDashboard", ids["ID"], str(layout))
    print("dashboard:", dashboard["ID"])
    client.share_dashboard(dashboard["ID"], "All users", "View")
    print("shared with All users")

    # --- Files ------------------------------------------------------------------------------------------------
    local = workdir / "cars.csv"
    cars.to_csv(local, index=False)
    client.upload_file("System:AppData", "cars/cars.csv", str(local))
    client.upload_file("System:AppData", "cars/notes/readme.txt", str(layout))
    print("file as a frame:", client.download_file("System:AppData", "cars/cars.csv").shape)  # type: ignore[union-attr]
    print("file as bytes:", len(client.download_file("System:AppData", "cars/notes/readme.txt")), "bytes")

    # --- Directory sync ---------------------------------------------------------------------------------------
    mirror = workdir / "mirror"
    print(client.sync_dir("System:AppData", "cars", str(mirror)))
    print(client.sync_dir("System:AppData", "cars", str(mirror)))  # nothing changed: nothing is sent again
    print(client.sync_dir("System:AppData", "cars", str(mirror / "csv-only"), ext="csv", recursive=False))

    # --- Functions --------------------------------------------------------------------------------------------
    print("Demo:Add(2, 3) =", client.call_function("Demo:Add", {"a": 2, "b": 3}))
    try:
        client.call_function("Demo:NoSuchFunction", {})
    except DatagrokApiError as error:  # the server answers 200 with an api-error header
        print("missing function:", error.api_message)

    # --- Groups -----------------------------------------------------------------------------------------------
    me = client.get_current_user_group()
    print("me:", me.name, "member of", [g.name for g in me.memberships + me.admin_memberships])
    print("groups:", [g.name for g in client.list_groups(include_members=True)])
    print("lookup 'smith':", [g.name for g in client.lookup_groups("smith")])
    chemists = client.save_group(Group(name="Chemists", description="Medicinal chemistry"))
    chemists.add_member(client.lookup_groups("asmith")[0], is_admin=True)
    print("admins of Chemists:", [g.name for g in client.get_group_members(chemists.id, admin=True)])
    request = client.request_group_membership(chemists.id)
    print("pending requests:", len(client.get_group_membership_requests(chemists.id)))
    client.approve_membership_request(request.id)
    print("members of Chemists:", [g.name for g in client.get_group_members(chemists.id)])
    print("memberships of me:", [g.name for g in client.get_group_memberships(me.id)])
    print("group:", client.get_group(chemists.id))

    # --- The resource-style client of datagrok-api 0.1.0, on the same connection ------------------------------
    print("users.current():", client.users.current().login)
    print("functions.call:", client.functions.call("Demo:Echo", {"value": "hello"}))
    print("shares.share:", client.shares.share(chemists, ["Developers"]).status)
    client.close()
    print("datagrok walkthrough complete")


def main() -> None:
    with emulator_key() as key, tempfile.TemporaryDirectory() as folder:
        walkthrough(key, Path(folder))


if __name__ == "__main__":
    main()
