"""DataFrame conversion. pandas is an optional extra, imported only when a DataFrame is asked for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dataports._core.errors import MissingDependencyError

if TYPE_CHECKING:
    import pandas


def require_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependencyError(
            "this call returns a pandas DataFrame; install the extra with: pip install 'dataports[pandas]'"
        ) from exc
    return pandas


def records_to_dataframe(
    records: Iterable[Mapping[str, Any]], *, datetime_columns: Sequence[str] = (), columns: Sequence[str] | None = None
) -> pandas.DataFrame:
    """Build a DataFrame straight from decoded JSON records (no per-record model objects on the way).

    Nested objects stay as dict cells; ``datetime_columns`` become timezone-aware datetimes in one vectorised pass.
    """
    pd = require_pandas()
    frame: pandas.DataFrame = pd.DataFrame.from_records(
        records if isinstance(records, list) else list(records), columns=columns
    )
    for name in datetime_columns:
        if name in frame.columns:
            frame[name] = pd.to_datetime(frame[name], utc=True, format="ISO8601")
    return frame
