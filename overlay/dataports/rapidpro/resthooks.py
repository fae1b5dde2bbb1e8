"""Resthooks: list resthooks, their events and subscribers; subscribe and unsubscribe."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .arguments import require
from .base import TembaBase
from .serialize import identifier

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Resthook, ResthookEvent, ResthookSubscriber


class ResthookMethods(TembaBase):
    def get_resthooks(self) -> CursorQuery[Resthook]:
        """The workspace's resthooks, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.resthooks import list_resthooks
        from dataports_api.rapidpro.models import Resthook

        return self._query(list_resthooks, Resthook)

    def get_resthook_events(self, resthook: str | None = None) -> CursorQuery[ResthookEvent]:
        """Events of ``resthook`` (its slug), or of every resthook, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.resthook_events import list_resthook_events
        from dataports_api.rapidpro.models import ResthookEvent

        return self._query(list_resthook_events, ResthookEvent, resthook=resthook)

    def get_resthook_subscribers(
        self, id: int | None = None, resthook: str | None = None
    ) -> CursorQuery[ResthookSubscriber]:
        """Resthook subscribers, filtered by ``id`` or ``resthook``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.resthook_subscribers import list_resthook_subscribers
        from dataports_api.rapidpro.models import ResthookSubscriber

        return self._query(list_resthook_subscribers, ResthookSubscriber, id=id, resthook=resthook)

    def create_resthook_subscriber(self, resthook: str, target_url: str) -> ResthookSubscriber:
        """Subscribe ``target_url`` to ``resthook`` (its slug) and return the subscriber. Raises
        ``TembaInvalidArgument`` before sending when either is missing."""
        from dataports_api.rapidpro.api.resthook_subscribers import write_resthook_subscriber
        from dataports_api.rapidpro.models import ResthookSubscriber

        body = {"resthook": require(resthook, "resthook"), "target_url": require(target_url, "target_url")}
        return self._write(write_resthook_subscriber, ResthookSubscriber, body, "ResthookSubscriberWrite")

    def delete_resthook_subscriber(self, subscriber: Any) -> None:
        """Delete ``subscriber`` (an object or its id). Raises ``TembaInvalidArgument`` before sending when it is
        missing; ``TembaNoSuchObjectError`` for an unknown subscriber."""
        from dataports_api.rapidpro.api.resthook_subscribers import delete_resthook_subscriber

        subscriber_id = identifier(require(subscriber, "subscriber"), "subscriber")
        self._delete(delete_resthook_subscriber, id=int(subscriber_id))
