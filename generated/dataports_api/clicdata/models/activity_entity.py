from typing import Literal

ActivityEntity = Literal["dashboards", "users"]

ACTIVITY_ENTITY_VALUES: set[ActivityEntity] = {
    "dashboards",
    "users",
}


def check_activity_entity(value: str) -> ActivityEntity:
    if value in ACTIVITY_ENTITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVITY_ENTITY_VALUES!r}")
