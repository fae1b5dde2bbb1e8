"""``TembaClient``: the classic ``temba_client.v2.TembaClient`` API, composed of one mixin per resource group over
``TembaBase`` (the service configuration and connection)."""

from __future__ import annotations

from .base import api_root
from .campaigns import CampaignMethods
from .contacts import ContactMethods
from .fields_globals import FieldGlobalMethods
from .flows import FlowMethods
from .groups_labels import GroupLabelMethods
from .messages import MessageMethods
from .resthooks import ResthookMethods
from .workspace import WorkspaceMethods


class TembaClient(
    ContactMethods,
    MessageMethods,
    FlowMethods,
    CampaignMethods,
    GroupLabelMethods,
    FieldGlobalMethods,
    ResthookMethods,
    WorkspaceMethods,
):
    """Client for the RapidPro API v2, call-compatible with ``temba_client.v2.TembaClient``.

    ``host`` may be a bare host (``rapidpro.io``), a URL, or the API root URL; when omitted it comes from
    ``DATAPORTS_RAPIDPRO_URL``, then ``https://rapidpro.io``. Beyond the classic client: default timeouts, retries of
    failed reads with backoff, ``timeout``/``max_retries`` knobs, ``with_options``, and context-manager support.
    """


__all__ = ["TembaClient", "api_root"]
