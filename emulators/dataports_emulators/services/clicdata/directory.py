"""Users and teams of the account: unique emails and team names, memberships both ways, team parameters, roles
(only administrators manage users and teams) and the password policy.

The account owner logs in with the emulator token as password (it is not stored here), so the owner's password
cannot be changed and the owner cannot be deleted. Other users' passwords are kept to check Basic credentials.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from typing import Any

from dataports_emulators.core.clock import iso, now

from .wire import OWNER_EMAIL, api_error

ADMINISTRATOR, MEMBER = "Administrator", "User"
MIN_PASSWORD = 8
MAX_PASSWORD = 128
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
POLICY = f"at least {MIN_PASSWORD} characters (at most {MAX_PASSWORD}), with at least one letter and one digit"


def check_password(password: str, email: str) -> None:
    """Refuse a password the account's policy does not allow; the message never quotes it."""
    acceptable = (
        MIN_PASSWORD <= len(password) <= MAX_PASSWORD
        and any(c.isalpha() for c in password)
        and any(c.isdigit() for c in password)
        and password.lower() != email.lower()
    )
    if not acceptable:
        raise api_error(
            400, f"The password does not meet the password policy: {POLICY}, not the email.", code="PasswordPolicy"
        )


class User:
    def __init__(self, user_id: int, email: str, first_name: str, last_name: str, role: str) -> None:
        self.id = user_id
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.role = role
        self.password: str | None = None
        self.created = self.modified = iso(now())

    def as_json(self, teams: list[int]) -> dict[str, Any]:
        return {
            "id": self.id,
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "role": self.role,
            "teams": teams,
            "has_password": self.password is not None or self.email == OWNER_EMAIL,
            "created": self.created,
            "modified": self.modified,
        }


class Team:
    def __init__(self, team_id: int, name: str, description: str) -> None:
        self.id = team_id
        self.name = name
        self.description = description
        self.members: list[int] = []
        self.parameters: dict[str, str] = {}
        self.created = self.modified = iso(now())

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "users": list(self.members),
            "parameters": [{"name": name, "value": value} for name, value in self.parameters.items()],
            "created": self.created,
            "modified": self.modified,
        }


class Directory:
    """The account's users (the owner first) and teams."""

    def __init__(self, first_user_id: int, first_team_id: int) -> None:
        self.users: dict[int, User] = {}
        self.teams: dict[int, Team] = {}
        self._next_user = first_user_id
        self._next_team = first_team_id

    # --- who may do what ----------------------------------------------------------------------------------------
    def by_email(self, email: str) -> User | None:
        wanted = email.strip().lower()
        return next((user for user in self.users.values() if user.email.lower() == wanted), None)

    def require_admin(self, principal: str) -> None:
        user = self.by_email(principal)
        if user is None or user.role != ADMINISTRATOR:
            raise api_error(403, "Only administrators can manage users and teams.")

    def password_matches(self, email: str, password: str) -> str | None:
        """The user's email when ``password`` is theirs (compared in constant time)."""
        user = self.by_email(email)
        if user is None or user.password is None:
            return None
        return (
            user.email
            if hmac.compare_digest(
                user.password.encode("utf-8", "surrogatepass"), password.encode("utf-8", "surrogatepass")
            )
            else None
        )

    # --- users --------------------------------------------------------------------------------------------------
    def user(self, user_id: int) -> User:
        found = self.users.get(user_id)
        if found is None:
            raise api_error(404, f"No user with id {user_id}.")
        return found

    def teams_of(self, user_id: int) -> list[int]:
        return [team.id for team in self.teams.values() if user_id in team.members]

    def _free_email(self, email: str, keep: int | None = None) -> str:
        email = email.strip()
        if not _EMAIL.match(email):
            raise api_error(400, f"{email[:60]!r} is not an email address.", code="InvalidEmail")
        taken = self.by_email(email)
        if taken is not None and taken.id != keep:
            raise api_error(400, f"A user with email {email[:60]!r} exists already.", code="EmailTaken")
        return email

    def add_user(self, body: Mapping[str, Any], role: str = MEMBER) -> User:
        email = self._free_email(str(body["email"]))
        password = body.get("password")
        if password is not None:
            check_password(password, email)
        user = User(self._next_user, email, body.get("first_name") or "", body.get("last_name") or "", role)
        user.password = password
        self._next_user += 1
        self.users[user.id] = user
        return user

    def update_user(self, user_id: int, body: Mapping[str, Any]) -> User:
        user = self.user(user_id)
        if "email" in body:
            if user.email == OWNER_EMAIL:
                raise api_error(403, "The account owner's email cannot be changed.")
            user.email = self._free_email(str(body["email"]), keep=user_id)
        for field in ("first_name", "last_name"):
            if field in body:
                setattr(user, field, body[field])
        user.modified = iso(now())
        return user

    def set_password(self, user_id: int, password: str, principal: str) -> None:
        user = self.user(user_id)
        if user.email == OWNER_EMAIL:
            raise api_error(403, "The account owner's password is the emulator token; it cannot be changed here.")
        if principal.lower() != user.email.lower():
            self.require_admin(principal)
        check_password(password, user.email)
        user.password = password
        user.modified = iso(now())

    def remove_user(self, user_id: int) -> None:
        user = self.user(user_id)
        if user.email == OWNER_EMAIL:
            raise api_error(403, "The account owner cannot be deleted.")
        del self.users[user_id]
        for team in self.teams.values():
            if user_id in team.members:
                team.members.remove(user_id)

    # --- teams --------------------------------------------------------------------------------------------------
    def team(self, team_id: int) -> Team:
        found = self.teams.get(team_id)
        if found is None:
            raise api_error(404, f"No team with id {team_id}.")
        return found

    def _free_name(self, name: str, keep: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise api_error(400, "A team needs a name.", code="InvalidName")
        if any(t.name.lower() == name.lower() and t.id != keep for t in self.teams.values()):
            raise api_error(400, f"A team named {name[:60]!r} exists already.", code="NameTaken")
        return name

    def add_team(self, body: Mapping[str, Any]) -> Team:
        team = Team(self._next_team, self._free_name(str(body["name"])), body.get("description") or "")
        self._next_team += 1
        self.teams[team.id] = team
        return team

    def update_team(self, team_id: int, body: Mapping[str, Any]) -> Team:
        team = self.team(team_id)
        if "name" in body:
            team.name = self._free_name(str(body["name"]), keep=team_id)
        if "description" in body:
            team.description = body["description"]
        team.modified = iso(now())
        return team

    def join(self, team_id: int, user_id: int) -> bool:
        """Add a member; ``False`` when the user was a member already."""
        team, user = self.team(team_id), self.user(user_id)
        if user.id in team.members:
            return False
        team.members.append(user.id)
        return True

    def leave(self, team_id: int, user_id: int) -> None:
        team = self.team(team_id)
        if user_id not in team.members:
            raise api_error(400, f"User {user_id} is not a member of team {team_id}.", code="NotAMember")
        team.members.remove(user_id)

    def remove_parameter(self, team_id: int, name: str) -> None:
        team = self.team(team_id)
        if team.parameters.pop(name, None) is None:
            raise api_error(404, f"Team {team_id} has no parameter named {name[:60]!r}.")
