"""Fields and entities: what a project's records hold, per field and per entity label (``/fields/*`` in the spec)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from dataports_api.gretel.api.fields import get_field_entities, get_field_schema

from .base import ProjectBase, as_list

if TYPE_CHECKING:
    import pandas


class ProjectFields(ProjectBase):
    """A project's field schema, entity summary and counters."""

    def _counter(self, name: str) -> int:
        # The classic client reads both counters from the smallest schema page; they sit beside ``data``.
        caller = self.client.caller
        response = caller.send(get_field_schema.build_request(self.name, detail="no", count=1))
        return caller.parse(response, int, caller.decode(response, name))

    @property
    def field_count(self) -> int:
        """How many distinct fields the project's records hold."""
        return self._counter("total_field_count")

    @property
    def record_count(self) -> int:
        """How many records the project holds."""
        return self._counter("project_record_count")

    @property
    def entities(self) -> list[dict[str, Any]]:
        """The entity labels found in the project, with counts and the fields they appear in."""
        caller = self.client.caller
        response = caller.send(get_field_entities.build_request(self.name))
        return caller.parse(response, as_list, caller.decode(response, "data", "entities"))

    def get_field_details(self, entity: str | None = None, count: int = 500) -> list[dict[str, Any]]:
        """Per-field counts, types and entities; ``entity`` keeps only fields carrying that entity label."""
        if entity:
            request = get_field_schema.build_request(
                self.name, count=count, detail="yes", filter_="entity", value=entity
            )
        else:
            request = get_field_schema.build_request(self.name, count=count, detail="yes")
        caller = self.client.caller
        response = caller.send(request)
        return caller.parse(response, as_list, caller.decode(response, "data", "fields"))

    def get_field_entities(
        self, as_df: bool = False, entity: str | None = None
    ) -> list[dict[str, Any]] | pandas.DataFrame:
        """One row per (field, entity) pair: the field's details without ``types`` and ``entities``, plus the
        entity's keys prefixed ``entity_`` (``entity_label``, ``entity_count``...). Fields without entities are
        left out; ``entity`` keeps only fields carrying that label. A DataFrame with ``as_df=True``."""
        rows: list[dict[str, Any]] = []
        for field in self.get_field_details(entity=entity):
            found = field.pop("entities", None)
            if not found:
                continue
            field.pop("types", None)
            for item in found:
                row = copy.deepcopy(field)
                row.update({f"entity_{key}": value for key, value in item.items()})
                rows.append(row)
        if as_df:
            from dataports._core.dataframe import records_to_dataframe

            return records_to_dataframe(rows)
        return rows
