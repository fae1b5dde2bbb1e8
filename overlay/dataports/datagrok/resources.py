"""The resource-style sub-clients of ``datagrok-api`` 0.1.0 (``client.tables``, ``client.files``...), with its
names and signatures. Each is a thin view of the client: the calls are the client's own methods, so both styles
share one implementation (and one connection, retry policy and error mapping)."""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .errors import DatagrokArgumentError
from .models import DataConnection, DataSourceType, Group, Model, ShareResponse, User

if TYPE_CHECKING:
    import pandas

    from .connections import ConnectionMethods
    from .files import Connector, FileMethods
    from .functions import FunctionMethods
    from .groups import GroupMethods
    from .shares import ShareMethods
    from .sync import SyncSummary
    from .tables import TableMethods
    from .users import UserMethods


class TablesClient:
    """``client.tables`` of ``datagrok-api`` 0.1.0: tables and dashboards."""

    def __init__(self, client: TableMethods) -> None:
        self.client = client

    def download(self, name: str) -> pandas.DataFrame:
        """The table ``name`` as a DataFrame; ``DatagrokClient.download_table``."""
        return self.client.download_table(name)

    def upload(self, name: str, dataframe: pandas.DataFrame) -> dict[str, Any]:
        """Upload ``dataframe`` as the table ``name``; ``DatagrokClient.upload_table``."""
        return self.client.upload_table(name, dataframe)

    def create_dashboard(self, name: str, table_ids: str, layout_filename: str | None = None) -> dict[str, Any]:
        """Create a dashboard ``name`` over ``table_ids``; ``DatagrokClient.create_dashboard``."""
        return self.client.create_dashboard(name, table_ids, layout_filename)


class FilesClient:
    """``client.files`` of ``datagrok-api`` 0.1.0: files of a connection."""

    def __init__(self, client: FileMethods) -> None:
        self.client = client

    def download(self, connector: Connector, path: str) -> pandas.DataFrame | bytes:
        """The file ``path`` of ``connector``; ``DatagrokClient.download_file``."""
        return self.client.download_file(connector, path)

    def upload(self, connector: Connector, path: str, file_path: str | os.PathLike[str]) -> None:
        """Upload the local ``file_path`` to ``path`` of ``connector``; ``DatagrokClient.upload_file``."""
        self.client.upload_file(connector, path, file_path)

    def sync_dir(
        self,
        connector: Connector,
        remote_path: str,
        dir: str | os.PathLike[str],
        ext: str | None = None,
        recursive: bool = True,
        sync_meta_file: str = ".sync_meta.json",
        *,
        progress: bool = False,
    ) -> SyncSummary:
        """Mirror a remote folder into ``dir``; ``DatagrokClient.sync_dir``, returning its ``SyncSummary``."""
        return self.client.sync_dir(connector, remote_path, dir, ext, recursive, sync_meta_file, progress=progress)


class FunctionsClient:
    """``client.functions`` of ``datagrok-api`` 0.1.0."""

    def __init__(self, client: FunctionMethods) -> None:
        self.client = client

    def call(self, func: str | Model, parameters: Mapping[str, Any] | None = None) -> Any:
        """Call the function ``func`` (its name, or a model by its ``grok_name``) with ``parameters``;
        ``DatagrokClient.call_function``."""
        name = getattr(func, "grok_name", None) if isinstance(func, Model) else func
        return self.client.call_function(name, parameters)  # type: ignore[arg-type]


