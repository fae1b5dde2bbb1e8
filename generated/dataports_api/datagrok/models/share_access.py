from typing import Literal

ShareAccess = Literal["Edit", "View"]

SHARE_ACCESS_VALUES: set[ShareAccess] = {
    "Edit",
    "View",
}


def check_share_access(value: str) -> ShareAccess:
    if value in SHARE_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHARE_ACCESS_VALUES!r}")
