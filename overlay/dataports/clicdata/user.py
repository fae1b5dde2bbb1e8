"""``User``: the account's users and their passwords (``user*`` in the spec). The classic wrapper's README plans
these endpoints without naming methods; the names here follow its other classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import CreatedId
from .errors import InvalidArgument
from .resource import Resource, as_output, check_id, check_output
from .team import changes, required_name

if TYPE_CHECKING:
    import pandas

USER_FIELDS = ("email", "first_name", "last_name")
"""The fields ``User.update_user`` may change."""


def _password(value: Any) -> str:
    # Checked without ever quoting the value.
    if not isinstance(value, str) or not value:
        raise InvalidArgument("password", "is required (a non-empty string)")
    return value


class User(Resource):
    """Users: list, create, read, update, delete, and set a user's password."""

    def get_user(self, rec_id: int | None = None, output: str = "df") -> pandas.DataFrame | list[dict[str, Any]]:
        """Every user, or only user ``rec_id``: a DataFrame, or the list of users (``output="dict"``)."""
        check_output(output)
        from dataports_api.clicdata.api.users import get_user, list_users

        request = list_users.build_request() if rec_id is None else get_user.build_request(check_id(rec_id))
        return as_output(self.session.fetch_records(request, "users"), output)

    def create_user(
        self, email: str, first_name: str | None = None, last_name: str | None = None, password: str | None = None
    ) -> CreatedId:
        """Create a user (``password`` optional: it can be set later); returns the new user's id."""
        from dataports_api.clicdata.api.users import create_user
        from dataports_api.clicdata.models import UserCreate

        fields = {"email": required_name(email, "email")}
        for name, value in (("first_name", first_name), ("last_name", last_name)):
            if value is not None:
                fields[name] = str(value)
        if password is not None:
            fields["password"] = _password(password)
        return self.session.create(create_user.build_request(body=UserCreate.from_dict(fields)))

    def update_user(self, rec_id: int, **fields: Any) -> str:
        """Change a user's ``email``, ``first_name`` and/or ``last_name``; returns the API's message."""
        user = check_id(rec_id)
        from dataports_api.clicdata.api.users import update_user
        from dataports_api.clicdata.models import UserUpdate

        body = UserUpdate.from_dict(changes(fields, USER_FIELDS))
        return self.session.send_text(update_user.build_request(user, body=body))

    def delete_user(self, rec_id: int) -> str:
        """Delete the user ``rec_id`` and return the API's message. ``InvalidArgument`` (before sending) for an id that
        is not an integer."""
        from dataports_api.clicdata.api.users import delete_user

        return self.session.send_text(delete_user.build_request(check_id(rec_id)))

    def update_user_password(self, rec_id: int, password: str) -> str:
        """Set a user's password; the API refuses one its password policy does not allow (``BadRequest``)."""
        user = check_id(rec_id)
        from dataports_api.clicdata.api.users import set_user_password
        from dataports_api.clicdata.models import UserPassword

        body = UserPassword(password=_password(password))
        return self.session.send_text(set_user_password.build_request(user, body=body))
