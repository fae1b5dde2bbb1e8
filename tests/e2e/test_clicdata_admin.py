"""Teams and users against the live emulator: full CRUD, memberships both ways, team parameters, the password
policy, and who may change what."""

from __future__ import annotations

from collections.abc import Iterator

import dataports
import pandas as pd
import pytest
from dataports.clicdata import BadRequest, Data, Forbidden, InvalidArgument, ObjectNotFound, SessionManager, Team, User
from dataports_emulators.testing import RunningEmulator

CLIENT_ID = "dataports-demo"
OWNER, ANALYST = 2001, 2002


@pytest.fixture
def admin(dataports_emulator: RunningEmulator) -> Iterator[RunningEmulator]:
    """A fresh ClicData account, with the owner's shared session bound."""
    dataports_emulator.reset("clicdata")
    SessionManager(
        client_id=CLIENT_ID, client_secret=dataports_emulator.token, url=dataports_emulator.service_url("clicdata")
    )
    yield dataports_emulator
    SessionManager.close_session()


def basic_data(emulator: RunningEmulator, email: str, password: str) -> Data:
    return Data(
        auth_method="basic",
        client_id=CLIENT_ID,
        username=email,
        password=password,
        url=emulator.service_url("clicdata"),
        max_retries=0,
    )


def test_team_crud_with_members_and_parameters(admin: RunningEmulator) -> None:
    teams = Team()
    assert teams.get_team(output="dict") == []
    team_id = teams.create_team("Analysts", description="Reads the sales data")
    other = teams.create_team("Sales")
    assert isinstance(team_id, int) and other == team_id + 1
    assert teams.update_team(team_id, name="Data analysts") == f"Team {team_id} updated."
    assert "added to" in teams.add_user_to_team(team_id, ANALYST)
    assert "already a member" in teams.add_user_to_team(team_id, ANALYST)
    teams.add_user_to_team(team_id, OWNER)
    teams.set_team_parameter(team_id, "region", "North")
    teams.set_team_parameter(team_id, "region", "South")  # changes the value
    teams.set_team_parameter(team_id, "quota", 12)
    (team,) = teams.get_team(team_id, output="dict")  # type: ignore[misc]
    assert team["name"] == "Data analysts" and team["description"] == "Reads the sales data"
    assert team["users"] == [ANALYST, OWNER]
    assert team["parameters"] == [{"name": "region", "value": "South"}, {"name": "quota", "value": "12"}]
    teams.remove_user_from_team(team_id, OWNER)
    teams.remove_team_parameter(team_id, "quota")
    table = teams.get_team()
    assert isinstance(table, pd.DataFrame) and table["name"].tolist() == ["Data analysts", "Sales"]
    assert table.loc[0, "users"] == [ANALYST] and table.loc[0, "parameters"] == [{"name": "region", "value": "South"}]
    with pytest.raises(BadRequest) as not_member:
        teams.remove_user_from_team(team_id, OWNER)
    assert not_member.value.code == "NotAMember"
    with pytest.raises(ObjectNotFound):
        teams.remove_team_parameter(team_id, "quota")
    with pytest.raises(BadRequest, match="exists already"):
        teams.update_team(other, name="data ANALYSTS")
    assert teams.delete_team(other) == f"Team {other} deleted."
    with pytest.raises(ObjectNotFound):
        teams.get_team(other)
    with pytest.raises(ObjectNotFound):
        teams.add_user_to_team(team_id, 9999)


def test_team_arguments_are_checked_before_any_request(admin: RunningEmulator) -> None:
    teams = Team()
    for call, argument in (
        (lambda: teams.create_team(""), "name"),
        (lambda: teams.update_team(3001), "fields"),
        (lambda: teams.update_team(3001, colour="red"), "colour"),
        (lambda: teams.update_team(3001, name=5), "name"),
        (lambda: teams.add_user_to_team(3001, "2002"), "user_id"),
        (lambda: teams.set_team_parameter(3001, "region", ["North"]), "value"),  # type: ignore[arg-type]
        (lambda: teams.set_team_parameter("3001", "region", "North"), "team_id"),  # type: ignore[arg-type]
        (lambda: teams.get_team(output="json"), "output"),
    ):
        with pytest.raises(InvalidArgument) as refused:
            call()  # type: ignore[no-untyped-call]
        assert refused.value.argument == argument


