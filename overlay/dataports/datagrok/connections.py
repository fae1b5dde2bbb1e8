"""Data connections: get, save, delete, list and test."""

from __future__ import annotations

from .base import DatagrokBase, rest_name
from .errors import DatagrokApiError, DatagrokArgumentError
from .models import DataConnection, DataSourceType


def _connection(value: object) -> DataConnection:
    if not isinstance(value, DataConnection):
        raise DatagrokArgumentError("conn", f"must be a DataConnection, got {type(value).__name__}")
    return value


class ConnectionMethods(DatagrokBase):
    def get_connection(self, conn: str) -> DataConnection:
        """A connection by ID or Grok name (``JohnDoe:Chembl``)."""
        from dataports_api.datagrok.api.connections import get_connection

        return self._connection(get_connection.build_request(rest_name(conn, "conn")))

    def save_connection(self, conn: DataConnection, save_credentials: bool = False) -> DataConnection:
        """Create or update ``conn`` (a new one gets an ID first); its credentials only with
        ``save_credentials``. Returns the connection as saved."""
        from dataports_api.datagrok.api.connections import save_connection
        from dataports_api.datagrok.models import Connection

        _connection(conn).ensure_id()
        body = Connection.from_dict(conn.to_dict())
        return self._connection(save_connection.build_request(body=body, save_credentials=save_credentials))

    def delete_connection(self, conn: DataConnection | str) -> None:
        """Delete ``conn`` (a ``DataConnection`` or its id); ``DatagrokArgumentError`` for an empty id."""
        from dataports_api.datagrok.api.connections import delete_connection

        key = conn.ensure_id() if isinstance(conn, DataConnection) else conn
        self.caller.send(delete_connection.build_request(rest_name(key, "conn")))

    def list_connections(
        self, smart_filter: str | None = None, data_source: DataSourceType | None = None, tags: list[str] | None = None
    ) -> list[DataConnection]:
        """Connections matching the filters (all given filters apply)."""
        from dataports_api.datagrok.api.connections import list_connections

        options: dict[str, str] = {}
        if smart_filter:
            options["text"] = smart_filter
        if data_source:
            options["data_source"] = data_source.value if isinstance(data_source, DataSourceType) else str(data_source)
        if tags:
            options["tags"] = ",".join(tags)
        caller = self.caller
        response = caller.send(list_connections.build_request(**options))
        items = caller.expect(response, caller.decode(response), list)
        return caller.parse(response, lambda rows: [DataConnection.from_dict(row) for row in rows], items)

    def test_connection(self, conn: DataConnection) -> None:
        """Raise unless the server reaches the connection's data source (``"ok"``)."""
        from dataports_api.datagrok.api.connections import test_connection
        from dataports_api.datagrok.models import Connection

        if not DataSourceType.can_be_tested(_connection(conn).data_source):
            raise DatagrokArgumentError("conn", f"connections of {conn.data_source.value} cannot be tested")
        caller = self.caller
        response = caller.send(test_connection.build_request(body=Connection.from_dict(conn.to_dict())))
        text = caller.decode(response)
        if text != "ok":
            raise DatagrokApiError(f"Connection is not available:\n{text}", status_code=response.status_code)

    def _connection(self, request: dict[str, object]) -> DataConnection:
        caller = self.caller
        response = caller.send(request)
        return caller.parse(response, DataConnection.from_dict, caller.expect(response, caller.decode(response), dict))
