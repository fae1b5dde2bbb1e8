from typing import Literal

FieldWriteType = Literal["datetime", "district", "number", "state", "text", "ward"]

FIELD_WRITE_TYPE_VALUES: set[FieldWriteType] = {
    "datetime",
    "district",
    "number",
    "state",
    "text",
    "ward",
}


def check_field_write_type(value: str) -> FieldWriteType:
    if value in FIELD_WRITE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_WRITE_TYPE_VALUES!r}")
