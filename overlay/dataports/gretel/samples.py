"""Samples: the sample datasets Gretel serves, listed or read (``/records/samples`` in the spec)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dataports_api.gretel.api.samples import get_samples

from dataports._core.arguments import require

from .base import GretelBase, as_list

if TYPE_CHECKING:
    import pandas


class Samples(GretelBase):
    """``Client.list_samples`` and ``Client.get_sample``."""

    def list_samples(self) -> dict[str, str]:
        """The sample datasets: name → description."""
        caller = self.caller
        response = caller.send(get_samples.build_request())
        return caller.parse(response, dict, caller.decode(response, "data", "samples"))

    def get_sample(
        self, key: str, as_df: bool = False, limit: int | None = None
    ) -> list[dict[str, Any]] | pandas.DataFrame:
        """The records of sample ``key`` (a DataFrame with ``as_df=True``)."""
        require(key, "key")
        request = (
            get_samples.build_request(key=key) if limit is None else get_samples.build_request(key=key, limit=limit)
        )
        caller = self.caller
        response = caller.send(request)
        records = caller.parse(response, as_list, caller.decode(response, "data", "samples"))
        if as_df:
            from dataports._core.dataframe import records_to_dataframe

            return records_to_dataframe(records)
        return records
