"""Campaigns and campaign events: list, create, update, and delete events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .arguments import choice, require
from .base import TembaBase
from .errors import TembaInvalidArgument
from .serialize import identifier, payload

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Campaign, CampaignEvent

EVENT_UNITS = ("minutes", "hours", "days", "weeks", "months")


class CampaignMethods(TembaBase):
    def get_campaigns(self, uuid: str | None = None) -> CursorQuery[Campaign]:
        """Campaigns, or the one with ``uuid``, as a lazy ``CursorQuery``; as ``temba_client``'s ``get_campaigns``."""
        from dataports_api.rapidpro.api.campaigns import list_campaigns
        from dataports_api.rapidpro.models import Campaign

        return self._query(list_campaigns, Campaign, uuid=uuid)

    def get_campaign_events(self, uuid: str | None = None, campaign: Any = None) -> CursorQuery[CampaignEvent]:
        """Campaign events, filtered by ``uuid`` or ``campaign`` (an object or its UUID), as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.campaign_events import list_campaign_events
        from dataports_api.rapidpro.models import CampaignEvent

        return self._query(list_campaign_events, CampaignEvent, uuid=uuid, campaign=campaign)

    def create_campaign(self, name: str, group: Any) -> Campaign:
        """Create a campaign for ``group`` (an object or identifier) and return it. Raises ``TembaInvalidArgument``
        before sending when ``name`` or ``group`` is missing."""
        from dataports_api.rapidpro.api.campaigns import write_campaign
        from dataports_api.rapidpro.models import Campaign

        body = {"name": require(name, "name"), "group": identifier(require(group, "group"), "group")}
        return self._write(write_campaign, Campaign, body, "CampaignWrite")

    def update_campaign(self, campaign: Any, name: str, group: Any) -> Campaign:
        """Rename ``campaign`` or move it to another ``group``, and return it. Raises ``TembaInvalidArgument`` before
        sending when an argument is missing, ``TembaNoSuchObjectError`` for an unknown campaign."""
        from dataports_api.rapidpro.api.campaigns import write_campaign
        from dataports_api.rapidpro.models import Campaign

        uuid = identifier(require(campaign, "campaign"), "campaign")
        body = {"name": require(name, "name"), "group": identifier(require(group, "group"), "group")}
        return self._write(write_campaign, Campaign, body, "CampaignWrite", uuid=uuid)

    def create_campaign_event(
        self,
        campaign: Any,
        relative_to: Any,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: str | None = None,
        flow: Any = None,
    ) -> CampaignEvent:
        """Create an event of ``campaign``, ``offset`` ``unit``s from the contact field ``relative_to``, sending
        ``message`` or starting ``flow``; returns it. Raises ``TembaInvalidArgument`` before sending for a missing or
        malformed argument."""
        from dataports_api.rapidpro.api.campaign_events import write_campaign_event
        from dataports_api.rapidpro.models import CampaignEvent

        body = _event_body(relative_to, offset, unit, delivery_hour, message, flow)
        body["campaign"] = identifier(require(campaign, "campaign"), "campaign")
        return self._write(write_campaign_event, CampaignEvent, body, "CampaignEventWrite")

    def update_campaign_event(
        self,
        event: Any,
        relative_to: Any,
        offset: int,
        unit: str,
        delivery_hour: int,
        message: str | None = None,
        flow: Any = None,
    ) -> CampaignEvent:
        """Change ``event`` (an object or its UUID) and return it; the arguments are those of ``create_campaign_event``.
        Raises ``TembaInvalidArgument`` before sending for a missing or malformed argument."""
        from dataports_api.rapidpro.api.campaign_events import write_campaign_event
        from dataports_api.rapidpro.models import CampaignEvent

        uuid = identifier(require(event, "event"), "event")
        body = _event_body(relative_to, offset, unit, delivery_hour, message, flow)
        return self._write(write_campaign_event, CampaignEvent, body, "CampaignEventWrite", uuid=uuid)

    def delete_campaign_event(self, event: Any) -> None:
        """Delete ``event`` (an object or its UUID). Raises ``TembaInvalidArgument`` when it is missing,
        ``TembaNoSuchObjectError`` for an unknown event."""
        from dataports_api.rapidpro.api.campaign_events import delete_campaign_event

        self._delete(delete_campaign_event, uuid=identifier(require(event, "event"), "event"))


def _event_body(
    relative_to: Any, offset: int, unit: str, delivery_hour: int, message: str | None, flow: Any
) -> dict[str, Any]:
    choice(unit, "unit", EVENT_UNITS)
    if not -1 <= delivery_hour <= 23:
        raise TembaInvalidArgument("delivery_hour", f"{delivery_hour} is not -1 (event time) or an hour 0-23")
    if (message is None) == (flow is None):
        raise TembaInvalidArgument("message/flow", "give exactly one of message and flow")
    return payload(
        relative_to=identifier(require(relative_to, "relative_to"), "relative_to"),
        offset=offset,
        unit=unit,
        delivery_hour=delivery_hour,
        message=message,
        flow=identifier(flow, "flow") if flow is not None else None,
    )
