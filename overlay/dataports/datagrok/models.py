"""Datagrok's entities as both official clients model them: ``Group``, ``GroupRelation``, ``GroupMembershipRequest``
(the classic ``group.py``), and ``User``, ``DataConnection``, ``Credentials``, ``ShareResponse`` and the data source
enums (the resource client's ``models``). One class per entity serves both styles:

* classic: ``Group(name="Chemists", description="...")`` or ``Group(client, **wire_json)``; objects returned by the
  flat methods are bound to their client, so ``group.add_member(other)`` saves at once and
  ``request.approve()`` calls the server, as in the classic client;
* resource style: ``Group(description=..., name=...)`` and ``Group.from_dict(json)``; ``add_member`` only changes the
  object, and ``client.groups.save(group, save_relations=True)`` stores it.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Protocol

from .errors import ShareFailedError

ALL_USERS_ID = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6"
"""The id of Datagrok's built-in "All users" group."""


class GroupMethods(Protocol):
    """What a bound model calls on its client (the classic flat group methods)."""

    def save_group(self, group: Group, save_relations: bool = False) -> Group:
        """Save ``group`` (with its relations when ``save_relations``) and return the saved group."""

    def request_group_membership(self, group_id: str) -> GroupMembershipRequest:
        """Ask to join the group ``group_id``."""

    def get_group_membership_requests(self, group_id: str) -> list[GroupMembershipRequest]:
        """The pending requests to join the group ``group_id``."""

    def approve_membership_request(self, request_id: str) -> None:
        """Approve the membership request ``request_id``."""

    def deny_membership_request(self, request_id: str) -> None:
        """Deny the membership request ``request_id``."""


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value)
    return None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


class Model:
    """An entity with an ID (``None`` until saved); ``ensure_id`` assigns a new one, as the clients do."""

    def __init__(self, id: str | None = None) -> None:
        self.id = id

    def ensure_id(self) -> str:
        """The model's id, assigning a new UUID first when it has none (as the classic ``Model``)."""
        if self.id is None:
            self.id = str(uuid.uuid1())
        return self.id


class NamedModel(Model):
    """An entity with a name, a display name, timestamps and a namespace (``grok_name`` = namespace + name)."""

    def __init__(
        self,
        name: str | None = None,
        id: str | None = None,
        friendly_name: str | None = None,
        created_on: datetime | None = None,
        updated_on: datetime | None = None,
        namespace: str | None = None,
    ) -> None:
        super().__init__(id)
        self.name = name
        self.friendly_name = friendly_name
        self.created_on = created_on
        self.updated_on = updated_on
        self.namespace = namespace

    @property
    def grok_name(self) -> str:
        """The model's full name: its namespace followed by its name."""
        return (self.namespace or "") + (self.name or "")

    def to_dict(self) -> dict[str, Any]:
        """The model as the API's JSON; each subclass implements it."""
        raise NotImplementedError


