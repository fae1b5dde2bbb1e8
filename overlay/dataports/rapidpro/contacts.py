"""Contacts: list, create, update (by object, UUID or URN), delete, and the bulk contact actions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .arguments import at_most, require
from .base import TembaBase
from .errors import TembaInvalidArgument
from .serialize import Moment, identifier, identifiers, payload

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Contact


class ContactMethods(TembaBase):
    def get_contacts(
        self,
        uuid: str | None = None,
        urn: str | None = None,
        group: Any = None,
        deleted: bool | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
        reverse: bool | None = None,
    ) -> CursorQuery[Contact]:
        """Contacts matching the filters, as a lazy ``CursorQuery`` (``.all()``, ``.first()``, ``.iterfetches()``,
        ``.to_dataframe()``); as ``temba_client``'s ``get_contacts``. ``group`` is a ``Group`` or its identifier.
        Nothing is sent until the query is read."""
        from dataports_api.rapidpro.api.contacts import list_contacts
        from dataports_api.rapidpro.models import Contact

        return self._query(
            list_contacts,
            Contact,
            uuid=uuid,
            urn=urn,
            group=group,
            deleted=deleted,
            before=before,
            after=after,
            reverse=reverse,
        )

    def create_contact(
        self,
        name: str | None = None,
        language: str | None = None,
        urns: Iterable[str] | None = None,
        fields: Mapping[str, Any] | None = None,
        groups: Iterable[Any] | None = None,
    ) -> Contact:
        """Create a contact and return it, as ``temba_client``'s ``create_contact``; ``groups`` are objects or
        identifiers. Raises ``TembaInvalidArgument`` for a ``language`` that is not three letters (before sending)
        and ``TembaBadRequestError`` when the server refuses the contact."""
        from dataports_api.rapidpro.api.contacts import write_contact
        from dataports_api.rapidpro.models import Contact

        body = _contact_body(name, language, urns, fields, groups)
        return self._write(write_contact, Contact, body, "ContactWrite")

    def update_contact(
        self,
        contact: Any,
        name: str | None = None,
        language: str | None = None,
        urns: Iterable[str] | None = None,
        fields: Mapping[str, Any] | None = None,
        groups: Iterable[Any] | None = None,
    ) -> Contact:
        """Update the contact given as an object, a UUID, or a URN (``tel:+250...``)."""
        from dataports_api.rapidpro.api.contacts import write_contact
        from dataports_api.rapidpro.models import Contact

        body = _contact_body(name, language, urns, fields, groups)
        return self._write(write_contact, Contact, body, "ContactWrite", **_contact_id(contact))

    def delete_contact(self, contact: Any) -> None:
        """Delete ``contact`` (a ``Contact``, its UUID or a URN). Raises ``TembaInvalidArgument`` when ``contact`` is
        missing, ``TembaNoSuchObjectError`` when the server has no such contact."""
        from dataports_api.rapidpro.api.contacts import delete_contact

        self._delete(delete_contact, **_contact_id(contact))

    # --- bulk actions (at most MAX_BULK contacts a call) ------------------------------------------------------------
    def bulk_add_contacts(self, contacts: Iterable[Any], group: Any) -> None:
        """Add up to 100 ``contacts`` (objects, UUIDs or URNs) to ``group``. Raises ``TembaInvalidArgument`` before
        sending for no contacts, more than 100, or no group."""
        self._contact_action(contacts, "add", group=identifier(require(group, "group"), "group"))

    def bulk_remove_contacts(self, contacts: Iterable[Any], group: Any) -> None:
        """Remove up to 100 ``contacts`` from ``group``. Raises ``TembaInvalidArgument`` before sending for no contacts,
        more than 100, or no group."""
        self._contact_action(contacts, "remove", group=identifier(require(group, "group"), "group"))

    def bulk_block_contacts(self, contacts: Iterable[Any]) -> None:
        """Block up to 100 ``contacts``. Raises ``TembaInvalidArgument`` before sending for no contacts or more than
        100."""
        self._contact_action(contacts, "block")

    def bulk_unblock_contacts(self, contacts: Iterable[Any]) -> None:
        """Unblock up to 100 ``contacts``. Raises ``TembaInvalidArgument`` before sending for no contacts or more than
        100."""
        self._contact_action(contacts, "unblock")

    def bulk_interrupt_contacts(self, contacts: Iterable[Any]) -> None:
        """End the flow runs of up to 100 ``contacts``. Raises ``TembaInvalidArgument`` before sending for no contacts
        or more than 100."""
        self._contact_action(contacts, "interrupt")

    def bulk_archive_contact_messages(self, contacts: Iterable[Any]) -> None:
        """Archive every message of up to 100 ``contacts``. Raises ``TembaInvalidArgument`` before sending for no
        contacts or more than 100."""
        self._contact_action(contacts, "archive_messages")

    def bulk_delete_contacts(self, contacts: Iterable[Any]) -> None:
        """Delete up to 100 ``contacts``. Raises ``TembaInvalidArgument`` before sending for no contacts or more than
        100."""
        self._contact_action(contacts, "delete")

    def _contact_action(self, contacts: Iterable[Any], action: str, group: Any = None) -> None:
        from dataports_api.rapidpro.api.contacts import contact_actions

        ids = [str(v) for v in identifiers(require(contacts, "contacts"), "contacts") or []]
        if not ids:
            raise TembaInvalidArgument("contacts", "is empty; give at least one contact")
        at_most(ids, "contacts")
        body = payload(contacts=ids, action=action, group=group)
        self._action(contact_actions, "ContactActionsRequest", body)


def _contact_id(contact: Any) -> dict[str, Any]:
    """The query parameter naming one contact: ``urn`` for a URN (``scheme:path``), else ``uuid``."""
    value = identifier(require(contact, "contact"), "contact")
    return {"urn": value} if isinstance(value, str) and ":" in value else {"uuid": value}


def _contact_body(
    name: str | None,
    language: str | None,
    urns: Iterable[str] | None,
    fields: Mapping[str, Any] | None,
    groups: Iterable[Any] | None,
) -> dict[str, Any]:
    if language is not None and len(language) != 3:
        raise TembaInvalidArgument("language", f"{language!r} is not an ISO 639-3 code (three letters, e.g. 'eng')")
    return payload(
        name=name,
        language=language,
        urns=[str(u) for u in urns] if urns is not None else None,
        fields=dict(fields) if fields is not None else None,
        groups=identifiers(groups, "groups"),
    )
