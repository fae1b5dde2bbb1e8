"""``get_cloud_client`` and ``Client``: the classic ``gretel_client`` entry points over dataports' transport."""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx
from dataports_api.gretel.client import Client as GeneratedClient

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError, at_most, require
from dataports._core.auth import HeaderAuth, credential
from dataports._core.config import resolve_base_url
from dataports._core.retry_policy import RetryPolicy
from dataports._core.service_client import ServiceClient, ServiceConfig

from .errors import GretelErrors, NotFound, Unauthorized

if TYPE_CHECKING:
    import pandas

    from .project import Project

API_KEY_ENV = "GRETEL_API_KEY"
MAX_RECORDS_PER_CALL = 50
IDEMPOTENCY_HEADER = "Idempotency-Key"
IDEMPOTENCY_CAPABILITY = "x-dataports-idempotency"


def _resolve_key(api_key: str | None) -> str:
    if api_key in ("prompt", "prompt_always"):
        return getpass.getpass("Gretel API key: ")
    key = api_key or os.environ.get(API_KEY_ENV)
    if not key:
        raise InvalidArgumentError("api_key", f"is required (pass it, set {API_KEY_ENV}, or use api_key='prompt')")
    return key


def get_cloud_client(prefix: str = "api", api_key: str | None = None, **options: Any) -> Client:
    """A client for ``https://{prefix}.gretel.cloud``, or for ``DATAPORTS_GRETEL_URL`` when that is set.

    ``prefix`` may also be a full URL (``http://127.0.0.1:8765/gretel``), which wins over the environment.
    """
    require(prefix, "prefix")
    explicit = prefix if "://" in prefix else None
    base_url = resolve_base_url("gretel", explicit, f"https://{prefix}.gretel.cloud")
    return Client(base_url, _resolve_key(api_key), **options)


class Client(ServiceClient[GeneratedClient]):
    """Gretel API client: projects, entity detection and samples. Use ``get_cloud_client`` to make one."""

    service = ServiceConfig(
        name="gretel",
        public_url="https://api.gretel.cloud",
        errors=GretelErrors(),
        # Gretel signals rate limiting with 403 and no Retry-After: back off exponentially, up to ~10 s a wait.
        retry=RetryPolicy(max_retries=8, initial_delay=0.5, max_delay=10.0, rate_limit_statuses=frozenset({403, 429})),
        timeout=httpx.Timeout(30.0, connect=5.0),
    )
    api_client_class = GeneratedClient

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._key = credential(api_key, "api_key")
        #: Holds "idempotency" once the server said it honours Idempotency-Key (the dataports emulator does; the
        #: real service does not), so that a batch whose outcome is unknown may safely be sent again. A set, so
        #: every ``with_options`` copy of this client sees what the original learnt.
        self._capabilities: set[str] = set()
        super().__init__(
            base_url=base_url,
            auth=HeaderAuth(self._key, "Authorization"),
            timeout=timeout,
            max_retries=max_retries,
            transport=transport,
        )

    @property
    def idempotency_honoured(self) -> bool:
        """Whether the server said it honours ``Idempotency-Key``, so an unknown-outcome batch may be re-sent."""
        return "idempotency" in self._capabilities

    def observe_response(self, response: httpx.Response) -> None:
        if response.headers.get(IDEMPOTENCY_CAPABILITY) == "honoured":
            self._capabilities.add("idempotency")

    def __repr__(self) -> str:
        return f"Client({self.base_url!r}, api_key={self._key!r})"

    # --- projects -------------------------------------------------------------------------------------------------
    def get_project(
        self, name: str | None = None, create: bool = False, desc: str | None = None, display_name: str | None = None
    ) -> Project:
        """The project named ``name``; with ``create=True`` it is created when missing (auto-named without a name)."""
        from dataports_api.gretel.api.projects import get_project

        from .project import Project

        if name is None and not create:
            raise InvalidArgumentError("name", "is required unless create=True (which auto-names the project)")
        if name is not None:
            try:
                found = get_project.sync_detailed(name, client=self.api)
                return Project(self, jsonlib.loads(found.content)["data"]["project"])
            except (NotFound, Unauthorized):
                if not create:
                    raise
        return self._create_project(name, desc, display_name)

    def _create_project(self, name: str | None, desc: str | None, display_name: str | None) -> Project:
        from dataports_api.gretel.api.projects import create_project, get_project
        from dataports_api.gretel.models import ProjectCreate

        from .project import Project

        body = ProjectCreate.from_dict(
            {k: v for k, v in {"name": name, "description": desc, "display_name": display_name}.items() if v}
        )
        created = jsonlib.loads(create_project.sync_detailed(client=self.api, body=body).content)["data"]["id"]
        return Project(
            self, jsonlib.loads(get_project.sync_detailed(created, client=self.api).content)["data"]["project"]
        )

    def search_projects(self, count: int = 200, query: str | None = None) -> list[Project]:
        from dataports_api.gretel.api.projects import list_projects

        from .project import Project

        kwargs: dict[str, Any] = {"limit": count}
        if query:
            kwargs["query"] = query
        listed = jsonlib.loads(list_projects.sync_detailed(client=self.api, **kwargs).content)
        return [Project(self, item) for item in listed["data"]["projects"]]

    # --- records without a project --------------------------------------------------------------------------------
    def detect_entities(self, records: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Entity labels for up to 50 records, without storing them."""
        from dataports_api.gretel.api.records import detect_entities
        from dataports_api.gretel.models import DetectEntitiesBodyItem

        batch = [dict(records)] if isinstance(records, Mapping) else [dict(r) for r in records]
        at_most(batch, "records", MAX_RECORDS_PER_CALL)
        body = [DetectEntitiesBodyItem.from_dict(record) for record in batch]
        response = detect_entities.sync_detailed(client=self.api, body=body)
        return list(jsonlib.loads(response.content)["data"]["records"])

    def list_samples(self) -> dict[str, str]:
        """The sample datasets: name → description."""
        from dataports_api.gretel.api.samples import get_samples

        return dict(jsonlib.loads(get_samples.sync_detailed(client=self.api).content)["data"]["samples"])

    def get_sample(
        self, key: str, as_df: bool = False, limit: int | None = None
    ) -> list[dict[str, Any]] | pandas.DataFrame:
        """The records of sample ``key`` (a DataFrame with ``as_df=True``)."""
        from dataports_api.gretel.api.samples import get_samples

        require(key, "key")
        kwargs: dict[str, Any] = {"key": key} if limit is None else {"key": key, "limit": limit}
        records = list(jsonlib.loads(get_samples.sync_detailed(client=self.api, **kwargs).content)["data"]["samples"])
        if as_df:
            from dataports._core.dataframe import records_to_dataframe

            return records_to_dataframe(records)
        return records


@contextlib.contextmanager
def temporary_project(client: Client, name: str | None = None) -> Iterator[Project]:
    """A new project for the duration of the block, deleted afterwards."""
    project = client.get_project(name=name, create=True)
    try:
        yield project
    finally:
        project.delete()