# --------------------------------------------------------------------------------------------------------- groups
class Group(NamedModel):
    """A group of users and groups; every user has a personal one (``personal=True``).

    ``children`` are member relations (``members``, ``admin_members``), ``parents`` membership relations
    (``memberships``, ``admin_memberships``). Keywords may be given in Python style (``friendly_name``) or as the
    API spells them (``friendlyName``), so ``Group(**api_json)`` works as in the classic client.
    """

    _well_known: ClassVar[dict[str, Group]] = {}

    def __init__(self, client: GroupMethods | str | None = None, **data: Any) -> None:
        # The classic constructor takes the client first; the resource client's takes the description first.
        description = data.pop("description", None)
        if isinstance(client, str):
            description, client = client, None
        super().__init__(
            name=data.get("name"),
            id=data.get("id"),
            friendly_name=data.get("friendly_name", data.get("friendlyName")),
            created_on=_moment(data.get("created_on", data.get("createdOn"))),
            updated_on=_moment(data.get("updated_on", data.get("updatedOn"))),
            namespace=data.get("namespace"),
        )
        self._client = client
        self.description: str | None = description
        self.personal: bool = bool(data.get("personal"))
        self.hidden: bool = bool(data.get("hidden"))
        self.parents: list[GroupRelation] = [GroupRelation.of(r, client) for r in data.get("parents") or []]
        self.children: list[GroupRelation] = [GroupRelation.of(r, client) for r in data.get("children") or []]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], client: GroupMethods | None = None) -> Group:
        """A group from the API's JSON."""
        return cls(client, **dict(data))

    @classmethod
    def _known(cls, key: str, group_id: str, name: str) -> Group:
        if key not in cls._well_known:
            cls._well_known[key] = Group(id=group_id, name=name)
        return cls._well_known[key]

    @classmethod
    def ALL_USERS(cls) -> Group:
        """The built-in "All users" group."""
        return cls._known("all_users", ALL_USERS_ID, "All users")

    @classmethod
    def DEVELOPERS(cls) -> Group:
        """The built-in "Developers" group."""
        return cls._known("developers", "ba9cd191-9a50-11e6-9cc9-910bf827f0ab", "Developers")

    @classmethod
    def ADMIN(cls) -> Group:
        """The built-in "Admin" group."""
        return cls._known("admin", "a4b45840-9a50-11e6-c537-6bf8e9ab02ee", "Admin")

    @classmethod
    def SYSTEM(cls) -> Group:
        """The built-in "System" group."""
        return cls._known("system", "a4b45840-ac9c-4d39-8b4b-4db3e576b3c3", "System")

    @classmethod
    def ADMINISTRATORS(cls) -> Group:
        """The built-in "Administrators" group."""
        return cls._known("administrators", "1ab8b38d-9c4e-4b1e-81c3-ae2bde3e12c5", "Administrators")

    @classmethod
    def TEST(cls) -> Group:
        """The built-in "Test" group."""
        return cls._known("test", "ca1e672e-e3be-40e0-b79b-8546b8bf62e6", "Test")

    def _related(self, relations: list[GroupRelation], admin: bool, side: str) -> list[Group]:
        found = [getattr(r, side) for r in relations if r.is_admin == admin]
        return [g for g in found if g is not None]

    @property
    def members(self) -> list[Group]:
        """Non-admin members."""
        return self._related(self.children, False, "child")

    @property
    def admin_members(self) -> list[Group]:
        """The members of this group that are its admins."""
        return self._related(self.children, True, "child")

    @property
    def memberships(self) -> list[Group]:
        """Groups this one is a non-admin member of."""
        return self._related(self.parents, False, "parent")

    @property
    def admin_memberships(self) -> list[Group]:
        """The groups this group belongs to as an admin."""
        return self._related(self.parents, True, "parent")

    def add_member(self, group: Group, is_admin: bool = False) -> None:
        """Make ``group`` a member (or admin) of this one. A group got from a classic flat method is saved at
        once (with its relations), as in the classic client; otherwise only this object changes."""
        self.ensure_id()
        group.ensure_id()
        existing = next((r for r in self.children if r.child is not None and r.child.id == group.id), None)
        if existing is not None:
            existing.is_admin = is_admin
        else:
            relation = GroupRelation(parent=Group(id=self.id, name=self.name), child=group, is_admin=is_admin)
            relation.ensure_id()
            self.children.append(relation)
        if self._client is not None:
            self._client.save_group(self, save_relations=True)

    def request_membership(self) -> GroupMembershipRequest:
        """Ask to join this group (classic; needs a group got from the client)."""
        return self._bound().request_group_membership(self.ensure_id())

    def get_membership_requests(self) -> list[GroupMembershipRequest]:
        """The requests to join this group (classic; needs a group got from the client)."""
        return self._bound().get_group_membership_requests(self.ensure_id())

    def _bound(self) -> GroupMethods:
        if self._client is None:
            raise TypeError("this Group is not bound to a client; use client.request_group_membership(group.id)")
        return self._client

    def to_dict(self) -> dict[str, Any]:
        """The group as the API's JSON (camelCase keys, relations included)."""
        return {
            "id": self.id,
            "name": self.name,
            "friendlyName": self.friendly_name,
            "description": self.description,
            "createdOn": _iso(self.created_on),
            "updatedOn": _iso(self.updated_on),
            "personal": self.personal,
            "hidden": self.hidden,
            "parents": [r.to_dict() for r in self.parents],
            "children": [r.to_dict() for r in self.children],
        }

    def __repr__(self) -> str:
        return f"Group(id={self.id}, name={self.name}, description={self.description})"


