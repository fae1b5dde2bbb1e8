from typing import Literal

CampaignEventWriteUnit = Literal["days", "hours", "minutes", "months", "weeks"]

CAMPAIGN_EVENT_WRITE_UNIT_VALUES: set[CampaignEventWriteUnit] = {
    "days",
    "hours",
    "minutes",
    "months",
    "weeks",
}


def check_campaign_event_write_unit(value: str) -> CampaignEventWriteUnit:
    if value in CAMPAIGN_EVENT_WRITE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_EVENT_WRITE_UNIT_VALUES!r}")
