"""Projects, as the classic ``gretel_client.projects``: the ``Project`` handle (records, fields, flush, delete) and
the client's ``get_project`` / ``search_projects`` (``/projects*`` in the spec)."""

from __future__ import annotations

from typing import Any

from dataports_api.gretel.api.projects import create_project, delete_project, flush_project, get_project, list_projects
from dataports_api.gretel.models import ProjectCreate

from .base import GretelBase, RequestOptions
from .errors import GretelInvalidArgument, NotFound, Unauthorized
from .fields import ProjectFields
from .records import DEFAULT_DETECTION_MODE, ProjectRecords
from .streams import ProjectStream


class Project(ProjectRecords, ProjectStream, ProjectFields):
    """One Gretel project. Get one with ``client.get_project(...)``; the classic constructor
    ``Project(name=..., client=..., project_id=..., desc=..., display_name=...)`` works too."""

    def get_console_url(self) -> str:
        """The project's page in the Gretel Console."""
        return f"{self.client.base_url.replace('api', 'console')}{self.name}"

    @property
    def console_url(self) -> str:
        """``get_console_url()`` as a property."""
        return self.get_console_url()

    def flush(self, **kwargs: Any) -> None:
        """Purge the project's records, fields and entities (the service finishes shortly after the call)."""
        options = RequestOptions("flush", kwargs)
        self.client.caller.send(options.apply(flush_project.build_request(self.project_id)))

    def delete(self) -> None:
        """Delete the project (the service finishes shortly after the call); this object is unusable afterwards."""
        self.client.caller.send(delete_project.build_request(self.project_id))


class Projects(GretelBase):
    """``Client.get_project`` and ``Client.search_projects``."""

    def get_project(
        self, name: str | None = None, create: bool = False, desc: str | None = None, display_name: str | None = None
    ) -> Project:
        """The project named ``name``; with ``create=True`` it is created when missing (auto-named without a name).

        A project that does not exist, or that the key is not a member of, raises ``Unauthorized`` (the API
        answers 401 for both); a name that cannot be created raises ``BadRequest``.
        """
        if not name and not create:
            raise GretelInvalidArgument("name", "is required unless create=True (which auto-names the project)")
        if name:
            try:
                return self._fetch_project(name)
            except (NotFound, Unauthorized):
                if not create:
                    raise
        return self._create_project(name or None, desc, display_name)

    def _create_project(self, name: str | None, desc: str | None, display_name: str | None) -> Project:
        fields = {"name": name, "description": desc, "display_name": display_name}
        body = ProjectCreate.from_dict({key: value for key, value in fields.items() if value is not None})
        created = self.caller.json(create_project.build_request(body=body), "data", "id")
        return self._fetch_project(str(created))

    def _fetch_project(self, name_or_id: str) -> Project:
        caller = self.caller
        response = caller.send(get_project.build_request(name_or_id))
        return caller.parse(response, self._project, caller.decode(response, "data", "project"))

    def search_projects(self, count: int = 200, query: str | None = None) -> list[Project]:
        """Up to ``count`` projects the key is a member of, optionally only those matching ``query``."""
        request = (
            list_projects.build_request(limit=count, query=query) if query else list_projects.build_request(limit=count)
        )
        caller = self.caller
        response = caller.send(request)
        listed = caller.decode(response, "data", "projects")
        return caller.parse(response, lambda items: [self._project(item) for item in items], listed)

    def _project(self, data: Any) -> Project:
        return Project(
            name=data["name"],
            client=self,
            project_id=data["_id"],
            desc=data.get("description"),
            display_name=data.get("display_name"),
        )


__all__ = ["DEFAULT_DETECTION_MODE", "Project", "Projects"]