def test_user_crud_and_team_memberships(admin: RunningEmulator) -> None:
    users, teams = User(), Team()
    listed = users.get_user()
    assert isinstance(listed, pd.DataFrame) and listed["email"].tolist() == [
        "demo@dataports.dev",
        "analyst@dataports.dev",
    ]
    user_id = users.create_user("bob@example.com", "Bob", "Builder")
    team_id = teams.create_team("Builders")
    teams.add_user_to_team(team_id, user_id)
    (bob,) = users.get_user(user_id, output="dict")  # type: ignore[misc]
    assert (bob["first_name"], bob["last_name"], bob["role"], bob["teams"]) == ("Bob", "Builder", "User", [team_id])
    assert users.update_user(user_id, email="robert@example.com", first_name="Robert") == f"User {user_id} updated."
    assert users.get_user(user_id, output="dict")[0]["email"] == "robert@example.com"  # type: ignore[index]
    with pytest.raises(BadRequest) as taken:
        users.create_user("ANALYST@dataports.dev")
    assert taken.value.code == "EmailTaken"
    with pytest.raises(BadRequest) as invalid:
        users.create_user("not-an-email")
    assert invalid.value.code == "InvalidEmail"
    assert users.delete_user(user_id) == f"User {user_id} deleted."
    assert teams.get_team(team_id, output="dict")[0]["users"] == []  # type: ignore[index]
    with pytest.raises(ObjectNotFound):
        users.get_user(user_id)
    with pytest.raises(InvalidArgument):
        users.update_user(ANALYST, role="Administrator")


def test_passwords_are_validated_and_used_for_basic_logins(admin: RunningEmulator) -> None:
    users = User()
    user_id = users.create_user("carol@example.com", "Carol", "C", password="Passw0rd-1")
    assert len(basic_data(admin, "carol@example.com", "Passw0rd-1").get_data(output="dict")) == 2
    for weak in ("short1", "onlyletters", "12345678", "carol@example.com"):
        with pytest.raises(BadRequest) as refused:
            users.update_user_password(user_id, weak)
        assert refused.value.code == "PasswordPolicy" and weak not in str(refused.value)
    with pytest.raises(InvalidArgument, match="password"):
        users.update_user_password(user_id, "")
    assert users.update_user_password(user_id, "N3w-passphrase") == f"Password of user {user_id} changed."
    with pytest.raises(dataports.AuthenticationError):
        basic_data(admin, "carol@example.com", "Passw0rd-1").get_data()
    carol = basic_data(admin, "carol@example.com", "N3w-passphrase")
    assert len(carol.get_data(output="dict")) == 2
    # A user may change their own password, but not manage users or teams.
    with pytest.raises(Forbidden) as forbidden:
        Team(session=carol.session).create_team("Carol's team")
    assert isinstance(forbidden.value, dataports.PermissionDeniedError) and forbidden.value.status_code == 403
    with pytest.raises(Forbidden):
        User(session=carol.session).update_user_password(ANALYST, "Passw0rd-99")
    User(session=carol.session).update_user_password(user_id, "Th1rd-passphrase")
    assert len(basic_data(admin, "carol@example.com", "Th1rd-passphrase").get_data(output="dict")) == 2


def test_the_owner_is_protected(admin: RunningEmulator) -> None:
    users = User()
    with pytest.raises(Forbidden):
        users.delete_user(OWNER)
    with pytest.raises(Forbidden):
        users.update_user_password(OWNER, "Passw0rd-owner")
    with pytest.raises(Forbidden):
        users.update_user(OWNER, email="someone@else.com")
