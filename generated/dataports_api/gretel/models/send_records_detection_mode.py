from typing import Literal

SendRecordsDetectionMode = Literal["all", "fast", "none"]

SEND_RECORDS_DETECTION_MODE_VALUES: set[SendRecordsDetectionMode] = {
    "all",
    "fast",
    "none",
}


def check_send_records_detection_mode(value: str) -> SendRecordsDetectionMode:
    if value in SEND_RECORDS_DETECTION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_RECORDS_DETECTION_MODE_VALUES!r}")
