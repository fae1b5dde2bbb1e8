"""Everything one Datagrok deployment holds, in a temporary folder a reset replaces: tables, projects, file
connections with their files, groups and users, and the starting state tests and users rely on."""

from __future__ import annotations

from pathlib import Path

from dataports_emulators.core.filestore import TempFolder

from .connections import Connection, Connections
from .directory import ALL_USERS_ID, DEVELOPERS_ID, Directory
from .projects import Projects
from .tables import TableStore

#: The namespace of the API key's user (``Demo:Home`` is its home connection).
USER_NAMESPACE = "Demo"
CURRENT_LOGIN = "demo"
APP_DATA_ID = "1b0b3c60-8d8d-11ef-8c1a-7f1c2a3b4c5d"
HOME_ID = "2c1c4d70-8d8d-11ef-8c1a-7f1c2a3b4c5d"


class DatagrokState:
    """One deployment: the stores, and the folders their files live in."""

    def __init__(self) -> None:
        self.folder = TempFolder("dataports-datagrok-")
        self.spool = self.root / "incoming"
        self.spool.mkdir()
        self.tables = TableStore(self.root / "tables", USER_NAMESPACE)
        self.projects = Projects()
        self.connections = Connections(self.root / "files")
        self.directory = Directory()
        self._starting_state()

    @property
    def root(self) -> Path:
        return self.folder.path

    def _starting_state(self) -> None:
        directory = self.directory
        directory.add_group("All users", id=ALL_USERS_ID, description="Every user of the platform")
        developers = directory.add_group("Developers", id=DEVELOPERS_ID, description="Package developers")
        me = directory.add_user(CURRENT_LOGIN, "Demo", "User", current=True)
        directory.add_user("asmith", "Alice", "Smith")
        directory.relate(developers.id, me.group_id, is_admin=True)
        self.connections.add(
            Connection(APP_DATA_ID, "AppData", "System:", "Files", description="Application data of packages")
        )
        home = self.connections.add(
            Connection(HOME_ID, "Home", f"{USER_NAMESPACE}:", "Files", description="Home folder of the demo user")
        )
        home.put_bytes("readme.txt", b"Files of the Demo:Home connection.\n")

    def close(self) -> None:
        self.folder.close()
