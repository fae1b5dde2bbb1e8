"""Contact fields and workspace globals: list, create, update."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .arguments import choice, require
from .base import TembaBase
from .serialize import identifier

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Field, Global

FIELD_TYPES = ("text", "number", "datetime", "state", "district", "ward")


class FieldGlobalMethods(TembaBase):
    def get_fields(self, key: str | None = None) -> CursorQuery[Field]:
        """Contact fields, or the one with ``key``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.fields import list_fields
        from dataports_api.rapidpro.models import Field

        return self._query(list_fields, Field, key=key)

    def create_field(
        self,
        name: str | None = None,
        type: str | None = None,
        *,
        label: str | None = None,
        value_type: str | None = None,
    ) -> Field:
        """Create a contact field with display ``name`` and value ``type`` (``label``/``value_type``, the older classic
        names, work too) and return it. Raises ``TembaInvalidArgument`` before sending when either is missing or
        ``type`` is unknown."""
        from dataports_api.rapidpro.api.fields import write_field
        from dataports_api.rapidpro.models import Field

        return self._write(write_field, Field, _field_body(name, type, label, value_type), "FieldWrite")

    def update_field(
        self,
        field: Any,
        name: str | None = None,
        type: str | None = None,
        *,
        label: str | None = None,
        value_type: str | None = None,
    ) -> Field:
        """Change the name and type of ``field`` (an object or its key) and return it. Raises ``TembaInvalidArgument``
        before sending when an argument is missing or ``type`` is unknown."""
        from dataports_api.rapidpro.api.fields import write_field
        from dataports_api.rapidpro.models import Field

        key = identifier(require(field, "field"), "field")
        return self._write(write_field, Field, _field_body(name, type, label, value_type), "FieldWrite", key=key)

    def get_globals(self, key: str | None = None) -> CursorQuery[Global]:
        """Workspace globals, or the one with ``key``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.globals_ import list_globals
        from dataports_api.rapidpro.models import Global

        return self._query(list_globals, Global, key=key)

    def create_global(self, name: str, value: str) -> Global:
        """Create a global with ``name`` and ``value`` and return it. Raises ``TembaInvalidArgument`` before sending
        when either is missing."""
        from dataports_api.rapidpro.api.globals_ import write_global
        from dataports_api.rapidpro.models import Global

        body = {"name": require(name, "name"), "value": require(value, "value")}
        return self._write(write_global, Global, body, "GlobalWrite")

    def update_global(self, glbl: Any, value: str) -> Global:
        """Set the value of ``glbl`` (an object or its key) and return it. Raises ``TembaInvalidArgument`` before
        sending when an argument is missing."""
        from dataports_api.rapidpro.api.globals_ import write_global
        from dataports_api.rapidpro.models import Global

        key = identifier(require(glbl, "glbl"), "glbl")
        return self._write(write_global, Global, {"value": require(value, "value")}, "GlobalWrite", key=key)


def _field_body(name: str | None, type: str | None, label: str | None, value_type: str | None) -> dict[str, Any]:
    # ``label``/``value_type`` are the names older classic releases used for ``name``/``type``.
    display = require(name or label, "name")
    kind = require(type or value_type, "type")
    choice(kind, "type", FIELD_TYPES)
    return {"name": display, "type": kind}
