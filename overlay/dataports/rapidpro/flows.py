"""Flows: list flows, start them, list their starts and runs, and export their definitions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .arguments import choice, require
from .base import TembaBase
from .errors import TembaInvalidArgument
from .query import rate_limit_patient
from .serialize import Moment, identifier, identifiers, payload, recipients

if TYPE_CHECKING:
    from .query import CursorQuery
    from .types import Export, Flow, FlowStart, Run

FLOW_TYPES = ("message", "voice", "background", "survey")
DEPENDENCIES = ("none", "flows", "all")


class FlowMethods(TembaBase):
    def get_flows(
        self, uuid: str | None = None, type: str | None = None, archived: bool | None = None
    ) -> CursorQuery[Flow]:
        """Flows, filtered by ``uuid``, ``type`` and ``archived``, as a lazy ``CursorQuery``. Raises
        ``TembaInvalidArgument`` before sending for an unknown ``type``."""
        from dataports_api.rapidpro.api.flows import list_flows
        from dataports_api.rapidpro.models import Flow

        choice(type, "type", FLOW_TYPES)
        return self._query(list_flows, Flow, uuid=uuid, type=type, archived=archived)

    def get_flow_starts(self, uuid: str | None = None, id: int | None = None) -> CursorQuery[FlowStart]:
        """Flow starts, or the one with ``uuid`` or ``id``, as a lazy ``CursorQuery``."""
        from dataports_api.rapidpro.api.flow_starts import list_flow_starts
        from dataports_api.rapidpro.models import FlowStart

        return self._query(list_flow_starts, FlowStart, uuid=uuid, id=id)

    def get_runs(
        self,
        uuid: str | None = None,
        flow: Any = None,
        responded: bool | None = None,
        before: Moment | None = None,
        after: Moment | None = None,
        reverse: bool | None = None,
        paths: bool | None = None,
        *,
        contact: Any = None,
    ) -> CursorQuery[Run]:
        """Flow runs, most recently modified first; ``contact`` is a filter the API has beyond the classic ones."""
        from dataports_api.rapidpro.api.runs import list_runs
        from dataports_api.rapidpro.models import Run

        return self._query(
            list_runs,
            Run,
            uuid=uuid,
            flow=flow,
            contact=contact,
            responded=responded,
            before=before,
            after=after,
            reverse=reverse,
            paths=paths,
        )

    def get_definitions(
        self,
        flows: Iterable[Any] = (),
        campaigns: Iterable[Any] = (),
        dependencies: str | None = None,
        retry_on_rate_exceed: bool = False,
    ) -> Export:
        """The export of ``flows`` and ``campaigns`` (objects or UUIDs) with their ``dependencies``, as an ``Export``.
        With ``retry_on_rate_exceed=True`` a rate-limited call waits and retries, as classically; otherwise it raises
        ``TembaRateExceededError``. Raises ``TembaInvalidArgument`` before sending for unknown ``dependencies``."""
        from dataports_api.rapidpro.api.definitions import get_definitions
        from dataports_api.rapidpro.models import Export

        choice(dependencies, "dependencies", DEPENDENCIES)
        return rate_limit_patient(self, retry_on_rate_exceed)._fetch(
            get_definitions,
            Export,
            flow=[str(v) for v in identifiers(list(flows), "flows") or []],
            campaign=[str(v) for v in identifiers(list(campaigns), "campaigns") or []],
            **({"dependencies": dependencies} if dependencies else {}),
        )

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
        """Start ``flow`` for the given ``urns``, ``contacts`` and ``groups``, with optional ``params`` (``extra`` is
        the older name), and return the ``FlowStart``. Raises ``TembaInvalidArgument`` before sending when ``flow``
        or every recipient is missing."""
        from dataports_api.rapidpro.api.flow_starts import write_flow_start
        from dataports_api.rapidpro.models import FlowStart

        body = recipients(urns=urns, contacts=contacts, groups=groups)
        if not body:
            raise TembaInvalidArgument("urns/contacts/groups", "give at least one contact, group or URN to start")
        body.update(
            payload(
                flow=identifier(require(flow, "flow"), "flow"),
                restart_participants=restart_participants,
                exclude_active=exclude_active,
                # ``extra`` is the classic client's older name for ``params``.
                params=dict(params) if params is not None else (dict(extra) if extra is not None else None),
            )
        )
        return self._write(write_flow_start, FlowStart, body, "FlowStartWrite")
