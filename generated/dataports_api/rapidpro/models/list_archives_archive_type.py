from typing import Literal

ListArchivesArchiveType = Literal["message", "run"]

LIST_ARCHIVES_ARCHIVE_TYPE_VALUES: set[ListArchivesArchiveType] = {
    "message",
    "run",
}


def check_list_archives_archive_type(value: str) -> ListArchivesArchiveType:
    if value in LIST_ARCHIVES_ARCHIVE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVES_ARCHIVE_TYPE_VALUES!r}")
