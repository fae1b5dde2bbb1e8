from typing import Literal

ListArchivesType = Literal["message", "run"]

LIST_ARCHIVES_TYPE_VALUES: set[ListArchivesType] = {
    "message",
    "run",
}


def check_list_archives_type(value: str) -> ListArchivesType:
    if value in LIST_ARCHIVES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVES_TYPE_VALUES!r}")
