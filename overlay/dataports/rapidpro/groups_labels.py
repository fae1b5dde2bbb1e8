"""Contact groups and message labels: list, create, rename, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .arguments import require
from .base import TembaBase
from .errors import TembaInvalidArgument
from .serialize import identifier

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Group, Label


class GroupLabelMethods(TembaBase):
    def get_groups(self, uuid: str | None = None, name: str | None = None) -> CursorQuery[Group]:
        """Contact groups, filtered by ``uuid`` or ``name``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.groups import list_groups
        from dataports_api.rapidpro.models import Group

        return self._query(list_groups, Group, uuid=uuid, name=name)

    def create_group(self, name: str) -> Group:
        """Create a contact group named ``name`` and return it. Raises ``TembaInvalidArgument`` before sending when
        ``name`` is missing."""
        from dataports_api.rapidpro.api.groups import write_group
        from dataports_api.rapidpro.models import Group

        return self._write(write_group, Group, {"name": require(name, "name")}, "GroupWrite")

    def update_group(self, group: Any, name: str) -> Group:
        """Rename ``group`` (an object or its UUID) and return it. Raises ``TembaInvalidArgument`` before sending when
        an argument is missing."""
        from dataports_api.rapidpro.api.groups import write_group
        from dataports_api.rapidpro.models import Group

        uuid = identifier(require(group, "group"), "group")
        return self._write(write_group, Group, {"name": require(name, "name")}, "GroupWrite", uuid=uuid)

    def delete_group(self, group: Any) -> None:
        """Delete ``group`` (an object or its UUID). Raises ``TembaInvalidArgument`` before sending when it is missing;
        ``TembaNoSuchObjectError`` for an unknown group."""
        from dataports_api.rapidpro.api.groups import delete_group

        self._delete(delete_group, uuid=identifier(require(group, "group"), "group"))

    def get_labels(self, uuid: str | None = None, name: str | None = None) -> CursorQuery[Label]:
        """Message labels, filtered by ``uuid`` or ``name``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.labels import list_labels
        from dataports_api.rapidpro.models import Label

        return self._query(list_labels, Label, uuid=uuid, name=name)

    def create_label(self, name: str) -> Label:
        """Create a message label named ``name`` and return it. Raises ``TembaInvalidArgument`` before sending when
        ``name`` is missing."""
        from dataports_api.rapidpro.api.labels import write_label
        from dataports_api.rapidpro.models import Label

        return self._write(write_label, Label, {"name": require(name, "name")}, "LabelWrite")

    def update_label(self, label: Any, name: str, parent: Any = None) -> Label:
        """``parent`` is accepted because the classic docs pass ``parent=None``; API v2 labels have no parent."""
        from dataports_api.rapidpro.api.labels import write_label
        from dataports_api.rapidpro.models import Label

        if parent is not None:
            raise TembaInvalidArgument("parent", "labels have no parent in API v2; pass None or leave it out")
        uuid = identifier(require(label, "label"), "label")
        return self._write(write_label, Label, {"name": require(name, "name")}, "LabelWrite", uuid=uuid)

    def delete_label(self, label: Any) -> None:
        """Delete ``label`` (an object or its UUID). Raises ``TembaInvalidArgument`` before sending when it is missing;
        ``TembaNoSuchObjectError`` for an unknown label."""
        from dataports_api.rapidpro.api.labels import delete_label

        self._delete(delete_label, uuid=identifier(require(label, "label"), "label"))
