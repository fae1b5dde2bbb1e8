from typing import Literal

StreamRecordsFlatten = Literal["no", "yes"]

STREAM_RECORDS_FLATTEN_VALUES: set[StreamRecordsFlatten] = {
    "no",
    "yes",
}


def check_stream_records_flatten(value: str) -> StreamRecordsFlatten:
    if value in STREAM_RECORDS_FLATTEN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_RECORDS_FLATTEN_VALUES!r}")
