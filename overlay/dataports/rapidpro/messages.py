"""Messages and broadcasts: list, send, and the bulk message actions (label, archive, restore, delete)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .arguments import at_most, choice, require
from .base import TembaBase
from .errors import TembaInvalidArgument
from .serialize import Moment, identifier, identifiers, payload, recipients

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Broadcast, Message

MESSAGE_FOLDERS = ("inbox", "flows", "archived", "outbox", "incoming", "failed", "sent")


class MessageMethods(TembaBase):
    def get_messages(
        self,
        uuid: str | None = None,
        folder: str | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
        *,
        id: int | None = None,
        contact: Any = None,
        label: Any = None,
    ) -> CursorQuery[Message]:
        """Messages, newest first; ``id``, ``contact`` and ``label`` are filters the API has beyond the classic ones."""
        from dataports_api.rapidpro.api.messages import list_messages
        from dataports_api.rapidpro.models import Message

        choice(folder, "folder", MESSAGE_FOLDERS, case_sensitive=False)
        return self._query(
            list_messages,
            Message,
            uuid=uuid,
            id=id,
            contact=contact,
            folder=folder.lower() if folder else None,
            label=label,
            before=before,
            after=after,
        )

    def get_broadcasts(
        self,
        uuid: str | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
        *,
        id: int | None = None,
    ) -> CursorQuery[Broadcast]:
        """Broadcasts, filtered by uuid/id and creation time, as a lazy CursorQuery; as ``temba_client``'s
        ``get_broadcasts``."""
        from dataports_api.rapidpro.api.broadcasts import list_broadcasts
        from dataports_api.rapidpro.models import Broadcast

        return self._query(list_broadcasts, Broadcast, uuid=uuid, id=id, before=before, after=after)

    def create_broadcast(
        self,
        text: str,
        urns: Iterable[str] | None = None,
        contacts: Iterable[Any] | None = None,
        groups: Iterable[Any] | None = None,
        channel: Any = None,
    ) -> Broadcast:
        """Send ``text`` to the given ``urns``, ``contacts`` and ``groups`` (objects or identifiers), optionally on
        ``channel``, and return the broadcast. Raises ``TembaInvalidArgument`` before sending when there is no
        recipient or no text."""
        from dataports_api.rapidpro.api.broadcasts import write_broadcast
        from dataports_api.rapidpro.models import Broadcast

        body = recipients(urns=urns, contacts=contacts, groups=groups)
        if not body:
            raise TembaInvalidArgument("urns/contacts/groups", "give at least one recipient")
        body["text"] = require(text, "text")
        if channel is not None:
            body["channel"] = identifier(channel, "channel")
        return self._write(write_broadcast, Broadcast, body, "BroadcastWrite")

    def create_message(
        self,
        contact: Any,
        text: str | None = None,
        attachments: Iterable[str] | None = None,
        quick_replies: Iterable[Any] | None = (),
    ) -> Message:
        """Send one message to ``contact`` (text, attachments or both, with optional quick replies) and return it.
        Raises ``TembaInvalidArgument`` before sending when ``contact`` is missing or the message has neither text
        nor attachments."""
        from dataports_api.rapidpro.api.messages import write_message
        from dataports_api.rapidpro.models import Message

        attachment_list = list(attachments) if attachments is not None else None
        if not text and not attachment_list:
            raise TembaInvalidArgument("text/attachments", "give the message text, attachments, or both")
        body = payload(
            contact=identifier(require(contact, "contact"), "contact"),
            text=text,
            attachments=attachment_list,
            quick_replies=list(quick_replies) if quick_replies else None,
        )
        return self._write(write_message, Message, body, "MessageWrite")

    # --- bulk actions (at most MAX_BULK messages a call) ------------------------------------------------------------
    def bulk_label_messages(self, messages: Iterable[Any], label: Any = None, label_name: str | None = None) -> None:
        """Label up to 100 ``messages`` with ``label`` (an object or UUID) or ``label_name`` (created when missing).
        Raises ``TembaInvalidArgument`` before sending for no messages, more than 100, or no label."""
        self._message_action(messages, "label", label=label, label_name=label_name)

    def bulk_unlabel_messages(self, messages: Iterable[Any], label: Any = None, label_name: str | None = None) -> None:
        """Remove ``label`` (or ``label_name``) from up to 100 ``messages``. Raises ``TembaInvalidArgument`` before
        sending for no messages, more than 100, or no label."""
        self._message_action(messages, "unlabel", label=label, label_name=label_name)

    def bulk_archive_messages(self, messages: Iterable[Any]) -> None:
        """Archive up to 100 ``messages``. Raises ``TembaInvalidArgument`` before sending for no messages or more than
        100."""
        self._message_action(messages, "archive")

    def bulk_restore_messages(self, messages: Iterable[Any]) -> None:
        """Restore up to 100 archived ``messages``. Raises ``TembaInvalidArgument`` before sending for no messages or
        more than 100."""
        self._message_action(messages, "restore")

    def bulk_delete_messages(self, messages: Iterable[Any]) -> None:
        """Delete up to 100 ``messages``. Raises ``TembaInvalidArgument`` before sending for no messages or more than
        100."""
        self._message_action(messages, "delete")

    def _message_action(
        self, messages: Iterable[Any], action: str, label: Any = None, label_name: str | None = None
    ) -> None:
        from dataports_api.rapidpro.api.messages import message_actions

        ids = identifiers(require(messages, "messages"), "messages") or []
        if not ids:
            raise TembaInvalidArgument("messages", "is empty; give at least one message")
        at_most(ids, "messages")
        if action in ("label", "unlabel") and label is None and not label_name:
            raise TembaInvalidArgument("label", f"action {action!r} needs a label or a label_name")
        body = payload(
            messages=ids,
            action=action,
            label=identifier(label, "label") if label is not None else None,
            label_name=label_name,
        )
        self._action(message_actions, "MessageActionsRequest", body)
