from typing import Literal

StreamRecordsWithMeta = Literal["no", "yes"]

STREAM_RECORDS_WITH_META_VALUES: set[StreamRecordsWithMeta] = {
    "no",
    "yes",
}


def check_stream_records_with_meta(value: str) -> StreamRecordsWithMeta:
    if value in STREAM_RECORDS_WITH_META_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_RECORDS_WITH_META_VALUES!r}")
