from typing import Literal

AnalyticsBatchAction = Literal["details"]

ANALYTICS_BATCH_ACTION_VALUES: set[AnalyticsBatchAction] = {
    "details",
}


def check_analytics_batch_action(value: str) -> AnalyticsBatchAction:
    if value in ANALYTICS_BATCH_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYTICS_BATCH_ACTION_VALUES!r}")
