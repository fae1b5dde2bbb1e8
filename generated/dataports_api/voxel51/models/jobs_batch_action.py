from typing import Literal

JobsBatchAction = Literal["archive", "delete", "details", "kill", "start", "ttl", "unarchive"]

JOBS_BATCH_ACTION_VALUES: set[JobsBatchAction] = {
    "archive",
    "delete",
    "details",
    "kill",
    "start",
    "ttl",
    "unarchive",
}


def check_jobs_batch_action(value: str) -> JobsBatchAction:
    if value in JOBS_BATCH_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_BATCH_ACTION_VALUES!r}")
