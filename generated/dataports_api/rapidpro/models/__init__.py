"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562) so that importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archive import Archive
    from .archive_list import ArchiveList
    from .attachment import Attachment
    from .boundary import Boundary
    from .boundary_list import BoundaryList
    from .boundary_ref import BoundaryRef
    from .broadcast import Broadcast
    from .broadcast_list import BroadcastList
    from .broadcast_write import BroadcastWrite
    from .bulk_action_failures import BulkActionFailures
    from .campaign import Campaign
    from .campaign_event import CampaignEvent
    from .campaign_event_list import CampaignEventList
    from .campaign_event_write import CampaignEventWrite
    from .campaign_event_write_unit import CampaignEventWriteUnit
    from .campaign_list import CampaignList
    from .campaign_write import CampaignWrite
    from .channel import Channel
    from .channel_device import ChannelDevice
    from .channel_event import ChannelEvent
    from .channel_event_extra_type_0 import ChannelEventExtraType0
    from .channel_event_list import ChannelEventList
    from .channel_list import ChannelList
    from .classifier import Classifier
    from .classifier_list import ClassifierList
    from .contact import Contact
    from .contact_actions_request import ContactActionsRequest
    from .contact_actions_request_action import ContactActionsRequestAction
    from .contact_fields import ContactFields
    from .contact_list import ContactList
    from .contact_write import ContactWrite
    from .contact_write_fields import ContactWriteFields
    from .error_detail import ErrorDetail
    from .export import Export
    from .export_campaigns_item import ExportCampaignsItem
    from .export_fields_item import ExportFieldsItem
    from .export_flows_item import ExportFlowsItem
    from .export_groups_item import ExportGroupsItem
    from .export_triggers_item import ExportTriggersItem
    from .field import Field
    from .field_list import FieldList
    from .field_ref import FieldRef
    from .field_write import FieldWrite
    from .field_write_type import FieldWriteType
    from .flow import Flow
    from .flow_list import FlowList
    from .flow_result import FlowResult
    from .flow_runs import FlowRuns
    from .flow_start import FlowStart
    from .flow_start_extra_type_0 import FlowStartExtraType0
    from .flow_start_list import FlowStartList
    from .flow_start_params_type_0 import FlowStartParamsType0
    from .flow_start_write import FlowStartWrite
    from .flow_start_write_extra import FlowStartWriteExtra
    from .flow_start_write_params import FlowStartWriteParams
    from .geometry import Geometry
    from .get_definitions_dependencies import GetDefinitionsDependencies
    from .global_ import Global
    from .global_list import GlobalList
    from .global_write import GlobalWrite
    from .group import Group
    from .group_list import GroupList
    from .group_write import GroupWrite
    from .label import Label
    from .label_list import LabelList
    from .label_write import LabelWrite
    from .list_archives_archive_type import ListArchivesArchiveType
    from .list_archives_period import ListArchivesPeriod
    from .list_archives_type import ListArchivesType
    from .list_flows_type import ListFlowsType
    from .message import Message
    from .message_actions_request import MessageActionsRequest
    from .message_actions_request_action import MessageActionsRequestAction
    from .message_list import MessageList
    from .message_write import MessageWrite
    from .object_ref import ObjectRef
    from .org import Org
    from .org_credits import OrgCredits
    from .quick_reply import QuickReply
    from .resthook import Resthook
    from .resthook_event import ResthookEvent
    from .resthook_event_data import ResthookEventData
    from .resthook_event_list import ResthookEventList
    from .resthook_list import ResthookList
    from .resthook_subscriber import ResthookSubscriber
    from .resthook_subscriber_list import ResthookSubscriberList
    from .resthook_subscriber_write import ResthookSubscriberWrite
    from .run import Run
    from .run_list import RunList
    from .run_step import RunStep
    from .run_value import RunValue
    from .run_values import RunValues
    from .start_ref import StartRef
    from .translations import Translations
    from .validation_errors import ValidationErrors

