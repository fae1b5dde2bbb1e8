from typing import Literal

ListArchivesPeriod = Literal["daily", "monthly"]

LIST_ARCHIVES_PERIOD_VALUES: set[ListArchivesPeriod] = {
    "daily",
    "monthly",
}


def check_list_archives_period(value: str) -> ListArchivesPeriod:
    if value in LIST_ARCHIVES_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVES_PERIOD_VALUES!r}")
