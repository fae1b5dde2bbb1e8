from typing import Literal

ColumnType = Literal["checkbox", "date", "datetime", "dropdown", "number", "percentage", "rec_id", "text"]

COLUMN_TYPE_VALUES: set[ColumnType] = {
    "checkbox",
    "date",
    "datetime",
    "dropdown",
    "number",
    "percentage",
    "rec_id",
    "text",
}


def check_column_type(value: str) -> ColumnType:
    if value in COLUMN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLUMN_TYPE_VALUES!r}")
