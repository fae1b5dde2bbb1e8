"""Sharing any entity with groups and users."""

from __future__ import annotations

from collections.abc import Sequence

from .base import DatagrokBase, rest_name
from .errors import DatagrokArgumentError
from .models import Group, Model, ShareResponse

ACCESS = ("View", "Edit")


def group_names(groups: str | Sequence[str | Group]) -> str:
    """The comma-separated names the API takes, from a string or a list of names and ``Group`` objects."""
    if isinstance(groups, str):
        names = groups
    else:
        names = ",".join(g.name or "" if isinstance(g, Group) else str(g) for g in groups)
    if not names.strip(", "):
        raise DatagrokArgumentError("groups", "names no group or user")
    return names


class ShareMethods(DatagrokBase):
    def share(self, id: str | Model, groups: str | Sequence[str | Group], access: str = "View") -> ShareResponse:
        """Give ``groups`` ``access`` (``View`` or ``Edit``) to the entity ``id`` (an ID, a Grok name or a model).
        Raises ``ShareFailedError`` (a ``RuntimeError``) when no group got access; the outcome otherwise."""
        from dataports_api.datagrok.api.shares import share_entity
        from dataports_api.datagrok.models.share_access import check_share_access

        if access not in ACCESS:
            raise DatagrokArgumentError("access", f"{access!r} is not one of {', '.join(ACCESS)}")
        key = id.ensure_id() if isinstance(id, Model) else id
        request = share_entity.build_request(
            rest_name(key, "id"), groups=group_names(groups), access=check_share_access(access)
        )
        outcome = ShareResponse(self._object(request))
        outcome.raise_for_failure()
        return outcome
