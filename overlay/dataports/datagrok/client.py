"""``DatagrokClient``: both official Python clients in one class. The classic flat methods (``download_table``,
``sync_dir``, ``list_groups``...) live in the resource modules this class is composed of; the resource-style
sub-clients of ``datagrok-api`` 0.1.0 (``client.tables.download``...) are views over the same methods."""

from __future__ import annotations

import httpx

from .base import connection_arguments
from .connections import ConnectionMethods
from .errors import DatagrokArgumentError
from .files import FileMethods
from .functions import FunctionMethods
from .groups import GroupMethods
from .resources import (
    ConnectionsClient,
    FilesClient,
    FunctionsClient,
    GroupsClient,
    SharesClient,
    TablesClient,
    UsersClient,
)
from .shares import ShareMethods
from .tables import TableMethods
from .users import UserMethods


class DatagrokClient(
    TableMethods, FileMethods, FunctionMethods, GroupMethods, UserMethods, ConnectionMethods, ShareMethods
):
    """A Datagrok API client. ``DatagrokClient(api_key, base_url)`` as the classic client or
    ``DatagrokClient(base_url, api_key)`` as ``datagrok-api`` 0.1.0 (keywords work for both); the key is sent
    verbatim, so it reads ``"Bearer <key>"``. ``base_url`` defaults to ``DATAPORTS_DATAGROK_URL``, then the public
    server; ``/api`` is added when missing.

    Keyword-only extras: ``timeout``, ``max_retries``, ``transport``, ``async_transport``. Thread-safe; use it as a
    context manager (or call ``close()``) to release its connections.
    """

    def __init__(
        self,
        *args: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        key, url = connection_arguments(args, api_key, base_url)
        if key is None:
            raise DatagrokArgumentError("api_key", "is required: 'Bearer <key>' from your Datagrok profile page")
        super().__init__(
            key, url, timeout=timeout, max_retries=max_retries, transport=transport, async_transport=async_transport
        )

    # The resource-style sub-clients: views over this client's own methods, made on access so that a
    # ``with_options`` copy's sub-clients use the copy's timeouts and retries.
    @property
    def tables(self) -> TablesClient:
        """The ``datagrok-api`` 0.1.0 ``tables`` sub-client (``client.tables.download(...)``), over this client's
        methods."""
        return TablesClient(self)

    @property
    def files(self) -> FilesClient:
        """The ``files`` sub-client (``download``, ``upload``, ``sync_dir``), over this client's methods."""
        return FilesClient(self)

    @property
    def functions(self) -> FunctionsClient:
        """The ``functions`` sub-client (``call``), over this client's methods."""
        return FunctionsClient(self)

    @property
    def groups(self) -> GroupsClient:
        """The ``groups`` sub-client; the groups it returns are not bound to the client (0.1.0 behaviour)."""
        return GroupsClient(self)

    @property
    def users(self) -> UsersClient:
        """The ``users`` sub-client (``get``, ``current``, ``list``, ``block``, ``unblock``)."""
        return UsersClient(self)

    @property
    def connections(self) -> ConnectionsClient:
        """The ``connections`` sub-client (``get``, ``save``, ``delete``, ``list``, ``test``)."""
        return ConnectionsClient(self)

    @property
    def shares(self) -> SharesClient:
        """The ``shares`` sub-client (``share``)."""
        return SharesClient(self)


__all__ = ["DatagrokClient"]
