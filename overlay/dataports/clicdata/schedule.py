"""The classic ``clicdata_api_wrapper.schedule`` module: ``Schedule``, the account's schedules, and running one now
(``schedule*`` in the spec)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .resource import Resource, as_output, check_id, check_output

if TYPE_CHECKING:
    import pandas


class Schedule(Resource):
    """Schedules: their details, and triggering one."""

    def get_schedule(self, rec_id: int | None = None, output: str = "df") -> pandas.DataFrame | list[dict[str, Any]]:
        """Every schedule, or only schedule ``rec_id``: a DataFrame, or the list of schedules (``output="dict"``)."""
        check_output(output)
        from dataports_api.clicdata.api.schedules import get_schedule, list_schedules

        request = list_schedules.build_request() if rec_id is None else get_schedule.build_request(check_id(rec_id))
        return as_output(self.session.fetch_records(request, "schedules"), output)

    def trigger_schedule(self, rec_id: int | None = None) -> httpx.Response:
        """Run schedule ``rec_id`` now; returns the API's response (``.text`` is its message), as the classic
        wrapper did. Sent as POST, as its README documents (its code sent GET)."""
        from dataports_api.clicdata.api.schedules import trigger_schedule

        return self.session.caller.send(trigger_schedule.build_request(check_id(rec_id)))
