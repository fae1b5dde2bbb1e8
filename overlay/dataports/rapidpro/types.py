"""The classic client's object types (``temba_client.v2.types``), as the generated, typed models.

Attribute names are the wire names, which are the classic names: ``contact.uuid``, ``contact.groups[0].name``,
``run.values["color"].category``. They keep the classic object API: ``Contact.create(uuid=...)`` (every field not
given is ``None``), ``Contact.deserialize(item)``, ``Contact.deserialize_list(items, transformer)``,
``contact.serialize()`` (the classic JSON, datetimes as ``utils.format_iso8601`` writes them), the classic nested
classes (``Run.Value``, ``Boundary.BoundaryRef``...), and ``isinstance(x, serialization.TembaObject)``. Free-form
objects (``contact.fields``, ``run.values``, ``flow_start.params``, ``resthook_event.data``...) are ``dict``
subclasses; datetimes are aware, in ``timezone.utc`` when the server sends UTC; a field the server leaves out reads
``None``, as in the classic client.
"""

from dataports_api.rapidpro.models.archive import Archive
from dataports_api.rapidpro.models.boundary import Boundary
from dataports_api.rapidpro.models.broadcast import Broadcast
from dataports_api.rapidpro.models.campaign import Campaign
from dataports_api.rapidpro.models.campaign_event import CampaignEvent
from dataports_api.rapidpro.models.channel import Channel
from dataports_api.rapidpro.models.channel_event import ChannelEvent
from dataports_api.rapidpro.models.classifier import Classifier
from dataports_api.rapidpro.models.contact import Contact
from dataports_api.rapidpro.models.export import Export
from dataports_api.rapidpro.models.field import Field
from dataports_api.rapidpro.models.field_ref import FieldRef
from dataports_api.rapidpro.models.flow import Flow
from dataports_api.rapidpro.models.flow_start import FlowStart
from dataports_api.rapidpro.models.global_ import Global
from dataports_api.rapidpro.models.group import Group
from dataports_api.rapidpro.models.label import Label
from dataports_api.rapidpro.models.message import Message
from dataports_api.rapidpro.models.object_ref import ObjectRef
from dataports_api.rapidpro.models.org import Org
from dataports_api.rapidpro.models.resthook import Resthook
from dataports_api.rapidpro.models.resthook_event import ResthookEvent
from dataports_api.rapidpro.models.resthook_subscriber import ResthookSubscriber
from dataports_api.rapidpro.models.run import Run

__all__ = [
    "Archive",
    "Boundary",
    "Broadcast",
    "Campaign",
    "CampaignEvent",
    "Channel",
    "ChannelEvent",
    "Classifier",
    "Contact",
    "Export",
    "Field",
    "FieldRef",
    "Flow",
    "FlowStart",
    "Global",
    "Group",
    "Label",
    "Message",
    "ObjectRef",
    "Org",
    "Resthook",
    "ResthookEvent",
    "ResthookSubscriber",
    "Run",
]
