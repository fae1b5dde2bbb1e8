from typing import Literal

MultipleRows = Literal["all", "first"]

MULTIPLE_ROWS_VALUES: set[MultipleRows] = {
    "all",
    "first",
}


def check_multiple_rows(value: str) -> MultipleRows:
    if value in MULTIPLE_ROWS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTIPLE_ROWS_VALUES!r}")
