from typing import Literal

AnalyticImageType = Literal["CPU", "GPU"]

ANALYTIC_IMAGE_TYPE_VALUES: set[AnalyticImageType] = {
    "CPU",
    "GPU",
}


def check_analytic_image_type(value: str) -> AnalyticImageType:
    if value in ANALYTIC_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYTIC_IMAGE_TYPE_VALUES!r}")
