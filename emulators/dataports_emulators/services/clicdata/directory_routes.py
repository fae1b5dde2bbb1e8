"""Handlers of ``team`` and ``user``: full CRUD, memberships, team parameters and passwords. Changes need an
administrator, except a user setting their own password."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.responses import json_response
from dataports_emulators.core.routing import Endpoint
from dataports_emulators.core.scope import decoded_body, principal
from dataports_emulators.core.service import EmulatorService

from .directory import Directory
from .state import ClicDataState
from .wire import path_id, text_response


def directory_endpoints(service: EmulatorService[ClicDataState]) -> list[Endpoint]:
    def admin(request: Request) -> Directory:
        directory = service.state.directory
        directory.require_admin(principal(request))
        return directory

    def team_id(request: Request) -> int:
        return path_id(request, "team_id", "team")

    def user_id(request: Request) -> int:
        return path_id(request, "user_id", "user")

    def body(request: Request) -> dict[str, Any]:
        found: dict[str, Any] = decoded_body(request)
        return found

    # --- teams --------------------------------------------------------------------------------------------------
    async def list_teams(request: Request) -> Response:
        return json_response({"teams": [team.as_json() for team in service.state.directory.teams.values()]})

    async def create_team(request: Request) -> Response:
        return text_response(str(admin(request).add_team(body(request)).id))

    async def update_team(request: Request) -> Response:
        team = admin(request).update_team(team_id(request), body(request))
        return text_response(f"Team {team.id} updated.")

    async def delete_team(request: Request) -> Response:
        directory = admin(request)
        team = directory.team(team_id(request))
        del directory.teams[team.id]
        return text_response(f"Team {team.id} deleted.")

    async def add_team_user(request: Request) -> Response:
        team, member = team_id(request), body(request)["user_id"]
        joined = admin(request).join(team, member)
        return text_response(f"User {member} {'added to' if joined else 'is already a member of'} team {team}.")

    async def remove_team_user(request: Request) -> Response:
        team, member = team_id(request), body(request)["user_id"]
        admin(request).leave(team, member)
        return text_response(f"User {member} removed from team {team}.")

    async def set_team_parameter(request: Request) -> Response:
        team = admin(request).team(team_id(request))
        given = body(request)
        team.parameters[given["name"]] = given["value"]
        return text_response(f"Parameter set on team {team.id}.")

    async def remove_team_parameter(request: Request) -> Response:
        team = team_id(request)
        admin(request).remove_parameter(team, body(request)["name"])
        return text_response(f"Parameter removed from team {team}.")

    # --- users --------------------------------------------------------------------------------------------------
    async def list_users(request: Request) -> Response:
        directory = service.state.directory
        return json_response({"users": [u.as_json(directory.teams_of(u.id)) for u in directory.users.values()]})

    async def create_user(request: Request) -> Response:
        return text_response(str(admin(request).add_user(body(request)).id))

    async def get_user(request: Request) -> Response:
        directory = service.state.directory
        user = directory.user(user_id(request))
        return json_response({"users": [user.as_json(directory.teams_of(user.id))]})

    async def update_user(request: Request) -> Response:
        user = admin(request).update_user(user_id(request), body(request))
        return text_response(f"User {user.id} updated.")

    async def delete_user(request: Request) -> Response:
        member = user_id(request)
        admin(request).remove_user(member)
        return text_response(f"User {member} deleted.")

    async def set_password(request: Request) -> Response:
        member = user_id(request)
        service.state.directory.set_password(member, body(request)["password"], principal(request))
        return text_response(f"Password of user {member} changed.")

    return [
        ("/team", "GET", list_teams),
        ("/team", "POST", create_team),
        ("/team/{team_id}", "PUT", update_team),
        ("/team/{team_id}", "DELETE", delete_team),
        ("/team/{team_id}/user", "POST", add_team_user),
        ("/team/{team_id}/user", "DELETE", remove_team_user),
        ("/team/{team_id}/parameter", "POST", set_team_parameter),
        ("/team/{team_id}/parameter", "DELETE", remove_team_parameter),
        ("/user", "GET", list_users),
        ("/user", "POST", create_user),
        ("/user/{user_id}", "GET", get_user),
        ("/user/{user_id}", "PUT", update_user),
        ("/user/{user_id}", "DELETE", delete_user),
        ("/user/{user_id}/password", "PUT", set_password),
    ]
