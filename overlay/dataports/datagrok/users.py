"""Users: the current one, by ID or login, listing, blocking and unblocking."""

from __future__ import annotations

from .base import DatagrokBase
from .errors import DatagrokArgumentError
from .models import User


def _user(value: object) -> User:
    if not isinstance(value, User):
        raise DatagrokArgumentError("user", f"must be a User, got {type(value).__name__}")
    return value


class UserMethods(DatagrokBase):
    def current_user(self) -> User:
        """The user the API key belongs to, with their personal group."""
        from dataports_api.datagrok.api.users import get_current_user

        return self._user(get_current_user.build_request())

    def get_user(self, id: str) -> User:
        """A user by ID or login."""
        from dataports_api.datagrok.api.users import get_user

        if not isinstance(id, str) or not id.strip():
            raise DatagrokArgumentError("id", "is empty; give a user's ID or login")
        return self._user(get_user.build_request(id))

    def list_users(self, smart_filter: str | None = None, include_group: bool = False) -> list[User]:
        """Users matching ``smart_filter``; with ``include_group`` each with their personal group."""
        from dataports_api.datagrok.api.users import list_users

        options = {"text": smart_filter} if smart_filter else {}
        if include_group:
            options["include"] = "group"
        caller = self.caller
        response = caller.send(list_users.build_request(**options))
        items = caller.expect(response, caller.decode(response), list)
        return caller.parse(response, lambda rows: [User.from_dict(row) for row in rows], items)

    def block_user(self, user: User) -> None:
        """Block ``user``; ``DatagrokApiError`` when the server refuses."""
        from dataports_api.datagrok.api.users import block_user
        from dataports_api.datagrok.models import User as UserBody

        self.caller.send(block_user.build_request(body=UserBody.from_dict(_user(user).to_dict())))

    def unblock_user(self, user: User) -> None:
        """Unblock ``user``; ``DatagrokApiError`` when the server refuses."""
        from dataports_api.datagrok.api.users import unblock_user
        from dataports_api.datagrok.models import User as UserBody

        self.caller.send(unblock_user.build_request(body=UserBody.from_dict(_user(user).to_dict())))

    def _user(self, request: dict[str, object]) -> User:
        caller = self.caller
        response = caller.send(request)
        return caller.parse(response, User.from_dict, caller.expect(response, caller.decode(response), dict))
