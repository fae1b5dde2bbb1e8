"""``TembaClient``: the classic ``temba_client.v2.TembaClient`` API over dataports' transport and generated client."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from dataports_api.rapidpro.client import Client as GeneratedClient

from dataports._core.arguments import InvalidArgumentError, at_most, choice, require
from dataports._core.auth import HeaderAuth, credential
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig

from .exceptions import RapidProErrors
from .query import CursorQuery, rate_limit_patient
from .serialize import identifier, identifiers, payload, query

if TYPE_CHECKING:
    from .types import (
        Archive,
        Boundary,
        Broadcast,
        Campaign,
        CampaignEvent,
        Channel,
        ChannelEvent,
        Classifier,
        Contact,
        Export,
        Field,
        Flow,
        FlowStart,
        Global,
        Group,
        Label,
        Message,
        Org,
        Resthook,
        ResthookEvent,
        ResthookSubscriber,
        Run,
    )

T = TypeVar("T")
Transformer = Callable[[type, dict[str, Any]], dict[str, Any]]
Moment = datetime | str

PUBLIC_HOST = "https://rapidpro.io"
API_ROOT = "/api/v2"
#: The server rejects bulk actions and recipient lists longer than this.
MAX_BULK = 100
FIELD_TYPES = ("text", "number", "datetime", "state", "district", "ward")
EVENT_UNITS = ("minutes", "hours", "days", "weeks", "months")
MESSAGE_FOLDERS = ("inbox", "flows", "archived", "outbox", "incoming", "failed", "sent")
DATETIME_COLUMNS = (
    "created_on",
    "modified_on",
    "last_seen_on",
    "sent_on",
    "exited_on",
    "occurred_on",
    "last_seen",
)


def api_root(host_or_url: str) -> str:
    """``https://host/api/v2`` from a bare host, a URL, or a URL that already ends in ``/api/v2``."""
    url = host_or_url.strip().rstrip("/")
    if "://" not in url:
        url = f"https://{url}"
    return url if url.endswith(API_ROOT) else url + API_ROOT


def _model(name: str) -> Any:
    # The generated models package imports each model on first access, so naming one costs only that module.
    from dataports_api.rapidpro import models

    return getattr(models, name)