class GroupsClient:
    """``client.groups`` of ``datagrok-api`` 0.1.0; the groups it returns are not bound to the client, so ``add_member``
    only changes the object."""

    def __init__(self, client: GroupMethods) -> None:
        self.client = client

    def find(self, query: str) -> builtins.list[Group]:
        """The groups matching ``query``; ``DatagrokClient.lookup_groups``."""
        return _unbound(self.client.lookup_groups(query))

    def get(self, id: str) -> Group:
        """The group ``id``; ``DatagrokClient.get_group``."""
        return _unbound_one(self.client.get_group(id))

    def save(self, group: Group, save_relations: bool = False) -> Group:
        """Save ``group`` (and its relations when ``save_relations``); ``DatagrokClient.save_group``."""
        return _unbound_one(self.client.save_group(group, save_relations))

    def delete(self, group: Group | str) -> None:
        """Delete ``group`` (an object or its id); ``DatagrokClient.delete_group``."""
        self.client.delete_group(group)

    def list(
        self,
        smart_filter: str | None = None,
        include_personal: bool = False,
        include_members: bool = False,
        include_memberships: bool = False,
    ) -> builtins.list[Group]:
        """The groups matching the filters; ``DatagrokClient.list_groups``."""
        return _unbound(self.client.list_groups(smart_filter, include_personal, include_members, include_memberships))

    def add_member(self, parent: Group | str, child: Group | User | str, is_admin: bool = False) -> Group:
        """Make ``child`` (a group, a user or a name) a member of ``parent`` and save it."""
        parent_group = parent if isinstance(parent, Group) else self._one(parent)
        if isinstance(child, User):
            personal = [g for g in self.find(child.login or child.name or "") if g.personal]
            if not personal:
                raise DatagrokArgumentError("child", f"no personal group found for user {child.name!r}")
            child_group = personal[0]
        elif isinstance(child, str):
            child_group = self._one(child)
        elif isinstance(child, Group):
            child_group = child
        else:
            raise TypeError(f"Unsupported type for child: {type(child)}")
        parent_group.add_member(child_group, is_admin=is_admin)
        return self.save(parent_group, save_relations=True)

    def _one(self, name: str) -> Group:
        matches = self.find(name)
        exact = [g for g in matches if (g.name or "").lower() == name.lower()]
        chosen = exact if exact else matches
        if len(chosen) != 1:
            raise DatagrokArgumentError("group", f"can't find group {name!r} or the name is ambiguous")
        return self.get(chosen[0].ensure_id())

    def get_members(self, group: Group, admin: bool | None = None) -> builtins.list[Group]:
        """The members of ``group`` (only admins, or only non-admins, with ``admin``)."""
        return _unbound(self.client.get_group_members(_group_id(group), admin))

    def get_memberships(self, group: Group, admin: bool | None = None) -> builtins.list[Group]:
        """The groups ``group`` belongs to (as admin or not, with ``admin``)."""
        return _unbound(self.client.get_group_memberships(_group_id(group), admin))

    def current(self) -> Group:
        """The current user's personal group."""
        return self.client.current_group()


class UsersClient:
    """``client.users`` of ``datagrok-api`` 0.1.0."""

    def __init__(self, client: UserMethods) -> None:
        self.client = client

    def get(self, id: str) -> User:
        """The user ``id``; ``DatagrokClient.get_user``."""
        return self.client.get_user(id)

    def current(self) -> User:
        """The user the API key belongs to."""
        return self.client.current_user()

    def list(self, smart_filter: str | None = None, include_group: bool = False) -> builtins.list[User]:
        """The users matching ``smart_filter``; ``DatagrokClient.list_users``."""
        return self.client.list_users(smart_filter, include_group)

    def block(self, user: User) -> None:
        """Block ``user``; ``DatagrokClient.block_user``."""
        self.client.block_user(user)

    def unblock(self, user: User) -> None:
        """Unblock ``user``; ``DatagrokClient.unblock_user``."""
        self.client.unblock_user(user)


class ConnectionsClient:
    """``client.connections`` of ``datagrok-api`` 0.1.0."""

    def __init__(self, client: ConnectionMethods) -> None:
        self.client = client

    def get(self, conn: str) -> DataConnection:
        """The connection ``conn`` (its id or name); ``DatagrokClient.get_connection``."""
        return self.client.get_connection(conn)

    def save(self, conn: DataConnection, save_credentials: bool = False) -> DataConnection:
        """Save ``conn`` (with its credentials when ``save_credentials``); ``DatagrokClient.save_connection``."""
        return self.client.save_connection(conn, save_credentials)

    def delete(self, conn: DataConnection | str) -> None:
        """Delete ``conn`` (an object or its id); ``DatagrokClient.delete_connection``."""
        self.client.delete_connection(conn)

    def list(
        self,
        smart_filter: str | None = None,
        data_source: DataSourceType | None = None,
        tags: builtins.list[str] | None = None,
    ) -> builtins.list[DataConnection]:
        """The connections matching the filters; ``DatagrokClient.list_connections``."""
        return self.client.list_connections(smart_filter, data_source, tags)

    def test(self, conn: DataConnection) -> None:
        """Test that ``conn`` can connect; ``DatagrokClient.test_connection`` raises ``DatagrokApiError`` when it
        cannot."""
        self.client.test_connection(conn)


class SharesClient:
    """``client.shares`` of ``datagrok-api`` 0.1.0."""

    def __init__(self, client: ShareMethods) -> None:
        self.client = client

    def share(self, id: str | Model, groups: str | Sequence[str | Group], access: str = "View") -> ShareResponse:
        """Share the entity ``id`` with ``groups`` at ``access`` level; ``DatagrokClient.share``."""
        return self.client.share(id, groups, access)


def _group_id(group: Group | str) -> str:
    return group if isinstance(group, str) else group.ensure_id()


def _unbound(groups: builtins.list[Group]) -> builtins.list[Group]:
    """Objects for the resource style: ``add_member`` changes only the object (``groups.save`` stores it)."""
    for group in groups:
        _unbind(group)
    return groups


def _unbound_one(group: Group) -> Group:
    _unbind(group)
    return group


def _unbind(group: Group) -> None:
    group._client = None
    for relation in [*group.parents, *group.children]:
        for other in (relation.parent, relation.child):
            if other is not None:
                _unbind(other)
