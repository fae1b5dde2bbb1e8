"""The classic ``clicdata_api_wrapper.account`` module: ``Account``, the account's usage, limits and activity
(``account*`` in the spec)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from dataports._core.dataframe import records_to_dataframe, require_pandas

from .errors import InvalidArgument
from .resource import Resource, check_output

if TYPE_CHECKING:
    import pandas
    from dataports_api.clicdata.models.activity_entity import ActivityEntity

ENTITIES = ("users", "dashboards")
"""The ``entity`` values ``Account.get_account_activity`` accepts."""


def _table(report: dict[str, Any]) -> pandas.DataFrame:
    """A report as a table: the records of a one-list report (``{"users": [...]}``) one per row; any other
    object as ``DataFrame.from_dict`` reads it (one column per top-level key), as the classic wrapper did."""
    values = list(report.values())
    if len(values) == 1 and isinstance(values[0], list) and all(isinstance(v, dict) for v in values[0]):
        return records_to_dataframe(values[0])
    frame: pandas.DataFrame = require_pandas().DataFrame.from_dict(report)
    return frame


class Account(Resource):
    """Usage and limits of the account, and its users' or dashboards' activity."""

    def get_account(self, output: str = "df") -> pandas.DataFrame | dict[str, Any]:
        """Usage and limits: a DataFrame with one row per metric (``usage`` and ``limits`` columns), or the
        API's object (``output="dict"``)."""
        check_output(output)
        from dataports_api.clicdata.api.account import get_account

        account = self.session.fetch(get_account.build_request(), dict)
        return account if output == "dict" else _table(account)

    def get_account_activity(self, entity: str = "users", output: str = "df") -> pandas.DataFrame | dict[str, Any]:
        """Activity of the account's ``users`` or ``dashboards``: one row per user or dashboard, or the API's
        object (``output="dict"``)."""
        if entity not in ENTITIES:
            raise InvalidArgument("entity", f"{entity!r} is not one of {', '.join(ENTITIES)}")
        check_output(output)
        from dataports_api.clicdata.api.account import get_account_activity

        request = get_account_activity.build_request(cast("ActivityEntity", entity))
        activity = self.session.fetch(request, dict)
        return activity if output == "dict" else _table(activity)