class TembaClient(ServiceClient[GeneratedClient]):
    """Client for the RapidPro API v2, call-compatible with ``temba_client.v2.TembaClient``.

    ``host`` may be a bare host (``rapidpro.io``), a URL, or the API root URL; when omitted it comes from
    ``DATAPORTS_RAPIDPRO_URL``, then ``https://rapidpro.io``. Beyond the classic client: default timeouts, retries of
    failed reads with backoff, ``timeout``/``max_retries`` knobs, ``with_options``, and context-manager support.
    """

    service = ServiceConfig(
        name="rapidpro",
        public_url=PUBLIC_HOST,
        errors=RapidProErrors(),
        # Like the classic client, a rate-limited call raises TembaRateExceededError unless the caller opts in to
        # waiting (retry_on_rate_exceed=True); transient server and connection failures of reads are retried.
        retry=RetryPolicy(max_retries=2, rate_limit_statuses=frozenset({429}), retry_rate_limited=False),
        headers={"Accept": "application/json"},
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        host: str | None = None,
        token: str | None = None,
        user_agent: str | None = None,
        verify_ssl: bool | None = None,
        transformer: Transformer | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._token = credential(token, "token")
        self._transformer = transformer
        super().__init__(
            base_url=host,
            auth=HeaderAuth(self._token, "Authorization", "Token"),
            timeout=timeout,
            max_retries=max_retries,
            user_agent=user_agent,
            verify=True if verify_ssl is None else verify_ssl,
            transport=transport,
        )
        self.root_url = self.base_url

    @classmethod
    def normalize_base_url(cls, url: str) -> str:
        return api_root(url)

    def __repr__(self) -> str:
        return f"TembaClient({self.root_url!r}, token={self._token!r})"

    # --- plumbing -------------------------------------------------------------------------------------------------
    def _parser(self, model: str) -> Callable[[Any], Any]:
        cls = _model(model)
        from_dict = cls.from_dict
        transformer = self._transformer
        if transformer is None:
            return from_dict  # type: ignore[no-any-return]
        return lambda item: from_dict(transformer(cls, item))

    def _query(self, endpoint: str, model: str, **params: Any) -> CursorQuery[Any]:
        return CursorQuery(self, endpoint, query(**params), self._parser(model), datetime_columns=DATETIME_COLUMNS)

    def _write(self, operation: Any, model: type[T], body: Mapping[str, Any], body_model: str, **ids: Any) -> T:
        """Send a create or update through the generated operation and parse the object it returns."""
        request_body = _model(body_model).from_dict(dict(body))
        kwargs = {name: value for name, value in ids.items() if value is not None}
        caller = self.caller
        response = caller.send(operation.build_request(body=request_body, **kwargs))
        return caller.parse(response, self._parser(model.__name__), caller.decode(response))  # type: ignore[no-any-return]

    def _delete(self, operation: Any, **ids: Any) -> None:
        self.caller.send(operation.build_request(**ids))

    def _action(self, operation: Any, body_model: str, body: Mapping[str, Any]) -> None:
        self.caller.send(operation.build_request(body=_model(body_model).from_dict(dict(body))))

    # --- fetching -------------------------------------------------------------------------------------------------
    def get_archives(
        self,
        archive_type: str | None = None,
        period: str | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
    ) -> CursorQuery[Archive]:
        choice(archive_type, "archive_type", ("message", "run"))
        choice(period, "period", ("daily", "monthly"))
        return self._query("archives", "Archive", archive_type=archive_type, period=period, before=before, after=after)

    def get_boundaries(self, geometry: bool | None = None) -> CursorQuery[Boundary]:
        return self._query("boundaries", "Boundary", geometry=geometry)

    def get_broadcasts(
        self,
        uuid: str | None = None,
        id: int | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
    ) -> CursorQuery[Broadcast]:
        return self._query("broadcasts", "Broadcast", uuid=uuid, id=id, before=before, after=after)

    def get_campaigns(self, uuid: str | None = None) -> CursorQuery[Campaign]:
        return self._query("campaigns", "Campaign", uuid=uuid)

    def get_campaign_events(self, uuid: str | None = None, campaign: Any = None) -> CursorQuery[CampaignEvent]:
        return self._query("campaign_events", "CampaignEvent", uuid=uuid, campaign=campaign)

    def get_channels(self, uuid: str | None = None, address: str | None = None) -> CursorQuery[Channel]:
        return self._query("channels", "Channel", uuid=uuid, address=address)

    def get_channel_events(
        self,
        id: int | None = None,
        contact: Any = None,
        before: Moment | None = None,
        after: Moment | None = None,
    ) -> CursorQuery[ChannelEvent]:
        return self._query("channel_events", "ChannelEvent", id=id, contact=contact, before=before, after=after)

    def get_classifiers(self, uuid: str | None = None) -> CursorQuery[Classifier]:
        return self._query("classifiers", "Classifier", uuid=uuid)

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
        return self._query(
            "contacts",
            "Contact",
            uuid=uuid,
            urn=urn,
            group=group,
            deleted=deleted,
            before=before,
            after=after,
            reverse=reverse,
        )

    def get_fields(self, key: str | None = None) -> CursorQuery[Field]:
        return self._query("fields", "Field", key=key)

    def get_flows(
        self, uuid: str | None = None, type: str | None = None, archived: bool | None = None
    ) -> CursorQuery[Flow]:
        choice(type, "type", ("message", "voice", "background", "survey"))
        return self._query("flows", "Flow", uuid=uuid, type=type, archived=archived)

    def get_flow_starts(self, uuid: str | None = None, id: int | None = None) -> CursorQuery[FlowStart]:
        return self._query("flow_starts", "FlowStart", uuid=uuid, id=id)

    def get_globals(self, key: str | None = None) -> CursorQuery[Global]:
        return self._query("globals", "Global", key=key)

    def get_groups(self, uuid: str | None = None, name: str | None = None) -> CursorQuery[Group]:
        return self._query("groups", "Group", uuid=uuid, name=name)

    def get_labels(self, uuid: str | None = None, name: str | None = None) -> CursorQuery[Label]:
        return self._query("labels", "Label", uuid=uuid, name=name)

    def get_messages(
        self,
        uuid: str | None = None,
        id: int | None = None,
        contact: Any = None,
        folder: str | None = None,
        label: Any = None,
        before: Moment | None = None,
        after: Moment | None = None,
    ) -> CursorQuery[Message]:
        choice(folder, "folder", MESSAGE_FOLDERS, case_sensitive=False)
        return self._query(
            "messages",
            "Message",
            uuid=uuid,
            id=id,
            contact=contact,
            folder=folder.lower() if folder else None,
            label=label,
            before=before,
            after=after,
        )

    def get_resthooks(self) -> CursorQuery[Resthook]:
        return self._query("resthooks", "Resthook")

    def get_resthook_events(self, resthook: str | None = None) -> CursorQuery[ResthookEvent]:
        return self._query("resthook_events", "ResthookEvent", resthook=resthook)

    def get_resthook_subscribers(
        self, id: int | None = None, resthook: str | None = None
    ) -> CursorQuery[ResthookSubscriber]:
        return self._query("resthook_subscribers", "ResthookSubscriber", id=id, resthook=resthook)

    def get_runs(
        self,
        uuid: str | None = None,
        flow: Any = None,
        contact: Any = None,
        responded: bool | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
        reverse: bool | None = None,
        paths: bool | None = None,
    ) -> CursorQuery[Run]:
        return self._query(
            "runs",
            "Run",
            uuid=uuid,
            flow=flow,
            contact=contact,
            responded=responded,
            before=before,
            after=after,
            reverse=reverse,
            paths=paths,
        )

    def get_org(self, retry_on_rate_exceed: bool = False) -> Org:
        from dataports_api.rapidpro.api.org import get_org

        caller = rate_limit_patient(self, retry_on_rate_exceed).caller
        response = caller.send(get_org.build_request())
        return caller.parse(response, self._parser("Org"), caller.decode(response))  # type: ignore[no-any-return]

    def get_definitions(
        self,
        flows: Iterable[Any] = (),
        campaigns: Iterable[Any] = (),
        dependencies: str | None = None,
        retry_on_rate_exceed: bool = False,
    ) -> Export:
        from dataports_api.rapidpro.api.definitions import get_definitions

        choice(dependencies, "dependencies", ("none", "flows", "all"))
        flow_ids = [str(v) for v in identifiers(list(flows), "flows") or []]
        campaign_ids = [str(v) for v in identifiers(list(campaigns), "campaigns") or []]
        caller = rate_limit_patient(self, retry_on_rate_exceed).caller
        response = caller.send(
            get_definitions.build_request(
                flow=flow_ids,
                campaign=campaign_ids,
                **({"dependencies": dependencies} if dependencies else {}),  # type: ignore[arg-type]
            )
        )
        return caller.parse(response, self._parser("Export"), caller.decode(response))  # type: ignore[no-any-return]

    # --- creating -------------------------------------------------------------------------------------------------
    def create_broadcast(
        self,
        text: str,
        urns: Iterable[str] | None = None,
        contacts: Iterable[Any] | None = None,
        groups: Iterable[Any] | None = None,
        channel: Any = None,
    ) -> Broadcast:
        from dataports_api.rapidpro.api.broadcasts import write_broadcast

        from . import types

        body = self._recipients(urns=urns, contacts=contacts, groups=groups)
        if not body:
            raise InvalidArgumentError("urns/contacts/groups", "give at least one recipient")
        body["text"] = require(text, "text")
        if channel is not None:
            body["channel"] = identifier(channel, "channel")
        return self._write(write_broadcast, types.Broadcast, body, "BroadcastWrite")

    def create_campaign(self, name: str, group: Any) -> Campaign:
        from dataports_api.rapidpro.api.campaigns import write_campaign

        from . import types

        body = {"name": require(name, "name"), "group": identifier(require(group, "group"), "group")}
        return self._write(write_campaign, types.Campaign, body, "CampaignWrite")

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
        from dataports_api.rapidpro.api.campaign_events import write_campaign_event

        from . import types

        body = self._event_body(relative_to, offset, unit, delivery_hour, message, flow)
        body["campaign"] = identifier(require(campaign, "campaign"), "campaign")
        return self._write(write_campaign_event, types.CampaignEvent, body, "CampaignEventWrite")

    def create_contact(
        self,
        name: str | None = None,
        language: str | None = None,
        urns: Iterable[str] | None = None,
        fields: Mapping[str, Any] | None = None,
        groups: Iterable[Any] | None = None,
    ) -> Contact:
        from dataports_api.rapidpro.api.contacts import write_contact

        from . import types

        body = self._contact_body(name, language, urns, fields, groups)
        return self._write(write_contact, types.Contact, body, "ContactWrite")

    def create_field(
        self,
        name: str | None = None,
        type: str | None = None,
        *,
        label: str | None = None,
        value_type: str | None = None,
    ) -> Field:
        from dataports_api.rapidpro.api.fields import write_field

        from . import types

        body = self._field_body(name, type, label, value_type)
        return self._write(write_field, types.Field, body, "FieldWrite")

    def create_flow_start(
        self,
        flow: Any,
        urns: Iterable[str] | None = None,
        contacts: Iterable[Any] | None = None,
        groups: Iterable[Any] | None = None,
        restart_participants: bool | None = None,
        exclude_active: bool | None = None,
        params: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> FlowStart:
        from dataports_api.rapidpro.api.flow_starts import write_flow_start

        from . import types

        body = self._recipients(urns=urns, contacts=contacts, groups=groups)
        if not body:
            raise InvalidArgumentError("urns/contacts/groups", "give at least one contact, group or URN to start")
        body.update(
            payload(
                flow=identifier(require(flow, "flow"), "flow"),
                restart_participants=restart_participants,
                exclude_active=exclude_active,
                params=dict(params) if params is not None else (dict(extra) if extra is not None else None),
            )
        )
        return self._write(write_flow_start, types.FlowStart, body, "FlowStartWrite")

    def create_global(self, name: str, value: str) -> Global:
        from dataports_api.rapidpro.api.globals_ import write_global

        from . import types

        body = {"name": require(name, "name"), "value": require(value, "value")}
        return self._write(write_global, types.Global, body, "GlobalWrite")

    def create_group(self, name: str) -> Group:
        from dataports_api.rapidpro.api.groups import write_group

        from . import types

        return self._write(write_group, types.Group, {"name": require(name, "name")}, "GroupWrite")

    def create_label(self, name: str) -> Label:
        from dataports_api.rapidpro.api.labels import write_label

        from . import types

        return self._write(write_label, types.Label, {"name": require(name, "name")}, "LabelWrite")

    def create_message(
        self,
        contact: Any,
        text: str | None = None,
        attachments: Iterable[str] | None = None,
        quick_replies: Iterable[Any] | None = None,
    ) -> Message:
        from dataports_api.rapidpro.api.messages import write_message

        from . import types

        attachment_list = list(attachments) if attachments is not None else None
        if not text and not attachment_list:
            raise InvalidArgumentError("text/attachments", "give the message text, attachments, or both")
        body = payload(
            contact=identifier(require(contact, "contact"), "contact"),
            text=text,
            attachments=attachment_list,
            quick_replies=list(quick_replies) if quick_replies is not None else None,
        )
        return self._write(write_message, types.Message, body, "MessageWrite")

    def create_resthook_subscriber(self, resthook: str, target_url: str) -> ResthookSubscriber:
        from dataports_api.rapidpro.api.resthook_subscribers import write_resthook_subscriber

        from . import types

        body = {"resthook": require(resthook, "resthook"), "target_url": require(target_url, "target_url")}
        return self._write(write_resthook_subscriber, types.ResthookSubscriber, body, "ResthookSubscriberWrite")

    # --- updating -------------------------------------------------------------------------------------------------
    def update_campaign(self, campaign: Any, name: str, group: Any) -> Campaign:
        from dataports_api.rapidpro.api.campaigns import write_campaign

        from . import types

        uuid = identifier(require(campaign, "campaign"), "campaign")
        body = {"name": require(name, "name"), "group": identifier(require(group, "group"), "group")}
        return self._write(write_campaign, types.Campaign, body, "CampaignWrite", uuid=uuid)

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
        from dataports_api.rapidpro.api.campaign_events import write_campaign_event

        from . import types

        uuid = identifier(require(event, "event"), "event")
        body = self._event_body(relative_to, offset, unit, delivery_hour, message, flow)
        return self._write(write_campaign_event, types.CampaignEvent, body, "CampaignEventWrite", uuid=uuid)

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

        from . import types

        body = self._contact_body(name, language, urns, fields, groups)
        return self._write(write_contact, types.Contact, body, "ContactWrite", **self._contact_id(contact))

    def update_field(
        self,
        field: Any,
        name: str | None = None,
        type: str | None = None,
        *,
        label: str | None = None,
        value_type: str | None = None,
    ) -> Field:
        from dataports_api.rapidpro.api.fields import write_field

        from . import types

        key = identifier(require(field, "field"), "field")
        body = self._field_body(name, type, label, value_type)
        return self._write(write_field, types.Field, body, "FieldWrite", key=key)

    def update_global(self, global_: Any, value: str) -> Global:
        from dataports_api.rapidpro.api.globals_ import write_global

        from . import types

        key = identifier(require(global_, "global_"), "global_")
        return self._write(write_global, types.Global, {"value": require(value, "value")}, "GlobalWrite", key=key)

    def update_group(self, group: Any, name: str) -> Group:
        from dataports_api.rapidpro.api.groups import write_group

        from . import types

        uuid = identifier(require(group, "group"), "group")
        return self._write(write_group, types.Group, {"name": require(name, "name")}, "GroupWrite", uuid=uuid)

    def update_label(self, label: Any, name: str, parent: Any = None) -> Label:
        """``parent`` is accepted because the classic docs pass ``parent=None``; API v2 labels have no parent."""
        from dataports_api.rapidpro.api.labels import write_label

        from . import types

        if parent is not None:
            raise InvalidArgumentError("parent", "labels have no parent in API v2; pass None or leave it out")
        uuid = identifier(require(label, "label"), "label")
        return self._write(write_label, types.Label, {"name": require(name, "name")}, "LabelWrite", uuid=uuid)

    # --- deleting -------------------------------------------------------------------------------------------------
    def delete_campaign_event(self, event: Any) -> None:
        from dataports_api.rapidpro.api.campaign_events import delete_campaign_event

        self._delete(delete_campaign_event, uuid=identifier(require(event, "event"), "event"))

    def delete_contact(self, contact: Any) -> None:
        from dataports_api.rapidpro.api.contacts import delete_contact

        self._delete(delete_contact, **self._contact_id(contact))

    def delete_group(self, group: Any) -> None:
        from dataports_api.rapidpro.api.groups import delete_group

        self._delete(delete_group, uuid=identifier(require(group, "group"), "group"))

    def delete_label(self, label: Any) -> None:
        from dataports_api.rapidpro.api.labels import delete_label

        self._delete(delete_label, uuid=identifier(require(label, "label"), "label"))

    def delete_resthook_subscriber(self, subscriber: Any) -> None:
        from dataports_api.rapidpro.api.resthook_subscribers import delete_resthook_subscriber

        subscriber_id = identifier(require(subscriber, "subscriber"), "subscriber")
        self._delete(delete_resthook_subscriber, id=int(subscriber_id))

    # --- bulk actions ---------------------------------------------------------------------------------------------
    def bulk_add_contacts(self, contacts: Iterable[Any], group: Any) -> None:
        self._contact_action(contacts, "add", group=identifier(require(group, "group"), "group"))

    def bulk_remove_contacts(self, contacts: Iterable[Any], group: Any) -> None:
        self._contact_action(contacts, "remove", group=identifier(require(group, "group"), "group"))

    def bulk_block_contacts(self, contacts: Iterable[Any]) -> None:
        self._contact_action(contacts, "block")

    def bulk_unblock_contacts(self, contacts: Iterable[Any]) -> None:
        self._contact_action(contacts, "unblock")

    def bulk_interrupt_contacts(self, contacts: Iterable[Any]) -> None:
        self._contact_action(contacts, "interrupt")

    def bulk_archive_contact_messages(self, contacts: Iterable[Any]) -> None:
        self._contact_action(contacts, "archive_messages")

    def bulk_delete_contacts(self, contacts: Iterable[Any]) -> None:
        self._contact_action(contacts, "delete")

    def bulk_label_messages(self, messages: Iterable[Any], label: Any = None, label_name: str | None = None) -> None:
        self._message_action(messages, "label", label=label, label_name=label_name)

    def bulk_unlabel_messages(self, messages: Iterable[Any], label: Any = None, label_name: str | None = None) -> None:
        self._message_action(messages, "unlabel", label=label, label_name=label_name)

    def bulk_archive_messages(self, messages: Iterable[Any]) -> None:
        self._message_action(messages, "archive")

    def bulk_restore_messages(self, messages: Iterable[Any]) -> None:
        self._message_action(messages, "restore")

    def bulk_delete_messages(self, messages: Iterable[Any]) -> None:
        self._message_action(messages, "delete")

    # --- request bodies -------------------------------------------------------------------------------------------
    @staticmethod
    def _recipients(**lists: Iterable[Any] | None) -> dict[str, Any]:
        body: dict[str, Any] = {}
        for name, values in lists.items():
            ids = [str(v) for v in values] if name == "urns" and values is not None else identifiers(values, name)
            if ids:
                at_most(ids, name, MAX_BULK)
                body[name] = ids
        return body

    @staticmethod
    def _contact_id(contact: Any) -> dict[str, Any]:
        value = identifier(require(contact, "contact"), "contact")
        return {"urn": value} if isinstance(value, str) and ":" in value else {"uuid": value}

    @staticmethod
    def _contact_body(
        name: str | None,
        language: str | None,
        urns: Iterable[str] | None,
        fields: Mapping[str, Any] | None,
        groups: Iterable[Any] | None,
    ) -> dict[str, Any]:
        if language is not None and len(language) != 3:
            raise InvalidArgumentError("language", f"{language!r} is not an ISO 639-3 code (three letters, e.g. 'eng')")
        return payload(
            name=name,
            language=language,
            urns=[str(u) for u in urns] if urns is not None else None,
            fields=dict(fields) if fields is not None else None,
            groups=identifiers(groups, "groups"),
        )

    @staticmethod
    def _field_body(name: str | None, type: str | None, label: str | None, value_type: str | None) -> dict[str, Any]:
        display = require(name or label, "name")
        kind = require(type or value_type, "type")
        choice(kind, "type", FIELD_TYPES)
        return {"name": display, "type": kind}

    @staticmethod
    def _event_body(
        relative_to: Any, offset: int, unit: str, delivery_hour: int, message: str | None, flow: Any
    ) -> dict[str, Any]:
        choice(unit, "unit", EVENT_UNITS)
        if not -1 <= delivery_hour <= 23:
            raise InvalidArgumentError("delivery_hour", f"{delivery_hour} is not -1 (event time) or an hour 0-23")
        if (message is None) == (flow is None):
            raise InvalidArgumentError("message/flow", "give exactly one of message and flow")
        return payload(
            relative_to=identifier(require(relative_to, "relative_to"), "relative_to"),
            offset=offset,
            unit=unit,
            delivery_hour=delivery_hour,
            message=message,
            flow=identifier(flow, "flow") if flow is not None else None,
        )

    def _contact_action(self, contacts: Iterable[Any], action: str, group: Any = None) -> None:
        from dataports_api.rapidpro.api.contacts import contact_actions

        ids = [str(v) for v in identifiers(require(contacts, "contacts"), "contacts") or []]
        if not ids:
            raise InvalidArgumentError("contacts", "is empty; give at least one contact")
        at_most(ids, "contacts", MAX_BULK)
        body = payload(contacts=ids, action=action, group=group)
        self._action(contact_actions, "ContactActionsRequest", body)

    def _message_action(
        self, messages: Iterable[Any], action: str, label: Any = None, label_name: str | None = None
    ) -> None:
        from dataports_api.rapidpro.api.messages import message_actions

        ids = identifiers(require(messages, "messages"), "messages") or []
        if not ids:
            raise InvalidArgumentError("messages", "is empty; give at least one message")
        at_most(ids, "messages", MAX_BULK)
        if action in ("label", "unlabel") and label is None and not label_name:
            raise InvalidArgumentError("label", f"action {action!r} needs a label or a label_name")
        body = payload(
            messages=ids,
            action=action,
            label=identifier(label, "label") if label is not None else None,
            label_name=label_name,
        )
        self._action(message_actions, "MessageActionsRequest", body)


__all__ = ["TembaClient", "api_root"]