class GroupRelation(Model):
    """Membership of ``child`` in ``parent``; ``is_admin`` when the child administers the parent. The server sends
    ``null`` rather than ``false`` for a non-admin relation; it reads as ``False`` here."""

    def __init__(
        self,
        client: GroupMethods | None = None,
        *,
        parent: Group | Mapping[str, Any] | None = None,
        child: Group | Mapping[str, Any] | None = None,
        is_admin: bool | None = None,
        **data: Any,
    ) -> None:
        super().__init__(data.get("id"))
        self.is_admin: bool = bool(is_admin if is_admin is not None else data.get("isAdmin"))
        self.parent: Group | None = _group(parent, client)
        self.child: Group | None = _group(child, client)

    @classmethod
    def of(cls, value: GroupRelation | Mapping[str, Any], client: GroupMethods | None = None) -> GroupRelation:
        """``value`` if it is a ``GroupRelation``, else the relation for its JSON, bound to ``client``."""
        return value if isinstance(value, GroupRelation) else cls.from_dict(value, client)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], client: GroupMethods | None = None) -> GroupRelation:
        """The relation for its API JSON, bound to ``client`` when given."""
        return cls(client, **dict(data))

    def to_dict(self) -> dict[str, Any]:
        """The relation as the API's JSON."""
        return {
            "id": self.id,
            "isAdmin": self.is_admin,
            "parent": self.parent.to_dict() if self.parent else None,
            "child": self.child.to_dict() if self.child else None,
        }

    def __repr__(self) -> str:
        return f"GroupRelation(parent={self.parent!r}, child={self.child!r}, is_admin={self.is_admin})"


def _group(value: Group | Mapping[str, Any] | None, client: GroupMethods | None) -> Group | None:
    if value is None or isinstance(value, Group):
        return value
    return Group.from_dict(value, client)


class GroupMembershipRequest(Model):
    """A request by ``from_group`` to join ``to``; ``approved`` is ``None`` while pending."""

    def __init__(self, client: GroupMethods | None = None, **data: Any) -> None:
        super().__init__(data.get("id"))
        self._client = client
        self.approved: bool | None = data.get("approved")
        self.created_on = _moment(data.get("createdOn"))
        self.updated_on = _moment(data.get("updatedOn"))
        self.resolution_date = _moment(data.get("resolutionDate"))
        self.from_group: Group | None = _group(data.get("from"), client)
        self.to: Group | None = _group(data.get("to"), client)

    @property
    def is_viewed(self) -> bool:
        """Whether the request was approved or denied."""
        return self.approved is not None

    def approve(self) -> None:
        """Approve this request on the server; needs a request bound to its client (from the flat methods), else
        ``TypeError``."""
        self._bound().approve_membership_request(self.ensure_id())

    def deny(self) -> None:
        """Deny this request on the server; needs a request bound to its client (from the flat methods), else
        ``TypeError``."""
        self._bound().deny_membership_request(self.ensure_id())

    def _bound(self) -> GroupMethods:
        if self._client is None:
            raise TypeError("this request is not bound to a client; use client.approve_membership_request(id)")
        return self._client

    def to_dict(self) -> dict[str, Any]:
        """The request as the API's JSON."""
        return {
            "id": self.id,
            "approved": self.approved,
            "createdOn": _iso(self.created_on),
            "updatedOn": _iso(self.updated_on),
            "resolutionDate": _iso(self.resolution_date),
            "from": self.from_group.to_dict() if self.from_group else None,
            "to": self.to.to_dict() if self.to else None,
        }

    def __repr__(self) -> str:
        return f"GroupMembershipRequest(id={self.id}, approved={self.approved})"


