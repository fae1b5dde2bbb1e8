"""Fields and entities: what a project's records hold, per field and per entity label (``/fields/*`` in the spec)."""

from __future__ import annotations

from typing import Any

from dataports_api.gretel.api.fields import get_field_entities, get_field_schema

from .base import ProjectBase, as_list


class ProjectFields(ProjectBase):
    """A project's field schema, entity summary and record count."""

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

    def get_field_entities(self) -> list[dict[str, Any]]:
        """The entity labels found in the project, with counts and the fields they appear in."""
        caller = self.client.caller
        response = caller.send(get_field_entities.build_request(self.name))
        return caller.parse(response, as_list, caller.decode(response, "data", "entities"))

    @property
    def record_count(self) -> int:
        """How many records the project holds."""
        caller = self.client.caller
        response = caller.send(get_field_schema.build_request(self.name, count=1))
        return caller.parse(response, int, caller.decode(response, "project_record_count"))
