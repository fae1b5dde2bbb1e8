from typing import Literal

AnalyticType = Literal["IMAGE_TO_VIDEO", "PLATFORM"]

ANALYTIC_TYPE_VALUES: set[AnalyticType] = {
    "IMAGE_TO_VIDEO",
    "PLATFORM",
}


def check_analytic_type(value: str) -> AnalyticType:
    if value in ANALYTIC_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYTIC_TYPE_VALUES!r}")
