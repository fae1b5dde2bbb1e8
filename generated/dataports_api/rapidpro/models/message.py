from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ClassicObject, Unset, aware_datetime, install_lazy_fields, missing_keys

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.object_ref import ObjectRef
    from ..models.quick_reply import QuickReply
if TYPE_CHECKING:
    from ..models.attachment import Attachment as _AttachmentRef
    from ..models.quick_reply import QuickReply as _QuickReply


#: The keys a Message in a response must have: a listing with an object that lacks one fails at once.
_REQUIRED_KEYS = frozenset(
    {
        "uuid",
        "contact",
        "urn",
        "channel",
        "direction",
        "type",
        "status",
        "visibility",
        "text",
        "labels",
        "created_on",
    }
)
#: The keys a Message declares; any other key of a response object is kept in `additional_properties`.
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "contact",
        "urn",
        "channel",
        "direction",
        "type",
        "status",
        "visibility",
        "text",
        "labels",
        "created_on",
        "id",
        "broadcast",
        "attachments",
        "quick_replies",
        "flow",
        "archived",
        "sent_on",
        "modified_on",
    }
)


T = TypeVar("T", bound="Message")


@_attrs_define(slots=False, unsafe_hash=False)
class Message(ClassicObject):
    """A message sent to or received from a contact. Listed by GET /api/v2/messages.json; POST sends one.

    Attributes:
        uuid (str):
        contact (ObjectRef): Reference to another object by UUID and name.
        urn (None | str): The URN the message was sent to or received from.
        channel (None | ObjectRef): The channel the message went through.
        direction (str): `in` or `out`.
        type_ (str): `text`, `voice`, or on older servers `inbox`/`flow`.
        status (str): `initializing`, `queued`, `wired`, `sent`, `delivered`, `handled`, `errored`, `failed` or
            `resent`.
        visibility (str): `visible`, `archived` or `deleted`.
        text (None | str):
        labels (list[ObjectRef]): The labels applied to the message.
        created_on (datetime.datetime):
        id (int | Unset): Legacy integer id (servers before v2.19).
        broadcast (int | None | str | Unset): The broadcast that sent the message (its UUID, or a legacy integer id), if
            any.
        attachments (list[Attachment] | Unset):
        quick_replies (list[QuickReply] | Unset):
        flow (None | ObjectRef | Unset): The flow the message belongs to, if any.
        archived (bool | Unset): Older servers only (superseded by `visibility`).
        sent_on (datetime.datetime | None | Unset): When an outgoing message was sent; null until then.
        modified_on (datetime.datetime | None | Unset):
    """

    AttachmentRef: ClassVar[type[_AttachmentRef]]
    QuickReply: ClassVar[type[_QuickReply]]

    uuid: str
    contact: ObjectRef
    urn: None | str
    channel: None | ObjectRef
    direction: str
    type_: str
    status: str
    visibility: str
    text: None | str
    labels: list[ObjectRef]
    created_on: datetime.datetime
    id: int | Unset = UNSET
    broadcast: int | None | str | Unset = UNSET
    attachments: list[Attachment] | None = None
    quick_replies: list[QuickReply] | None = None
    flow: None | ObjectRef = None
    archived: bool | Unset = UNSET
    sent_on: datetime.datetime | None = None
    modified_on: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        contact = self.contact.to_dict()

        urn: None | str
        urn = self.urn

        channel: dict[str, Any] | None
        if isinstance(self.channel, ObjectRef):
            channel = self.channel.to_dict()
        else:
            channel = self.channel

        direction = self.direction

        type_ = self.type_

        status = self.status

        visibility = self.visibility

        text: None | str
        text = self.text

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        created_on = self.created_on.isoformat()

        id = self.id

        broadcast: int | None | str | Unset
        if isinstance(self.broadcast, Unset):
            broadcast = UNSET
        else:
            broadcast = self.broadcast

        if self.attachments is None:
            attachments = UNSET
        else:
            attachments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.attachments, Unset):
                attachments = []
                for attachments_item_data in self.attachments:
                    attachments_item = attachments_item_data.to_dict()
                    attachments.append(attachments_item)

        if self.quick_replies is None:
            quick_replies = UNSET
        else:
            quick_replies: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.quick_replies, Unset):
                quick_replies = []
                for quick_replies_item_data in self.quick_replies:
                    quick_replies_item = quick_replies_item_data.to_dict()
                    quick_replies.append(quick_replies_item)

        flow: dict[str, Any] | None | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, ObjectRef):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        archived = self.archived

        sent_on: None | str | Unset
        if isinstance(self.sent_on, Unset):
            sent_on = UNSET
        elif isinstance(self.sent_on, datetime.datetime):
            sent_on = self.sent_on.isoformat()
        else:
            sent_on = self.sent_on

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        elif isinstance(self.modified_on, datetime.datetime):
            modified_on = self.modified_on.isoformat()
        else:
            modified_on = self.modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "contact": contact,
                "urn": urn,
                "channel": channel,
                "direction": direction,
                "type": type_,
                "status": status,
                "visibility": visibility,
                "text": text,
                "labels": labels,
                "created_on": created_on,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if quick_replies is not UNSET:
            field_dict["quick_replies"] = quick_replies
        if flow is not UNSET:
            field_dict["flow"] = flow
        if archived is not UNSET:
            field_dict["archived"] = archived
        if sent_on is not UNSET:
            field_dict["sent_on"] = sent_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The object in a response. A missing required key raises ``KeyError`` at once; each field is read from
        ``src_dict`` when first accessed, then kept, and one the object cannot read raises ``serialization_error``."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):  # dict first: the fast check
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not (
            "uuid" in src_dict
            and "contact" in src_dict
            and "urn" in src_dict
            and "channel" in src_dict
            and "direction" in src_dict
            and "type" in src_dict
            and "status" in src_dict
            and "visibility" in src_dict
            and "text" in src_dict
            and "labels" in src_dict
            and "created_on" in src_dict
        ):
            raise missing_keys(src_dict, _REQUIRED_KEYS)
        message = object.__new__(cls)
        message._wire_ = src_dict  # an attribute store: cheaper than writing to __dict__
        return message

    @classmethod
    def from_dicts(cls: type[T], src_dicts: list[Any]) -> list[T]:
        """``from_dict`` of each object in a page, in one loop: a listing builds thousands at a time, and a call
        per object cost a third of the time spent building them."""
        built: list[T] = []
        append = built.append
        new = object.__new__
        for src_dict in src_dicts:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
                raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
            if not (
                "uuid" in src_dict
                and "contact" in src_dict
                and "urn" in src_dict
                and "channel" in src_dict
                and "direction" in src_dict
                and "type" in src_dict
                and "status" in src_dict
                and "visibility" in src_dict
                and "text" in src_dict
                and "labels" in src_dict
                and "created_on" in src_dict
            ):
                raise missing_keys(src_dict, _REQUIRED_KEYS)
            message = new(cls)
            message._wire_ = src_dict
            append(message)
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def type(self) -> str:
        """``type_`` under its wire name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value


from ..models.attachment import Attachment
from ..models.object_ref import ObjectRef
from ..models.quick_reply import QuickReply

Message._fields_ = (
    ("uuid", "uuid", "value", None, None, None),
    ("contact", "contact", "object", ObjectRef, None, None),
    ("urn", "urn", "value", None, None, None),
    ("channel", "channel", "object", ObjectRef, None, None),
    ("direction", "direction", "value", None, None, None),
    ("type_", "type", "value", None, None, None),
    ("status", "status", "value", None, None, None),
    ("visibility", "visibility", "value", None, None, None),
    ("text", "text", "value", None, None, None),
    ("labels", "labels", "object_list", ObjectRef, None, None),
    ("created_on", "created_on", "datetime", None, None, None),
    ("id", "id", "int", None, None, UNSET),
    ("broadcast", "broadcast", "value", None, None, UNSET),
    ("attachments", "attachments", "object_list", Attachment, None, None),
    ("quick_replies", "quick_replies", "object_list", QuickReply, None, None),
    ("flow", "flow", "object", ObjectRef, None, None),
    ("archived", "archived", "bool", None, None, UNSET),
    ("sent_on", "sent_on", "datetime", None, None, None),
    ("modified_on", "modified_on", "datetime", None, None, None),
)
Message._classic_ = (
    ("uuid", "uuid"),
    ("contact", "contact"),
    ("urn", "urn"),
    ("channel", "channel"),
    ("direction", "direction"),
    ("type", "type_"),
    ("status", "status"),
    ("visibility", "visibility"),
    ("text", "text"),
    ("labels", "labels"),
    ("attachments", "attachments"),
    ("quick_replies", "quick_replies"),
    ("flow", "flow"),
    ("created_on", "created_on"),
    ("sent_on", "sent_on"),
    ("modified_on", "modified_on"),
)
Message._keeps_extra_ = True
Message.AttachmentRef = Attachment
Message.QuickReply = QuickReply


def _read_uuid(src_dict: Mapping[str, Any]) -> Any:
    uuid = src_dict["uuid"]
    return uuid


def _read_contact(src_dict: Mapping[str, Any]) -> Any:
    contact = ObjectRef.from_dict(src_dict["contact"])

    return contact


def _read_urn(src_dict: Mapping[str, Any]) -> Any:
    urn = cast("None | str", src_dict["urn"])

    return urn


def _read_channel(src_dict: Mapping[str, Any]) -> Any:
    _channel_data = src_dict["channel"]
    if _channel_data is None:
        channel = _channel_data
    else:
        try:
            if not isinstance(_channel_data, dict):
                raise TypeError()
            channel_type_0 = ObjectRef.from_dict(_channel_data)

            channel = channel_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            channel = cast(None | ObjectRef, _channel_data)

    return channel


def _read_direction(src_dict: Mapping[str, Any]) -> Any:
    direction = src_dict["direction"]
    return direction


def _read_type_(src_dict: Mapping[str, Any]) -> Any:
    type_ = src_dict["type"]
    return type_


def _read_status(src_dict: Mapping[str, Any]) -> Any:
    status = src_dict["status"]
    return status


def _read_visibility(src_dict: Mapping[str, Any]) -> Any:
    visibility = src_dict["visibility"]
    return visibility


def _read_text(src_dict: Mapping[str, Any]) -> Any:
    text = cast("None | str", src_dict["text"])

    return text


def _read_labels(src_dict: Mapping[str, Any]) -> Any:
    labels = []
    _labels = src_dict["labels"]
    for labels_item_data in _labels:
        labels_item = ObjectRef.from_dict(labels_item_data)

        labels.append(labels_item)

    return labels


def _read_created_on(src_dict: Mapping[str, Any]) -> Any:
    created_on = aware_datetime(src_dict["created_on"])

    return created_on


def _read_id(src_dict: Mapping[str, Any]) -> Any:
    id = src_dict.get("id", UNSET)
    return id


def _read_broadcast(src_dict: Mapping[str, Any]) -> Any:
    broadcast = cast("int | None | str | Unset", src_dict.get("broadcast", UNSET))

    return broadcast


def _read_attachments(src_dict: Mapping[str, Any]) -> Any:
    _attachments = src_dict.get("attachments", UNSET)
    attachments: list[Attachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = Attachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    if attachments is UNSET:
        attachments = None
    return attachments


def _read_quick_replies(src_dict: Mapping[str, Any]) -> Any:
    _quick_replies = src_dict.get("quick_replies", UNSET)
    quick_replies: list[QuickReply] | Unset = UNSET
    if _quick_replies is not UNSET:
        quick_replies = []
        for quick_replies_item_data in _quick_replies:
            quick_replies_item = QuickReply.from_dict(quick_replies_item_data)

            quick_replies.append(quick_replies_item)

    if quick_replies is UNSET:
        quick_replies = None
    return quick_replies


def _read_flow(src_dict: Mapping[str, Any]) -> Any:
    _flow_data = src_dict.get("flow", UNSET)
    if _flow_data is None or isinstance(_flow_data, Unset):
        flow = _flow_data
    else:
        try:
            if not isinstance(_flow_data, dict):
                raise TypeError()
            flow_type_0 = ObjectRef.from_dict(_flow_data)

            flow = flow_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            flow = cast(None | ObjectRef | Unset, _flow_data)

    if flow is UNSET:
        flow = None
    return flow


def _read_archived(src_dict: Mapping[str, Any]) -> Any:
    archived = src_dict.get("archived", UNSET)
    return archived


def _read_sent_on(src_dict: Mapping[str, Any]) -> Any:
    _sent_on_data = src_dict.get("sent_on", UNSET)
    if _sent_on_data is None or isinstance(_sent_on_data, Unset):
        sent_on = _sent_on_data
    else:
        try:
            if not isinstance(_sent_on_data, str):
                raise TypeError()
            sent_on_type_0 = aware_datetime(_sent_on_data)

            sent_on = sent_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            sent_on = cast(datetime.datetime | None | Unset, _sent_on_data)

    if sent_on is UNSET:
        sent_on = None
    return sent_on


def _read_modified_on(src_dict: Mapping[str, Any]) -> Any:
    _modified_on_data = src_dict.get("modified_on", UNSET)
    if _modified_on_data is None or isinstance(_modified_on_data, Unset):
        modified_on = _modified_on_data
    else:
        try:
            if not isinstance(_modified_on_data, str):
                raise TypeError()
            modified_on_type_0 = aware_datetime(_modified_on_data)

            modified_on = modified_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            modified_on = cast(datetime.datetime | None | Unset, _modified_on_data)

    if modified_on is UNSET:
        modified_on = None
    return modified_on


def _read_additional_properties(src_dict: Mapping[str, Any]) -> Any:
    return {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}


install_lazy_fields(
    Message,
    {
        "uuid": _read_uuid,
        "contact": _read_contact,
        "urn": _read_urn,
        "channel": _read_channel,
        "direction": _read_direction,
        "type_": _read_type_,
        "status": _read_status,
        "visibility": _read_visibility,
        "text": _read_text,
        "labels": _read_labels,
        "created_on": _read_created_on,
        "id": _read_id,
        "broadcast": _read_broadcast,
        "attachments": _read_attachments,
        "quick_replies": _read_quick_replies,
        "flow": _read_flow,
        "archived": _read_archived,
        "sent_on": _read_sent_on,
        "modified_on": _read_modified_on,
        "additional_properties": _read_additional_properties,
    },
)
