from typing import Literal

DataBatchAction = Literal["delete", "details", "ttl"]

DATA_BATCH_ACTION_VALUES: set[DataBatchAction] = {
    "delete",
    "details",
    "ttl",
}


def check_data_batch_action(value: str) -> DataBatchAction:
    if value in DATA_BATCH_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_BATCH_ACTION_VALUES!r}")
