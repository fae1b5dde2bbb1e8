"""Groups: listing, lookup, members and memberships, membership requests, saving and deleting (the classic flat
methods; ``client.groups`` offers the resource-style names over the same calls)."""

from __future__ import annotations

from typing import Any

from dataports._core.async_service_client import AsyncServiceClient

from .base import DatagrokBase, rest_name
from .errors import DatagrokArgumentError
from .models import Group, GroupMembershipRequest
from .models import GroupMethods as BoundClient


def smart_filter_with_personal(smart_filter: str | None, include_personal: bool) -> str:
    """The ``text`` both clients send: the caller's filter and ``personal=<bool>`` joined with ``and``."""
    personal = f"personal={str(include_personal).lower()}"
    if not smart_filter:
        return personal
    return smart_filter if smart_filter.endswith(personal) else f"{smart_filter} and {personal}"


class GroupMethods(DatagrokBase):
    def _model_client(self, bound: bool = True) -> BoundClient | None:
        """The client the models this one returns are bound to: itself for the classic (sync) flat methods, so
        ``group.add_member(other)`` saves at once and ``request.approve()`` calls the server. An asyncio client's
        models are left unbound (a model's methods are sync and cannot await): ``add_member`` then only changes the
        object, saved with ``await client.save_group(group, save_relations=True)``."""
        return self if bound and not isinstance(self, AsyncServiceClient) else None

    def _groups(self, request: dict[str, Any], bound: bool = True) -> list[Group]:
        client = self._model_client(bound)
        return [Group.from_dict(item, client) for item in self._objects(request)]

    def _group(self, request: dict[str, Any], bound: bool = True) -> Group:
        return Group.from_dict(self._object(request), self._model_client(bound))

    def list_groups(
        self,
        smart_filter: str | None = None,
        include_personal: bool = False,
        include_members: bool = False,
        include_memberships: bool = False,
    ) -> list[Group]:
        """Groups matching ``smart_filter`` (personal groups only with ``include_personal``), with their members
        and memberships embedded when asked."""
        from dataports_api.datagrok.api.groups import list_groups

        include = [
            part
            for part, wanted in (("children.child", include_members), ("parents.parent", include_memberships))
            if wanted
        ]
        text = smart_filter_with_personal(smart_filter, include_personal)
        request = (
            list_groups.build_request(text=text, include=",".join(include))
            if include
            else list_groups.build_request(text=text)
        )
        return self._groups(request)

    def lookup_groups(self, query: str) -> list[Group]:
        """Groups (personal ones included) whose name matches ``query``; without their relations."""
        from dataports_api.datagrok.api.groups import lookup_groups

        if not isinstance(query, str):
            raise DatagrokArgumentError("query", f"must be a string, got {type(query).__name__}")
        return self._groups(lookup_groups.build_request(query=query))

    def get_group(self, group_id: str) -> Group:
        """The group (by ID or name) with its members and memberships."""
        from dataports_api.datagrok.api.groups import get_group

        return self._group(get_group.build_request(rest_name(group_id, "group_id")))

    def get_group_members(self, group_id: str, admin: bool | None = None) -> list[Group]:
        """The group's members: admins only (``admin=True``), non-admins only (``False``) or all (``None``)."""
        from dataports_api.datagrok.api.groups import get_group_members

        group = rest_name(group_id, "group_id")
        request = (
            get_group_members.build_request(group)
            if admin is None
            else get_group_members.build_request(group, admin=admin)
        )
        return self._groups(request)

    def get_group_memberships(self, group_id: str, admin: bool | None = None) -> list[Group]:
        """The groups this one belongs to (as admin with ``admin=True``, as plain member with ``False``)."""
        from dataports_api.datagrok.api.groups import get_group_memberships

        group = rest_name(group_id, "group_id")
        request = (
            get_group_memberships.build_request(group)
            if admin is None
            else get_group_memberships.build_request(group, admin=admin)
        )
        return self._groups(request)

    def request_group_membership(self, group_id: str) -> GroupMembershipRequest:
        """Ask to join the group for your personal group; the pending request."""
        from dataports_api.datagrok.api.groups import request_group_membership

        data = self._object(request_group_membership.build_request(rest_name(group_id, "group_id")))
        return GroupMembershipRequest(self._model_client(), **data)

    def get_group_membership_requests(self, group_id: str) -> list[GroupMembershipRequest]:
        """The requests to join the group (pending ones have ``approved`` ``None``)."""
        from dataports_api.datagrok.api.groups import get_group_membership_requests

        items = self._objects(get_group_membership_requests.build_request(rest_name(group_id, "group_id")))
        client = self._model_client()
        return [GroupMembershipRequest(client, **item) for item in items]

    def approve_membership_request(self, request_id: str) -> None:
        """Approve the membership request ``request_id``; ``DatagrokArgumentError`` for an empty id."""
        from dataports_api.datagrok.api.groups import approve_membership_request

        self.caller.send(approve_membership_request.build_request(rest_name(request_id, "request_id")))

    def deny_membership_request(self, request_id: str) -> None:
        """Deny the membership request ``request_id``; ``DatagrokArgumentError`` for an empty id."""
        from dataports_api.datagrok.api.groups import deny_membership_request

        self.caller.send(deny_membership_request.build_request(rest_name(request_id, "request_id")))

    def get_current_user_group(self) -> Group:
        """Your personal group."""
        from dataports_api.datagrok.api.groups import get_current_user_group

        return self._group(get_current_user_group.build_request())

    def current_group(self) -> Group:
        """Your personal group (the resource client's path)."""
        from dataports_api.datagrok.api.groups import get_current_group

        return self._group(get_current_group.build_request(), bound=False)

    def save_group(self, group: Group, save_relations: bool = False) -> Group:
        """Create or update ``group`` (a new one gets an ID first); with ``save_relations`` its members and
        memberships replace the stored ones. Returns the group as saved."""
        from dataports_api.datagrok.api.groups import save_group
        from dataports_api.datagrok.models import Group as GroupBody

        if not isinstance(group, Group):
            raise DatagrokArgumentError("group", f"must be a Group, got {type(group).__name__}")
        if not group.name or not str(group.name).strip():
            raise DatagrokArgumentError("group", "has no name; Group(name=...) names a new group")
        group.ensure_id()
        request = save_group.build_request(body=GroupBody.from_dict(group.to_dict()), save_relations=save_relations)
        return self._group(request)

    def delete_group(self, group: Group | str) -> None:
        """Delete the group (a ``Group`` or its ID or name)."""
        from dataports_api.datagrok.api.groups import delete_group

        key = group.ensure_id() if isinstance(group, Group) else group
        self.caller.send(delete_group.build_request(rest_name(key, "group")))
