"""Rows to append, as the API takes them: one list of ``{"column": name, "value": value}`` cells per row, values
in JSON types.

DataFrames are converted a slice at a time, column by column (vectorised where the dtype allows), so a large frame
is never copied whole: ``NaN``/``NaT``/``None``/``pd.NA`` become ``null`` (the classic wrapper wrote ``NaN``, which
is not JSON), datetimes become ISO 8601 text in UTC (the classic wrapper failed on ``Timestamp``), dates ISO dates,
numpy scalars plain numbers. A value JSON cannot carry (an infinite float, an arbitrary object) makes its row a
``LocalRejection``, reported with the others rather than silently changed.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy
    import pandas

Cells = list[dict[str, Any]]
#: Rows converted at a time from a DataFrame (bounds the memory of the conversion).
SLICE_ROWS = 5_000


@dataclasses.dataclass(frozen=True)
class LocalRejection:
    """A row refused before sending, with the reason."""

    message: str


@dataclasses.dataclass(frozen=True)
class _Unsendable:
    reason: str


def plain(value: Any) -> Any:
    """``value`` as a JSON scalar for ClicData, or ``_Unsendable`` with the reason."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return value if math.isfinite(value) else _Unsendable("is infinite, which JSON cannot carry")
    if _is_missing(value):
        return None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":
        return plain(item())
    if isinstance(value, decimal.Decimal):
        return plain(float(value))
    return _Unsendable(f"holds a {type(value).__name__}, which ClicData cannot store")


def _is_missing(value: Any) -> bool:
    # pandas' NA and NaT, without importing pandas for data that has none.
    return type(value).__name__ in ("NAType", "NaTType")


def record_cells(record: Mapping[Any, Any]) -> Cells | LocalRejection:
    """One row given as a mapping of column name -> value."""
    cells: Cells = []
    for name, value in record.items():
        converted = plain(value)
        if isinstance(converted, _Unsendable):
            return LocalRejection(f"column {str(name)!r} {converted.reason}")
        cells.append({"column": str(name), "value": converted})
    return cells


def records_rows(records: Iterable[Mapping[Any, Any]]) -> Iterator[Cells | LocalRejection]:
    for record in records:
        yield record_cells(record) if isinstance(record, Mapping) else LocalRejection("is not a mapping of columns")


def frame_rows(frame: pandas.DataFrame) -> Iterator[Cells | LocalRejection]:
    """The rows of ``frame``, in order."""
    names = [str(name) for name in frame.columns]
    for start in range(0, len(frame), SLICE_ROWS):
        part = frame.iloc[start : start + SLICE_ROWS]
        columns: list[Sequence[Any]] = []
        problems: dict[int, str] = {}
        for position, name in enumerate(names):
            values, unsendable = _column_values(part.iloc[:, position])
            columns.append(values)
            for offset in unsendable:
                problems.setdefault(offset, f"column {name!r} {values[offset].reason}")
        for offset, row in enumerate(zip(*columns, strict=True)):
            if offset in problems:
                yield LocalRejection(problems[offset])
            else:
                yield [{"column": name, "value": value} for name, value in zip(names, row, strict=True)]


def _column_values(series: pandas.Series) -> tuple[list[Any], list[int]]:
    """One column of a slice as JSON scalars, and the offsets of values that cannot be sent (``_Unsendable``)."""
    import numpy as np

    dtype = series.dtype
    if isinstance(dtype, np.dtype):
        if dtype.kind in "biu":
            return series.to_numpy().tolist(), []
        if dtype.kind == "f":
            return _floats(series.to_numpy())
        if dtype.kind == "M":
            return _datetimes(series.to_numpy(dtype="datetime64[us]")), []
    if getattr(dtype, "kind", None) == "M":  # time-zone-aware: the instants, in UTC
        utc = series.dt.tz_convert("UTC").dt.tz_localize(None)
        return _datetimes(utc.to_numpy(dtype="datetime64[us]")), []
    if getattr(dtype, "name", None) in ("str", "string"):  # pandas text: every value is a str or missing
        texts: list[Any] = series.astype(object).tolist()
        for offset in np.flatnonzero(series.isna().to_numpy()).tolist():
            texts[offset] = None
        return texts, []
    values = [plain(value) for value in series.astype(object).tolist()]
    return values, [offset for offset, value in enumerate(values) if isinstance(value, _Unsendable)]


def _floats(array: numpy.ndarray[Any, Any]) -> tuple[list[Any], list[int]]:
    import numpy as np

    values: list[Any] = array.tolist()
    unsendable: list[int] = []
    finite = np.isfinite(array)
    if not finite.all():
        for offset in np.flatnonzero(~finite).tolist():
            values[offset] = plain(values[offset])
            if isinstance(values[offset], _Unsendable):
                unsendable.append(offset)
    return values, unsendable


def _datetimes(array: numpy.ndarray[Any, Any]) -> list[Any]:
    import numpy as np

    missing = np.isnat(array)
    exact_seconds = not (array[~missing].astype("int64") % 1_000_000).any()
    values: list[Any] = np.datetime_as_string(array, unit="s" if exact_seconds else "us").tolist()
    for offset in np.flatnonzero(missing).tolist():
        values[offset] = None
    return values
