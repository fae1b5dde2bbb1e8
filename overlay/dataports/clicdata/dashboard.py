"""The classic ``clicdata_api_wrapper.dashboard`` module: ``Dashboard``, the account's dashboards and their images
(``dashboard*`` in the spec).

The classic wrapper built the image paths as ``account/<id>/...`` by adding an ``int`` to a ``str``, so it raised
``TypeError`` before sending; these call ``dashboard/<id>/thumbnail`` and ``dashboard/<id>/snapshot``, as its README
documents. A dashboard can be named instead of given by id, as the README's ``name`` parameter suggests.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING, Any

from dataports._core.dataframe import records_to_dataframe

from .errors import InvalidArgument, ObjectNotFound
from .resource import Resource, check_id, check_output

if TYPE_CHECKING:
    import pandas

IMAGE_OUTPUTS = ("base64", "image")
"""The ``output`` values the dashboard image methods accept."""


class Dashboard(Resource):
    """Dashboards: their details (optionally with base64 thumbnails), thumbnails and snapshots."""

    def get_dashboard(
        self, thumbnail: bool = False, name: str | None = None, output: str = "df"
    ) -> pandas.DataFrame | dict[str, Any]:
        """Every dashboard (or those named ``name``), with a base64 ``thumbnail`` each when ``thumbnail`` is true:
        a DataFrame, or the API's object (``{"dashboards": [...]}``) with ``output="dict"``."""
        check_output(output)
        from dataports_api.clicdata.api.dashboards import list_dashboards
        from dataports_api.clicdata.types import UNSET

        request = list_dashboards.build_request(includethumbnail=bool(thumbnail), name=UNSET if name is None else name)
        if output == "dict":
            return self.session.fetch(request, dict)
        return records_to_dataframe(self.session.fetch_records(request, "dashboards"))

    def get_dashboard_thumbnail(
        self, rec_id: int | None = None, output: str = "base64", *, name: str | None = None
    ) -> str | bytes:
        """The thumbnail of dashboard ``rec_id`` (or the one named ``name``): base64 text, or the image's bytes
        (``output="image"``)."""
        from dataports_api.clicdata.api.dashboards import get_dashboard_thumbnail

        return self._image(get_dashboard_thumbnail.build_request, rec_id, name, output)

    def get_dashboard_snapshot(
        self, rec_id: int | None = None, output: str = "base64", *, name: str | None = None
    ) -> str | bytes:
        """A full-size snapshot of dashboard ``rec_id`` (or the one named ``name``), as the thumbnail."""
        from dataports_api.clicdata.api.dashboards import get_dashboard_snapshot

        return self._image(get_dashboard_snapshot.build_request, rec_id, name, output)

    def _image(self, build: Any, rec_id: int | None, name: str | None, output: str) -> str | bytes:
        if output not in IMAGE_OUTPUTS:
            raise InvalidArgument("output", f"{output!r} is not one of {', '.join(IMAGE_OUTPUTS)}")
        dashboard = self._named(name) if rec_id is None and name is not None else check_id(rec_id)
        caller = self.session.caller
        response = caller.send(build(dashboard))
        text = response.text.strip()
        if output == "base64":
            return text
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise self.session.service.errors.from_bad_body(response, "the image is not base64") from None

    def _named(self, name: str) -> int:
        dashboards = self.get_dashboard(name=name, output="dict")
        listed = dashboards.get("dashboards") if isinstance(dashboards, dict) else None
        matches = [d for d in listed or [] if isinstance(d, dict) and str(d.get("name", "")).lower() == name.lower()]
        if not matches:
            raise ObjectNotFound(f"no dashboard named {name!r}", status_code=404)
        if len(matches) > 1:
            raise InvalidArgument("name", f"{len(matches)} dashboards are named {name!r}; give rec_id instead")
        return check_id(matches[0].get("id"), "id")
