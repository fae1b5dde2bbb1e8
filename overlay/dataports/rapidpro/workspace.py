"""The workspace itself and what it is set up with: the org, archives, boundaries, channels and their events,
and classifiers (all read-only through the API)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .arguments import choice
from .base import TembaBase
from .query import rate_limit_patient
from .serialize import Moment

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Archive, Boundary, Channel, ChannelEvent, Classifier, Org

ARCHIVE_TYPES = ("message", "run")
ARCHIVE_PERIODS = ("daily", "monthly")


class WorkspaceMethods(TembaBase):
    def get_org(self, retry_on_rate_exceed: bool = False) -> Org:
        """The workspace (``Org``) the token belongs to. With ``retry_on_rate_exceed=True`` a rate-limited call waits
        and retries, as classically; otherwise it raises ``TembaRateExceededError``."""
        from dataports_api.rapidpro.api.org import get_org
        from dataports_api.rapidpro.models import Org

        return rate_limit_patient(self, retry_on_rate_exceed)._fetch(get_org, Org)

    def get_archives(
        self,
        type: str | None = None,
        period: str | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
        *,
        archive_type: str | None = None,
    ) -> CursorQuery[Archive]:
        """Archives, newest first. ``type`` is sent as ``archive_type``, the name the server reads (``archive_type``
        is accepted too, as dataports named it before)."""
        from dataports_api.rapidpro.api.archives import list_archives
        from dataports_api.rapidpro.models import Archive

        kind = choice(type if type is not None else archive_type, "type", ARCHIVE_TYPES)
        choice(period, "period", ARCHIVE_PERIODS)
        return self._query(list_archives, Archive, archive_type=kind, period=period, before=before, after=after)

    def get_boundaries(self, geometry: bool | None = None) -> CursorQuery[Boundary]:
        """The workspace's administrative boundaries (with their ``geometry`` when asked), as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.boundaries import list_boundaries
        from dataports_api.rapidpro.models import Boundary

        return self._query(list_boundaries, Boundary, geometry=geometry)

    def get_channels(self, uuid: str | None = None, address: str | None = None) -> CursorQuery[Channel]:
        """Channels, filtered by ``uuid`` or ``address``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.channels import list_channels
        from dataports_api.rapidpro.models import Channel

        return self._query(list_channels, Channel, uuid=uuid, address=address)

    def get_channel_events(
        self,
        id: int | None = None,
        contact: Any = None,
        before: Moment | None = None,
        after: Moment | None = None,
    ) -> CursorQuery[ChannelEvent]:
        """Channel events (calls, opt-ins...), filtered by ``id``, ``contact`` and time, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.channel_events import list_channel_events
        from dataports_api.rapidpro.models import ChannelEvent

        return self._query(list_channel_events, ChannelEvent, id=id, contact=contact, before=before, after=after)

    def get_classifiers(self, uuid: str | None = None) -> CursorQuery[Classifier]:
        """NLU classifiers, or the one with ``uuid``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.classifiers import list_classifiers
        from dataports_api.rapidpro.models import Classifier

        return self._query(list_classifiers, Classifier, uuid=uuid)
