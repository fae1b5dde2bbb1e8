from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_parameters import ConnectionParameters
    from ..models.credentials import Credentials


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A data connection (Datagrok's `DataConnection` entity). `parameters` holds the data source specific
    settings (`server`, `port`, `db`, `bucket`, `region`, ...).

    Attributes:
        id (None | str | Unset): The connection's ID (UUID).
        name (None | str | Unset):
        friendly_name (None | str | Unset):
        description (None | str | Unset):
        namespace (None | str | Unset): Namespace prefix of the Grok name, e.g. `Admin:`.
        data_source (None | str | Unset): The data source type, e.g. `Postgres`, `MS SQL`, `Snowflake`, `S3`, `Files`,
            `Azure Blob`,
            `GoogleCloud`, `Amazon EFS`, `AWS` (secrets manager). Absent is read as `Files`.
        parameters (ConnectionParameters | Unset): Data source specific settings by name (`{}` when none).
        credentials (Credentials | None | Unset):
        tags (list[str] | None | Unset):
        created_on (None | str | Unset): ISO 8601.
        updated_on (None | str | Unset): ISO 8601.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    data_source: None | str | Unset = UNSET
    parameters: ConnectionParameters | Unset = UNSET
    credentials: Credentials | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_on: None | str | Unset = UNSET
    updated_on: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        data_source: None | str | Unset
        if isinstance(self.data_source, Unset):
            data_source = UNSET
        else:
            data_source = self.data_source

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, Credentials):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        else:
            created_on = self.created_on

        updated_on: None | str | Unset
        if isinstance(self.updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = self.updated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        if description is not UNSET:
            field_dict["description"] = description
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if data_source is not UNSET:
            field_dict["dataSource"] = data_source
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        name = cast("None | str | Unset", d.pop("name", UNSET))

        friendly_name = cast("None | str | Unset", d.pop("friendlyName", UNSET))

        description = cast("None | str | Unset", d.pop("description", UNSET))

        namespace = cast("None | str | Unset", d.pop("namespace", UNSET))

        data_source = cast("None | str | Unset", d.pop("dataSource", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: ConnectionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ConnectionParameters.from_dict(_parameters)

        _credentials_data = d.pop("credentials", UNSET)
        if _credentials_data is None or isinstance(_credentials_data, Unset):
            credentials = _credentials_data
        else:
            try:
                if not isinstance(_credentials_data, dict):
                    raise TypeError()
                credentials_type_0 = Credentials.from_dict(_credentials_data)

                credentials = credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                credentials = cast(Credentials | None | Unset, _credentials_data)

        _tags_data = d.pop("tags", UNSET)
        if _tags_data is None or isinstance(_tags_data, Unset):
            tags = _tags_data
        else:
            try:
                if not isinstance(_tags_data, list):
                    raise TypeError()
                tags_type_0 = cast("list[str]", _tags_data)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tags = cast(list[str] | None | Unset, _tags_data)

        created_on = cast("None | str | Unset", d.pop("createdOn", UNSET))

        updated_on = cast("None | str | Unset", d.pop("updatedOn", UNSET))

        connection = cls(
            id=id,
            name=name,
            friendly_name=friendly_name,
            description=description,
            namespace=namespace,
            data_source=data_source,
            parameters=parameters,
            credentials=credentials,
            tags=tags,
            created_on=created_on,
            updated_on=updated_on,
        )

        connection.additional_properties = d
        return connection

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
    def friendlyName(self) -> None | str | Unset:
        """``friendly_name`` under its wire name."""
        return self.friendly_name

    @friendlyName.setter
    def friendlyName(self, value: None | str | Unset) -> None:
        self.friendly_name = value

    @property
    def dataSource(self) -> None | str | Unset:
        """``data_source`` under its wire name."""
        return self.data_source

    @dataSource.setter
    def dataSource(self, value: None | str | Unset) -> None:
        self.data_source = value

    @property
    def createdOn(self) -> None | str | Unset:
        """``created_on`` under its wire name."""
        return self.created_on

    @createdOn.setter
    def createdOn(self, value: None | str | Unset) -> None:
        self.created_on = value

    @property
    def updatedOn(self) -> None | str | Unset:
        """``updated_on`` under its wire name."""
        return self.updated_on

    @updatedOn.setter
    def updatedOn(self, value: None | str | Unset) -> None:
        self.updated_on = value


from ..models.connection_parameters import ConnectionParameters
from ..models.credentials import Credentials
