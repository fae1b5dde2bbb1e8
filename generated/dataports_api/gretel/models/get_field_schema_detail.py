from typing import Literal

GetFieldSchemaDetail = Literal["no", "yes"]

GET_FIELD_SCHEMA_DETAIL_VALUES: set[GetFieldSchemaDetail] = {
    "no",
    "yes",
}


def check_get_field_schema_detail(value: str) -> GetFieldSchemaDetail:
    if value in GET_FIELD_SCHEMA_DETAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FIELD_SCHEMA_DETAIL_VALUES!r}")
