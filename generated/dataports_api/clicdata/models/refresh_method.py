from typing import Literal

RefreshMethod = Literal["append", "rebuild", "recreate", "reload", "update", "updateappend"]

REFRESH_METHOD_VALUES: set[RefreshMethod] = {
    "append",
    "rebuild",
    "recreate",
    "reload",
    "update",
    "updateappend",
}


def check_refresh_method(value: str) -> RefreshMethod:
    if value in REFRESH_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFRESH_METHOD_VALUES!r}")