# ---------------------------------------------------------------------------------------------------- connections
class DataSourceType(str, enum.Enum):  # noqa: UP042 - str() as the resource client's enums
    """Base of the two data source enums (a connection's ``dataSource``)."""

    @classmethod
    def is_file_data_source(cls, source: str | DataSourceType) -> bool:
        """Whether ``source`` is a file data source (``Files``, ``S3``...)."""
        return _value(source) in FileDataSourceType._value2member_map_

    @classmethod
    def is_database_data_source(cls, source: str | DataSourceType) -> bool:
        """Whether ``source`` is a database data source (``Postgres``, ``Snowflake``...)."""
        return _value(source) in DatabaseDataSourceType._value2member_map_

    @classmethod
    def is_system(cls, source: str | DataSourceType) -> bool:
        """Whether ``source`` is one of Datagrok's own system data sources."""
        return _value(source) in ("AWS", "PostgresDart")

    @classmethod
    def can_be_tested(cls, source: str | DataSourceType) -> bool:
        """Whether a connection to ``source`` can be tested (``test_connection``)."""
        return _value(source) != "AWS"

    @classmethod
    def from_str(cls, value: str) -> DataSourceType:
        """The ``FileDataSourceType`` or ``DatabaseDataSourceType`` member whose value is ``value``; ``ValueError`` for
        an unknown one."""
        if value in FileDataSourceType._value2member_map_:
            return FileDataSourceType(value)
        if value in DatabaseDataSourceType._value2member_map_:
            return DatabaseDataSourceType(value)
        raise ValueError(f"Unknown datasource type {value}")


def _value(source: str | DataSourceType) -> str:
    return source.value if isinstance(source, enum.Enum) else str(source)


class FileDataSourceType(DataSourceType):
    """The file data sources a ``DataConnection`` can use (``Files``, ``S3``, ``Dropbox``...)."""

    AzureBlob = "Azure Blob"
    Dropbox = "Dropbox"
    GitHub = "GitHub"
    GoogleCloud = "GoogleCloud"
    S3 = "S3"
    EFS = "Amazon EFS"
    SharePoint = "SharePoint"
    Files = "Files"
    CoreWeave = "CoreWeave"


class DatabaseDataSourceType(DataSourceType):
    """The database data sources a ``DataConnection`` can use (``Postgres``, ``Snowflake``...)."""

    Access = "Access"
    Athena = "Athena"
    BigQuery = "BigQuery"
    Cassandra = "Cassandra"
    DB2 = "DB2"
    Excel = "Excel"
    Firebird = "Firebird"
    HBase = "HBase"
    Hive = "Hive"
    Hive2 = "Hive2"
    MariaDB = "MariaDB"
    MlFlow = "MLFlow"
    MongoDB = "MongoDB"
    MsSql = "MS SQL"
    MySql = "MySQL"
    Neo4j = "Neo4j"
    Oracle = "Oracle"
    PostgresDart = "PostgresDart"
    ClickHouse = "ClickHouse"
    Postgres = "Postgres"
    Redshift = "Redshift"
    Snowflake = "Snowflake"
    SQLite = "SQLite"
    Socrata = "Socrata"
    Sparql = "Sparql"
    Teradata = "Teradata"
    Twitter = "Twitter"
    Vertica = "Vertica"
    Web = "Web"
    AWSSM = "AWS"


