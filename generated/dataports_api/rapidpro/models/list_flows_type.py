from typing import Literal

ListFlowsType = Literal["background", "message", "survey", "voice"]

LIST_FLOWS_TYPE_VALUES: set[ListFlowsType] = {
    "background",
    "message",
    "survey",
    "voice",
}


def check_list_flows_type(value: str) -> ListFlowsType:
    if value in LIST_FLOWS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FLOWS_TYPE_VALUES!r}")
