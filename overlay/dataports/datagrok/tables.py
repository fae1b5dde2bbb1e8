"""Tables and dashboards: ``download_table`` (streamed, then parsed by pandas), ``upload_table`` (streamed out as CSV),
``create_dashboard`` and ``share_dashboard``."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from dataports._core.transport import STREAM_EXTENSION

from .base import DatagrokBase, rest_name, with_raw_path
from .csvio import csv_chunks
from .errors import DatagrokArgumentError

if TYPE_CHECKING:
    import pandas

ACCESS = ("View", "Edit")


def table_name(name: Any, argument: str = "name") -> str:
    """A table's REST-form name or ID: ``:`` becomes ``.`` (the classic conversion), and an empty name or an empty
    part (``Ns..Table``) is refused before any request."""
    converted = rest_name(name, argument)
    if any(not part.strip() for part in converted.split(".")):
        raise DatagrokArgumentError(argument, f"{name!r} has an empty part; use Namespace:Project:Table")
    return converted


class TableMethods(DatagrokBase):
    def download_table(self, name: str) -> pandas.DataFrame:
        """The table ``name`` (an ID or a Grok name such as ``JohnDoe:MyProject:Cars``) as a DataFrame; the CSV is
        parsed as it arrives, never held whole in memory."""
        from dataports_api.datagrok.api.tables import download_table

        request = download_table.build_request(table_name(name))
        request["extensions"] = {**request["extensions"], STREAM_EXTENSION: True}
        return self._csv_frame(request)

    def upload_table(self, name: str, dataframe: pandas.DataFrame) -> dict[str, Any]:
        """Store ``dataframe`` as the table ``name`` (replacing the data of a table of that name; a name of the form
        ``Namespace:Project:Table`` also adds it to that project). Returns its identifiers (``["ID"]``)."""
        from dataports_api.datagrok.api.tables import upload_table

        pd = _pandas()
        if not isinstance(dataframe, pd.DataFrame):
            raise DatagrokArgumentError("dataframe", f"must be a pandas DataFrame, got {type(dataframe).__name__}")
        request = upload_table.build_request(table_name(name), body=_no_file())
        # Streamed: the frame is encoded a slice at a time as the request is sent.
        request.pop("files", None)
        request["content"] = csv_chunks(dataframe)
        request["headers"] = {**request.get("headers", {}), "Content-Type": "text/csv"}
        return self._object(request)

    def create_dashboard(self, name: str, table_ids: str, layout_filename: str | None = None) -> dict[str, Any]:
        """A dashboard (a project) named ``name`` holding the comma-separated ``table_ids``, laid out as in the
        JSON file ``layout_filename`` when given. Returns its identifiers (``["ID"]``)."""
        from dataports_api.datagrok.api.dashboards import create_dashboard
        from dataports_api.datagrok.models import DashboardLayout

        ids = rest_name(table_ids, "table_ids")
        if not any(part.strip() for part in ids.split(",")):
            raise DatagrokArgumentError("table_ids", "names no table")
        if layout_filename:
            with open(os.fspath(layout_filename), encoding="utf-8") as handle:
                layout = json.load(handle)
            if not isinstance(layout, dict):
                raise DatagrokArgumentError("layout_filename", "must hold a JSON object (a project layout)")
            request = create_dashboard.build_request(table_name(name), ids, body=DashboardLayout.from_dict(layout))
        else:
            request = create_dashboard.build_request(table_name(name), ids)
        return self._object(with_raw_path(request, ids, safe=","))

    def share_dashboard(self, id: str, groups: str, access: str = "View") -> None:
        """Give the comma-separated ``groups`` (group or user names) ``access`` (``View`` or ``Edit``) to the
        dashboard ``id``."""
        from dataports_api.datagrok.api.dashboards import share_dashboard
        from dataports_api.datagrok.models.share_access import check_share_access

        if access not in ACCESS:
            raise DatagrokArgumentError("access", f"{access!r} is not one of {', '.join(ACCESS)}")
        if not isinstance(groups, str) or not groups.strip(","):
            raise DatagrokArgumentError("groups", "names no group; give comma-separated group or user names")
        self.caller.send(
            share_dashboard.build_request(rest_name(id, "id"), groups=groups, access=check_share_access(access))
        )


def _pandas() -> Any:
    from dataports._core.dataframe import require_pandas

    return require_pandas()


def _no_file() -> Any:
    from io import BytesIO

    from dataports_api.datagrok.types import File

    return File(payload=BytesIO(b""))
