"""``Team``: the account's teams, their members and parameters (``team*`` in the spec). The classic wrapper's README
plans these endpoints without naming methods; the names here follow its other classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import CreatedId
from .errors import InvalidArgument, ObjectNotFound
from .resource import Resource, as_output, check_id, check_output

if TYPE_CHECKING:
    import pandas

TEAM_FIELDS = ("name", "description")
"""The fields ``Team.update_team`` may change."""


def required_name(value: Any, argument: str) -> str:
    """``value`` when it is a non-empty string; ``InvalidArgument`` naming ``argument`` otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(argument, "is required (a non-empty string)")
    return value


def changes(fields: dict[str, Any], allowed: tuple[str, ...]) -> dict[str, Any]:
    """The fields of an update, refused before any request when empty or naming a field that cannot change."""
    if not fields:
        raise InvalidArgument("fields", f"give at least one of {', '.join(allowed)}")
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise InvalidArgument(unknown[0], f"cannot be updated; the fields are {', '.join(allowed)}")
    for name, value in fields.items():
        if not isinstance(value, str):
            raise InvalidArgument(name, f"must be a string, got {type(value).__name__}")
    return fields


class Team(Resource):
    """Teams: list, create, update, delete; add and remove members; set and remove team parameters."""

    def get_team(self, rec_id: int | None = None, output: str = "df") -> pandas.DataFrame | list[dict[str, Any]]:
        """Every team, or only team ``rec_id`` (``ObjectNotFound`` when there is none): a DataFrame, or the list
        of teams (``output="dict"``). Each team lists its member ``users`` and its ``parameters``."""
        check_output(output)
        wanted = None if rec_id is None else check_id(rec_id)
        from dataports_api.clicdata.api.teams import list_teams

        teams = self.session.fetch_records(list_teams.build_request(), "teams")
        if wanted is not None:
            teams = [team for team in teams if team.get("id") == wanted]
            if not teams:
                raise ObjectNotFound(f"no team with id {wanted}", status_code=404)
        return as_output(teams, output)

    def create_team(self, name: str, description: str | None = None) -> CreatedId:
        """Create a team; returns its id."""
        from dataports_api.clicdata.api.teams import create_team
        from dataports_api.clicdata.models import TeamCreate

        fields = {"name": required_name(name, "name")}
        if description is not None:
            fields["description"] = str(description)
        return self.session.create(create_team.build_request(body=TeamCreate.from_dict(fields)))

    def update_team(self, rec_id: int, **fields: Any) -> str:
        """Change a team's ``name`` and/or ``description``; returns the API's message."""
        team = check_id(rec_id)
        from dataports_api.clicdata.api.teams import update_team
        from dataports_api.clicdata.models import TeamUpdate

        body = TeamUpdate.from_dict(changes(fields, TEAM_FIELDS))
        return self.session.send_text(update_team.build_request(team, body=body))

    def delete_team(self, rec_id: int) -> str:
        """Delete a team (its members stay users of the account)."""
        from dataports_api.clicdata.api.teams import delete_team

        return self.session.send_text(delete_team.build_request(check_id(rec_id)))

    def add_user_to_team(self, team_id: int, user_id: int) -> str:
        """Add user ``user_id`` to team ``team_id`` and return the API's message. ``InvalidArgument`` (before sending)
        for an id that is not an integer."""
        from dataports_api.clicdata.api.teams import add_team_user
        from dataports_api.clicdata.models import TeamMember

        body = TeamMember(user_id=check_id(user_id, "user_id"))
        return self.session.send_text(add_team_user.build_request(check_id(team_id, "team_id"), body=body))

    def remove_user_from_team(self, team_id: int, user_id: int) -> str:
        """Remove user ``user_id`` from team ``team_id`` and return the API's message. ``InvalidArgument`` (before
        sending) for an id that is not an integer."""
        from dataports_api.clicdata.api.teams import remove_team_user
        from dataports_api.clicdata.models import TeamMember

        body = TeamMember(user_id=check_id(user_id, "user_id"))
        return self.session.send_text(remove_team_user.build_request(check_id(team_id, "team_id"), body=body))

    def set_team_parameter(self, team_id: int, name: str, value: str | int | float) -> str:
        """Add the team parameter ``name``, or change its value (numbers are sent as their text)."""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise InvalidArgument("value", f"must be a string or a number, got {type(value).__name__}")
        from dataports_api.clicdata.api.teams import set_team_parameter
        from dataports_api.clicdata.models import TeamParameter

        body = TeamParameter(name=required_name(name, "name"), value=str(value))
        return self.session.send_text(set_team_parameter.build_request(check_id(team_id, "team_id"), body=body))

    def remove_team_parameter(self, team_id: int, name: str) -> str:
        """Remove the parameter ``name`` from team ``team_id`` and return the API's message. ``InvalidArgument`` (before
        sending) for an id that is not an integer or an empty name."""
        from dataports_api.clicdata.api.teams import remove_team_parameter
        from dataports_api.clicdata.models import TeamParameterName

        body = TeamParameterName(name=required_name(name, "name"))
        return self.session.send_text(remove_team_parameter.build_request(check_id(team_id, "team_id"), body=body))