_MODULE_OF = {
    "Archive": ".archive",
    "ArchiveList": ".archive_list",
    "Attachment": ".attachment",
    "Boundary": ".boundary",
    "BoundaryList": ".boundary_list",
    "BoundaryRef": ".boundary_ref",
    "Broadcast": ".broadcast",
    "BroadcastList": ".broadcast_list",
    "BroadcastWrite": ".broadcast_write",
    "BulkActionFailures": ".bulk_action_failures",
    "Campaign": ".campaign",
    "CampaignEvent": ".campaign_event",
    "CampaignEventList": ".campaign_event_list",
    "CampaignEventWrite": ".campaign_event_write",
    "CampaignEventWriteUnit": ".campaign_event_write_unit",
    "CampaignList": ".campaign_list",
    "CampaignWrite": ".campaign_write",
    "Channel": ".channel",
    "ChannelDevice": ".channel_device",
    "ChannelEvent": ".channel_event",
    "ChannelEventExtraType0": ".channel_event_extra_type_0",
    "ChannelEventList": ".channel_event_list",
    "ChannelList": ".channel_list",
    "Classifier": ".classifier",
    "ClassifierList": ".classifier_list",
    "Contact": ".contact",
    "ContactActionsRequest": ".contact_actions_request",
    "ContactActionsRequestAction": ".contact_actions_request_action",
    "ContactFields": ".contact_fields",
    "ContactList": ".contact_list",
    "ContactWrite": ".contact_write",
    "ContactWriteFields": ".contact_write_fields",
    "ErrorDetail": ".error_detail",
    "Export": ".export",
    "ExportCampaignsItem": ".export_campaigns_item",
    "ExportFieldsItem": ".export_fields_item",
    "ExportFlowsItem": ".export_flows_item",
    "ExportGroupsItem": ".export_groups_item",
    "ExportTriggersItem": ".export_triggers_item",
    "Field": ".field",
    "FieldList": ".field_list",
    "FieldRef": ".field_ref",
    "FieldWrite": ".field_write",
    "FieldWriteType": ".field_write_type",
    "Flow": ".flow",
    "FlowList": ".flow_list",
    "FlowResult": ".flow_result",
    "FlowRuns": ".flow_runs",
    "FlowStart": ".flow_start",
    "FlowStartExtraType0": ".flow_start_extra_type_0",
    "FlowStartList": ".flow_start_list",
    "FlowStartParamsType0": ".flow_start_params_type_0",
    "FlowStartWrite": ".flow_start_write",
    "FlowStartWriteExtra": ".flow_start_write_extra",
    "FlowStartWriteParams": ".flow_start_write_params",
    "Geometry": ".geometry",
    "GetDefinitionsDependencies": ".get_definitions_dependencies",
    "Global": ".global_",
    "GlobalList": ".global_list",
    "GlobalWrite": ".global_write",
    "Group": ".group",
    "GroupList": ".group_list",
    "GroupWrite": ".group_write",
    "Label": ".label",
    "LabelList": ".label_list",
    "LabelWrite": ".label_write",
    "ListArchivesArchiveType": ".list_archives_archive_type",
    "ListArchivesPeriod": ".list_archives_period",
    "ListArchivesType": ".list_archives_type",
    "ListFlowsType": ".list_flows_type",
    "Message": ".message",
    "MessageActionsRequest": ".message_actions_request",
    "MessageActionsRequestAction": ".message_actions_request_action",
    "MessageList": ".message_list",
    "MessageWrite": ".message_write",
    "ObjectRef": ".object_ref",
    "Org": ".org",
    "OrgCredits": ".org_credits",
    "QuickReply": ".quick_reply",
    "Resthook": ".resthook",
    "ResthookEvent": ".resthook_event",
    "ResthookEventData": ".resthook_event_data",
    "ResthookEventList": ".resthook_event_list",
    "ResthookList": ".resthook_list",
    "ResthookSubscriber": ".resthook_subscriber",
    "ResthookSubscriberList": ".resthook_subscriber_list",
    "ResthookSubscriberWrite": ".resthook_subscriber_write",
    "Run": ".run",
    "RunList": ".run_list",
    "RunStep": ".run_step",
    "RunValue": ".run_value",
    "RunValues": ".run_values",
    "StartRef": ".start_ref",
    "Translations": ".translations",
    "ValidationErrors": ".validation_errors",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "Archive",
    "ArchiveList",
    "Attachment",
    "Boundary",
    "BoundaryList",
    "BoundaryRef",
    "Broadcast",
    "BroadcastList",
    "BroadcastWrite",
    "BulkActionFailures",
    "Campaign",
    "CampaignEvent",
    "CampaignEventList",
    "CampaignEventWrite",
    "CampaignEventWriteUnit",
    "CampaignList",
    "CampaignWrite",
    "Channel",
    "ChannelDevice",
    "ChannelEvent",
    "ChannelEventExtraType0",
    "ChannelEventList",
    "ChannelList",
    "Classifier",
    "ClassifierList",
    "Contact",
    "ContactActionsRequest",
    "ContactActionsRequestAction",
    "ContactFields",
    "ContactList",
    "ContactWrite",
    "ContactWriteFields",
    "ErrorDetail",
    "Export",
    "ExportCampaignsItem",
    "ExportFieldsItem",
    "ExportFlowsItem",
    "ExportGroupsItem",
    "ExportTriggersItem",
    "Field",
    "FieldList",
    "FieldRef",
    "FieldWrite",
    "FieldWriteType",
    "Flow",
    "FlowList",
    "FlowResult",
    "FlowRuns",
    "FlowStart",
    "FlowStartExtraType0",
    "FlowStartList",
    "FlowStartParamsType0",
    "FlowStartWrite",
    "FlowStartWriteExtra",
    "FlowStartWriteParams",
    "Geometry",
    "GetDefinitionsDependencies",
    "Global",
    "GlobalList",
    "GlobalWrite",
    "Group",
    "GroupList",
    "GroupWrite",
    "Label",
    "LabelList",
    "LabelWrite",
    "ListArchivesArchiveType",
    "ListArchivesPeriod",
    "ListArchivesType",
    "ListFlowsType",
    "Message",
    "MessageActionsRequest",
    "MessageActionsRequestAction",
    "MessageList",
    "MessageWrite",
    "ObjectRef",
    "Org",
    "OrgCredits",
    "QuickReply",
    "Resthook",
    "ResthookEvent",
    "ResthookEventData",
    "ResthookEventList",
    "ResthookList",
    "ResthookSubscriber",
    "ResthookSubscriberList",
    "ResthookSubscriberWrite",
    "Run",
    "RunList",
    "RunStep",
    "RunValue",
    "RunValues",
    "StartRef",
    "Translations",
    "ValidationErrors",
)