class ParameterAttributes:
    """Attributes beyond the declared ones (``_explicit``) live in ``parameters``, as in datagrok-api: set and read
    as ``obj.host`` or ``obj["host"]``."""

    _explicit: ClassVar[frozenset[str]] = frozenset()
    parameters: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        parameters = self.__dict__.get("parameters", {})
        if name in parameters:
            return parameters[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self._explicit:
            object.__setattr__(self, name, value)
        else:
            self.parameters[name] = value

    def __getitem__(self, key: str) -> Any:
        return self.parameters[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.parameters[key] = value


class Credentials(ParameterAttributes, Model):
    """Secrets of an entity: ``Credentials(login="...", password="...")``; fields read and set as attributes."""

    _explicit: ClassVar[frozenset[str]] = frozenset({"id", "parameters", "open_parameters", "entity_bind_id", "group"})

    def __init__(self, entity_bind_id: str | None = None, group: Group | None = None, **parameters: Any) -> None:
        object.__setattr__(self, "parameters", dict(parameters))
        super().__init__(None)
        self.open_parameters: dict[str, Any] = {}
        self.entity_bind_id = entity_bind_id
        self.group = group

    def get(self, key: str, default: Any = None) -> Any:
        """The credential parameter ``key``, or ``default``."""
        return self.parameters.get(key, default)

    def to_dict(self) -> dict[str, Any]:
        """The credentials as the API's JSON."""
        data: dict[str, Any] = {
            "id": self.id,
            "parameters": self.parameters,
            "openParameters": self.open_parameters,
            "entityBindId": self.entity_bind_id,
        }
        if self.group is not None:
            data["group"] = self.group.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Credentials:
        """The credentials for their API JSON."""
        group = data.get("group")
        made = cls(entity_bind_id=data.get("entityBindId"), group=Group.from_dict(group) if group else None)
        made.parameters.update(data.get("parameters") or {})
        made.id = data.get("id")
        made.open_parameters = dict(data.get("openParameters") or {})
        return made

    def __repr__(self) -> str:
        # Values are secrets: only their names are shown.
        return f"Credentials(id={self.id}, parameters={sorted(self.parameters)})"


class DataConnection(ParameterAttributes, NamedModel):
    """A data connection; data-source settings (``server``, ``db``, ``bucket``...) are read and set as attributes."""

    _explicit: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "data_source",
            "friendly_name",
            "description",
            "credentials",
            "parameters",
            "tags",
            "created_on",
            "updated_on",
            "namespace",
        }
    )

    def __init__(
        self,
        name: str,
        data_source: DataSourceType | str,
        id: str | None = None,
        friendly_name: str | None = None,
        description: str | None = None,
        credentials: Credentials | None = None,
        tags: list[str] | None = None,
        created_on: datetime | None = None,
        updated_on: datetime | None = None,
        namespace: str | None = None,
        **parameters: Any,
    ) -> None:
        object.__setattr__(self, "parameters", dict(parameters))
        super().__init__(name, id, friendly_name, created_on, updated_on, namespace)
        self.data_source: DataSourceType = (
            data_source if isinstance(data_source, DataSourceType) else DataSourceType.from_str(data_source)
        )
        self.description = description
        self.credentials: Credentials = credentials or Credentials()
        self.tags: list[str] = list(tags or [])

    def get(self, key: str, default: Any = None) -> Any:
        """The connection parameter ``key``, or ``default``."""
        return self.parameters.get(key, default)

    def to_dict(self) -> dict[str, Any]:
        """The connection as the API's JSON."""
        return {
            "id": self.id,
            "parameters": self.parameters,
            "name": self.name,
            "friendlyName": self.friendly_name,
            "description": self.description,
            "dataSource": self.data_source.value,
            "credentials": self.credentials.to_dict(),
            "createdOn": _iso(self.created_on),
            "updatedOn": _iso(self.updated_on),
            "tags": self.tags,
            "namespace": self.namespace,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DataConnection:
        """The connection for its API JSON."""
        return cls(
            name=data.get("name") or "",
            data_source=DataSourceType.from_str(data.get("dataSource") or "Files"),
            id=data.get("id"),
            friendly_name=data.get("friendlyName"),
            description=data.get("description"),
            credentials=Credentials.from_dict(data.get("credentials") or {}),
            tags=list(data.get("tags") or []),
            created_on=_moment(data.get("createdOn")),
            updated_on=_moment(data.get("updatedOn")),
            namespace=data.get("namespace"),
            **dict(data.get("parameters") or {}),
        )

    def __repr__(self) -> str:
        return f"DataConnection(id={self.id}, name={self.name}, data_source={self.data_source.value})"


# ---------------------------------------------------------------------------------------------------------- users
class UserStatus(str, enum.Enum):  # noqa: UP042
    """A user's status: ``new``, ``active``, ``blocked`` or ``guest``."""

    new = "new"
    active = "active"
    blocked = "blocked"
    guest = "guest"


class User(NamedModel):
    """A user of the platform; ``group`` is their personal group."""

    def __init__(
        self,
        first_name: str | None = None,
        last_name: str | None = None,
        login: str | None = None,
        email: str | None = None,
        status: UserStatus | None = None,
        storage: DataConnection | None = None,
        group: Group | None = None,
        **named: Any,
    ) -> None:
        super().__init__(**named)
        self.first_name = first_name
        self.last_name = last_name
        self.login = login
        self.email = email
        self.status: UserStatus = status or UserStatus.new
        self.storage = storage
        self.group = group

    def to_dict(self) -> dict[str, Any]:
        """The user as the API's JSON."""
        return {
            "id": self.id,
            "name": self.name,
            "friendlyName": self.friendly_name,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "email": self.email,
            "login": self.login,
            "status": self.status.value,
            "storage": None if self.storage is None else self.storage.to_dict(),
            "group": None if self.group is None else self.group.to_dict(),
            "createdOn": _iso(self.created_on),
            "updatedOn": _iso(self.updated_on),
            "namespace": self.namespace,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> User:
        """The user for its API JSON."""
        return cls(
            id=data.get("id"),
            name=data.get("name"),
            friendly_name=data.get("friendlyName"),
            first_name=data.get("firstName"),
            last_name=data.get("lastName"),
            login=data.get("login"),
            email=data.get("email"),
            status=UserStatus(data.get("status") or "new"),
            storage=DataConnection.from_dict(data["storage"]) if data.get("storage") else None,
            group=Group.from_dict(data["group"]) if data.get("group") else None,
            created_on=_moment(data.get("createdOn")),
            updated_on=_moment(data.get("updatedOn")),
            namespace=data.get("namespace"),
        )

    def __repr__(self) -> str:
        return f"User(id={self.id}, login={self.login}, status={self.status.value})"


# --------------------------------------------------------------------------------------------------------- shares
class ShareResponse:
    """The outcome of a share: ``status`` (``success``, ``partial_success`` or ``failed``) and the groups
    ``shared`` now, ``already_shared`` and ``failed``."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.status: str | None = data.get("status")
        self.shared: list[Any] = list(data.get("shared") or [])
        self.already_shared: list[Any] = list(data.get("alreadyShared") or [])
        self.failed: list[Any] = list(data.get("failed") or [])

    def is_success(self) -> bool:
        """Whether the entity was shared with every group."""
        return self.status == "success"

    def is_partial(self) -> bool:
        """Whether it was shared with some of the groups only."""
        return self.status == "partial_success"

    def is_failed(self) -> bool:
        """Whether it was shared with none of the groups."""
        return self.status == "failed"

    def raise_for_failure(self) -> None:
        """A ``ShareFailedError`` (a ``RuntimeError``) when no group got access."""
        if self.is_failed():
            raise ShareFailedError(f"Sharing failed: {self.failed}", self)

    def __repr__(self) -> str:
        return f"ShareResponse(status={self.status}, shared={self.shared}, failed={self.failed})"
