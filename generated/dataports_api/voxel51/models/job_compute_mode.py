from typing import Literal

JobComputeMode = Literal["BEST", "CPU", "GPU"]

JOB_COMPUTE_MODE_VALUES: set[JobComputeMode] = {
    "BEST",
    "CPU",
    "GPU",
}


def check_job_compute_mode(value: str) -> JobComputeMode:
    if value in JOB_COMPUTE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_COMPUTE_MODE_VALUES!r}")
