"""Samples: the sample datasets Gretel serves, listed or read (``/records/samples`` in the spec)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dataports_api.gretel.api.samples import get_samples

from dataports._core.dataframe import require_pandas

from .base import GretelBase, RequestOptions, as_list
from .errors import GretelInvalidArgument

if TYPE_CHECKING:
    import pandas


def _as_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


class Samples(GretelBase):
    """``Client.list_samples`` and ``Client.get_sample``."""

    def list_samples(self, include_details: bool = False, **kwargs: Any) -> list[str] | list[dict[str, str]]:
        """The names of the sample datasets; with ``include_details=True``, ``{"name", "description"}`` dicts.
        ``headers=`` / ``params=`` go with the request."""
        options = RequestOptions("list_samples", kwargs)
        caller = self.caller
        response = caller.send(options.apply(get_samples.build_request()))
        catalogue = caller.parse(response, _as_dict, caller.decode(response, "data", "samples"))
        if include_details:
            return [{"name": name, "description": description} for name, description in catalogue.items()]
        return list(catalogue)

    def get_sample(
        self, sample_name: str, as_df: bool = False, *, limit: int | None = None, **kwargs: Any
    ) -> list[dict[str, Any]] | pandas.DataFrame:
        """The records of sample ``sample_name`` (``limit`` of them, or ``params={"limit": n}`` as classic code
        passes it); with ``as_df=True`` a DataFrame with nested fields flattened to dotted columns."""
        if not sample_name:
            raise GretelInvalidArgument("sample_name", "is required (list_samples() names them)")
        options = RequestOptions("get_sample", kwargs)
        request = (
            get_samples.build_request(key=sample_name)
            if limit is None
            else get_samples.build_request(key=sample_name, limit=limit)
        )
        caller = self.caller
        response = caller.send(options.apply(request, keep=("key",)))
        records = caller.parse(response, as_list, caller.decode(response, "data", "samples"))
        if as_df:
            pd = require_pandas()
            frame: pandas.DataFrame = pd.json_normalize(records)
            return frame
        return records
