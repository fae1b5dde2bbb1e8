"""Column types both ways: pandas (or Python) types to ClicData's when a data set is created, and ClicData's to
pandas dtypes when rows are read back.

Writing, as the classic wrapper documents: ``object`` (and text, categories, timedeltas) -> ``text``, integers and
floats of any width -> ``number``, ``bool`` -> ``checkbox``, ``datetime64`` of any unit or time zone ->
``datetime``. (The classic wrapper looked dtypes up by name, so ``int32``, ``float32`` and ``datetime64[ns]``
columns raised ``KeyError``.) A ClicData type name is accepted as is. Nothing here imports pandas: dtypes are read
by their ``kind``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .errors import InvalidDataType

if TYPE_CHECKING:
    import pandas

COLUMN_TYPES = ("text", "number", "datetime", "date", "percentage", "checkbox", "dropdown", "rec_id")
#: numpy/pandas dtype kinds -> ClicData types (``O`` covers object, pandas' ``str``, categories, periods).
_BY_KIND = {
    "b": "checkbox",
    "i": "number",
    "u": "number",
    "f": "number",
    "M": "datetime",
    "m": "text",
    "O": "text",
    "U": "text",
    "S": "text",
}
#: Python types -> ClicData types, most specific first (``bool`` is an ``int``, ``datetime`` a ``date``).
_BY_PYTHON_TYPE: tuple[tuple[type, str], ...] = (
    (bool, "checkbox"),
    (int, "number"),
    (float, "number"),
    (str, "text"),
    (datetime.datetime, "datetime"),
    (datetime.date, "date"),
)


def clicdata_type(column: str, kind: Any) -> str:
    """The ClicData type for ``column`` declared as ``kind``: a ClicData type name, a numpy/pandas dtype, or a
    Python type; ``InvalidDataType`` (before any request) for anything else."""
    if isinstance(kind, str):
        if kind in COLUMN_TYPES:
            return kind
        raise InvalidDataType(f"cols[{column!r}]", f"{kind!r} is not one of {', '.join(COLUMN_TYPES)}")
    if isinstance(kind, type):
        for python_type, name in _BY_PYTHON_TYPE:
            if issubclass(kind, python_type):
                return name
    dtype_kind = getattr(kind, "kind", None)
    if isinstance(dtype_kind, str) and dtype_kind in _BY_KIND:
        return _BY_KIND[dtype_kind]
    raise InvalidDataType(
        f"cols[{column!r}]",
        f"{kind!r} has no ClicData type; give one of {', '.join(COLUMN_TYPES)}, a pandas dtype or a Python type",
    )


def column_definitions(cols: Mapping[Any, Any]) -> list[tuple[str, str]]:
    """``(name, ClicData type)`` for every entry of ``cols`` (column name -> type, as ``create_data`` takes it)."""
    if not isinstance(cols, Mapping) or not cols:
        raise InvalidDataType("cols", "must be a non-empty dict of column name -> type (e.g. dataframe.dtypes)")
    return [(str(name), clicdata_type(str(name), kind)) for name, kind in cols.items()]


def frame_types(frame: pandas.DataFrame) -> dict[str, Any]:
    """Column name -> dtype of ``frame``, the ``cols`` of a data set made for it."""
    return {str(name): dtype for name, dtype in frame.dtypes.items()}


def apply_types(frame: pandas.DataFrame, columns: Sequence[Mapping[str, Any]]) -> pandas.DataFrame:
    """``frame`` (rows as read from the API) with ClicData's column types turned into pandas dtypes: ``datetime``
    and ``date`` -> ``datetime64``, ``number``/``percentage``/``rec_id`` -> numbers, ``checkbox`` -> booleans
    (nullable when a value is missing). Text stays text, and so does a column holding a value these conversions
    cannot read."""
    import pandas as pd

    for column in columns:
        name, kind = column.get("name"), column.get("data_type")
        if name not in frame.columns:
            continue
        values = frame[name]
        try:
            if kind in ("datetime", "date"):
                frame[name] = pd.to_datetime(values, format="ISO8601")
            elif kind in ("number", "percentage", "rec_id") and values.dtype.kind not in "iuf":
                frame[name] = pd.to_numeric(values)
            elif kind == "checkbox" and values.dtype.kind != "b":
                frame[name] = values.astype("boolean")
        except (ValueError, TypeError):
            # A value in a spelling this conversion does not read: the column stays as the API sent it.
            continue
    return frame
