from typing import Literal

GetFieldSchemaFilter = Literal["entity"]

GET_FIELD_SCHEMA_FILTER_VALUES: set[GetFieldSchemaFilter] = {
    "entity",
}


def check_get_field_schema_filter(value: str) -> GetFieldSchemaFilter:
    if value in GET_FIELD_SCHEMA_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FIELD_SCHEMA_FILTER_VALUES!r}")
