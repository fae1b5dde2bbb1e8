"""Groups, their relations (members and admins), membership requests and users, kept consistent: a member shows in
the group's ``children`` and in the member's ``parents``, an approved request becomes a membership, and deleting a
group removes its relations and requests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from dataports_emulators.core.clock import new_uuid
from dataports_emulators.core.errors import ServiceError

from .wire import identifier, timestamp

ALL_USERS_ID = "a4b45840-9a50-11e6-9cc9-8546b8bf62e6"
DEVELOPERS_ID = "ba9cd191-9a50-11e6-9cc9-910bf827f0ab"
#: Groups the platform itself needs; they cannot be deleted.
SYSTEM_GROUPS = frozenset({ALL_USERS_ID, DEVELOPERS_ID})
USER_STATUSES = ("new", "active", "blocked", "guest")


@attrs.define
class GroupRecord:
    id: str
    name: str
    friendly_name: str | None = None
    description: str | None = None
    personal: bool = False
    hidden: bool = False
    namespace: str | None = None
    created_on: str = attrs.field(factory=timestamp)
    updated_on: str = attrs.field(factory=timestamp)
    shares: dict[str, str] = attrs.field(factory=dict)


@attrs.define
class Relation:
    id: str
    parent: str
    child: str
    is_admin: bool


@attrs.define
class MembershipRequest:
    id: str
    sender: str
    target: str
    approved: bool | None = None
    created_on: str = attrs.field(factory=timestamp)
    updated_on: str = attrs.field(factory=timestamp)
    resolution_date: str | None = None


@attrs.define
class UserRecord:
    id: str
    login: str
    first_name: str
    last_name: str
    email: str
    group_id: str
    status: str = "active"
    created_on: str = attrs.field(factory=timestamp)
    updated_on: str = attrs.field(factory=timestamp)


class Directory:
    """The groups, relations, requests and users of one deployment; ``current`` is the API key's user."""

    def __init__(self) -> None:
        self.groups: dict[str, GroupRecord] = {}
        self.relations: dict[str, Relation] = {}
        self.requests: dict[str, MembershipRequest] = {}
        self.users: dict[str, UserRecord] = {}
        self.current = ""

    # --- groups -----------------------------------------------------------------------------------------------
    def group(self, key: str) -> GroupRecord:
        """A group by ID or name (case-insensitive); a 404 when there is none."""
        wanted = identifier(key, "Group")
        found = self.groups.get(wanted)
        if found is None:
            lowered = wanted.lower()
            found = next((g for g in self.groups.values() if g.name.lower() == lowered), None)
        if found is None:
            raise ServiceError(404, f"Group {key!r} not found")
        return found

    def add_group(self, name: str, **fields: Any) -> GroupRecord:
        record = GroupRecord(id=fields.pop("id", None) or new_uuid(), name=name, **fields)
        self.groups[record.id] = record
        return record

    def relate(self, parent: str, child: str, is_admin: bool = False, relation_id: str | None = None) -> Relation:
        """Make ``child`` a member (or admin) of ``parent``; an existing membership is updated."""
        for relation in self.relations.values():
            if relation.parent == parent and relation.child == child:
                relation.is_admin = is_admin
                return relation
        relation = Relation(relation_id or new_uuid(), parent, child, is_admin)
        self.relations[relation.id] = relation
        return relation

    def children(self, group_id: str, admin: bool | None = None) -> list[Relation]:
        return [r for r in self.relations.values() if r.parent == group_id and (admin is None or r.is_admin == admin)]

    def parents(self, group_id: str, admin: bool | None = None) -> list[Relation]:
        return [r for r in self.relations.values() if r.child == group_id and (admin is None or r.is_admin == admin)]

    def group_json(self, record: GroupRecord, *, members: bool = False, memberships: bool = False) -> dict[str, Any]:
        """The group as the API sends it; relations embedded only when asked (``[]`` otherwise)."""
        return {
            "id": record.id,
            "name": record.name,
            "friendlyName": record.friendly_name if record.friendly_name is not None else record.name,
            "description": record.description,
            "namespace": record.namespace,
            "createdOn": record.created_on,
            "updatedOn": record.updated_on,
            "personal": record.personal,
            "hidden": record.hidden,
            "children": [self._relation_json(r, "child") for r in self.children(record.id)] if members else [],
            "parents": [self._relation_json(r, "parent") for r in self.parents(record.id)] if memberships else [],
        }

    def _relation_json(self, relation: Relation, side: str) -> dict[str, Any]:
        other = self.groups[relation.child if side == "child" else relation.parent]
        shown = self.group_json(other)
        # The server sends null rather than false for a non-admin relation.
        return {
            "id": relation.id,
            "isAdmin": True if relation.is_admin else None,
            "parent": shown if side == "parent" else None,
            "child": shown if side == "child" else None,
        }

    def save_group(self, body: Mapping[str, Any], save_relations: bool) -> GroupRecord:
        """Create or update the group in ``body``; with ``save_relations`` its children and parents replace the
        stored ones (each naming the other group by ``id``)."""
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ServiceError(400, "Group name is required")
        group_id = body.get("id") or new_uuid()
        if not isinstance(group_id, str) or ":" in group_id:
            raise ServiceError(400, f"Invalid group id {group_id!r}")
        clash = next((g for g in self.groups.values() if g.name.lower() == name.lower() and g.id != group_id), None)
        if clash is not None and not body.get("personal"):
            raise ServiceError(400, f"A group named {name!r} already exists")
        planned = self._planned_relations(group_id, body) if save_relations else None
        record = self.groups.get(group_id)
        if record is None:
            record = self.add_group(name, id=group_id, personal=bool(body.get("personal")))
        record.name = name
        record.friendly_name = body.get("friendlyName") or None
        record.description = body.get("description")
        record.hidden = bool(body.get("hidden"))
        record.updated_on = timestamp()
        if planned is not None:
            for relation in [*self.children(group_id), *self.parents(group_id)]:
                del self.relations[relation.id]
            for relation in planned:
                self.relations[relation.id] = relation
        return record

    def _planned_relations(self, group_id: str, body: Mapping[str, Any]) -> list[Relation]:
        planned: list[Relation] = []
        for key, side in (("children", "child"), ("parents", "parent")):
            for item in body.get(key) or []:
                if not isinstance(item, Mapping):
                    raise ServiceError(400, f"{key}: each relation must be an object")
                other = item.get(side)
                other_id = other.get("id") if isinstance(other, Mapping) else None
                if not isinstance(other_id, str) or other_id not in self.groups:
                    raise ServiceError(400, f"{key}: the {side} group {other_id!r} does not exist; save it first")
                if other_id == group_id:
                    raise ServiceError(400, f"{key}: a group cannot be a member of itself")
                given = item.get("id")
                relation_id = given if isinstance(given, str) and given else new_uuid()
                parent, child = (group_id, other_id) if side == "child" else (other_id, group_id)
                planned.append(Relation(relation_id, parent, child, bool(item.get("isAdmin"))))
        return planned

    def delete_group(self, record: GroupRecord) -> None:
        if record.id in SYSTEM_GROUPS or record.personal:
            raise ServiceError(403, f"The group {record.name!r} cannot be deleted")
        del self.groups[record.id]
        for relation in list(self.relations.values()):
            if record.id in (relation.parent, relation.child):
                del self.relations[relation.id]
        for request in list(self.requests.values()):
            if record.id in (request.sender, request.target):
                del self.requests[request.id]

    def search(self, text: str | None) -> list[GroupRecord]:
        """Groups matching a smart filter: free words matched against names, ``personal=<bool>`` and
        ``name='X'`` conditions, joined with ``and``."""
        found = list(self.groups.values())
        for condition in _conditions(text):
            key, sep, value = condition.partition("=")
            key, value = key.strip().lower(), value.strip().strip("'\"")
            if sep and key == "personal":
                found = [g for g in found if g.personal == (value.lower() == "true")]
            elif sep and key == "name":
                found = [g for g in found if g.name.lower() == value.lower()]
            else:
                word = condition.strip().lower()
                found = [g for g in found if word in g.name.lower() or word in (g.friendly_name or "").lower()]
        return found

    # --- membership requests ----------------------------------------------------------------------------------
    def request_membership(self, target: GroupRecord) -> MembershipRequest:
        sender = self.users[self.current].group_id
        if any(r.parent == target.id for r in self.parents(sender)):
            raise ServiceError(400, f"You are already a member of {target.name!r}")
        pending = next(
            (r for r in self.requests.values() if (r.sender, r.target, r.approved) == (sender, target.id, None)), None
        )
        if pending is not None:
            return pending
        request = MembershipRequest(new_uuid(), sender, target.id)
        self.requests[request.id] = request
        return request

    def resolve_request(self, request_id: str, approve: bool) -> MembershipRequest:
        request = self.requests.get(identifier(request_id, "Membership request"))
        if request is None:
            raise ServiceError(404, f"Membership request {request_id!r} not found")
        if request.approved is not None:
            raise ServiceError(400, "The membership request was already resolved")
        request.approved = approve
        request.resolution_date = request.updated_on = timestamp()
        if approve:
            self.relate(request.target, request.sender)
        return request

    def request_json(self, request: MembershipRequest) -> dict[str, Any]:
        return {
            "id": request.id,
            "approved": request.approved,
            "createdOn": request.created_on,
            "updatedOn": request.updated_on,
            "resolutionDate": request.resolution_date,
            "from": self.group_json(self.groups[request.sender]),
            "to": self.group_json(self.groups[request.target]),
        }

    # --- users ------------------------------------------------------------------------------------------------
    def add_user(self, login: str, first: str, last: str, *, current: bool = False) -> UserRecord:
        group = self.add_group(login, friendly_name=f"{first} {last}", personal=True)
        user = UserRecord(new_uuid(), login, first, last, f"{login}@example.com", group.id)
        self.users[user.id] = user
        self.relate(ALL_USERS_ID, group.id)
        if current:
            self.current = user.id
        return user

    def user(self, key: str) -> UserRecord:
        """A user by ID or login; a 404 when there is none."""
        found = self.users.get(key) or next((u for u in self.users.values() if u.login.lower() == key.lower()), None)
        if found is None:
            raise ServiceError(404, f"User {key!r} not found")
        return found

    def user_json(self, user: UserRecord, *, with_group: bool = False) -> dict[str, Any]:
        return {
            "id": user.id,
            "name": f"{user.first_name} {user.last_name}",
            "friendlyName": f"{user.first_name} {user.last_name}",
            "firstName": user.first_name,
            "lastName": user.last_name,
            "login": user.login,
            "email": user.email,
            "status": user.status,
            "namespace": None,
            "createdOn": user.created_on,
            "updatedOn": user.updated_on,
            "group": self.group_json(self.groups[user.group_id]) if with_group else None,
            "storage": None,
        }

    def search_users(self, text: str | None) -> list[UserRecord]:
        found = list(self.users.values())
        for condition in _conditions(text):
            key, sep, value = condition.partition("=")
            if sep and key.strip().lower() == "status":
                found = [u for u in found if u.status == value.strip().strip("'\"").lower()]
            else:
                word = condition.strip().lower()
                found = [u for u in found if word in f"{u.login} {u.first_name} {u.last_name} {u.email}".lower()]
        return found

    def set_status(self, body: Mapping[str, Any], status: str) -> None:
        user_id = body.get("id")
        if not isinstance(user_id, str):
            raise ServiceError(400, "The user's id is required")
        user = self.user(user_id)
        if user.id == self.current:
            raise ServiceError(400, "You cannot block or unblock yourself")
        user.status = status
        user.updated_on = timestamp()

    def group_names(self, names: Iterable[str]) -> list[tuple[str, GroupRecord | None]]:
        """Each name (or ID) with its group, ``None`` for names that match none."""
        resolved: list[tuple[str, GroupRecord | None]] = []
        for name in names:
            try:
                resolved.append((name, self.group(name)))
            except ServiceError:
                resolved.append((name, None))
        return resolved


def _conditions(text: str | None) -> list[str]:
    if not text or not text.strip():
        return []
    parts = [part.strip() for part in text.replace(" AND ", " and ").split(" and ")]
    return [part for part in parts if part]
