"""The classic ``datagrok_api.group`` module: ``Group``, ``GroupRelation`` and ``GroupMembershipRequest``."""

from .models import Group, GroupMembershipRequest, GroupRelation

__all__ = ["Group", "GroupMembershipRequest", "GroupRelation"]
