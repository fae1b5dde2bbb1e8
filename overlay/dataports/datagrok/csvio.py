"""Tables as CSV on the wire, streamed both ways: a response body read into pandas as it arrives (pyarrow's
multithreaded CSV reader when pyarrow is installed), and a DataFrame written out slice by slice, so neither the whole
CSV text nor a second copy of the frame is ever held in memory."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from dataports._core.dataframe import require_pandas

if TYPE_CHECKING:
    import pandas

#: Rows encoded per chunk of an upload: a few MB of CSV at a time.
ROWS_PER_CHUNK = 50_000
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def pyarrow_available() -> bool:
    """Whether pyarrow (the ``pyarrow`` extra) is installed: its CSV reader and writer are used then."""
    try:
        importlib.import_module("pyarrow.csv")
    except ImportError:
        return False
    return True


def read_frame(source: IO[bytes]) -> pandas.DataFrame:
    """The CSV in the binary file ``source`` (read from its current position) as a DataFrame, with ISO datetime
    columns as datetimes (a CSV carries no types; the table's datetimes come back as text otherwise)."""
    pd = require_pandas()
    frame = pd.read_csv(source, engine="pyarrow") if pyarrow_available() else pd.read_csv(source)
    return _with_datetimes(frame)


def _with_datetimes(frame: pandas.DataFrame) -> pandas.DataFrame:
    pd = require_pandas()
    for name in frame.columns:
        column = frame[name]
        if column.dtype.kind not in ("O", "T", "U") and str(column.dtype) not in ("str", "string"):
            continue
        found = column.first_valid_index()
        if found is None:
            continue
        first = column.loc[found]
        if not isinstance(first, str) or not _ISO_MOMENT.match(first):
            continue
        try:
            frame[name] = pd.to_datetime(column, format="ISO8601")
        except (ValueError, TypeError):
            continue  # not every value is a datetime: the column stays text
    return frame


def csv_chunks(frame: pandas.DataFrame, rows_per_chunk: int = ROWS_PER_CHUNK) -> Iterator[bytes]:
    """``frame`` as UTF-8 CSV (header first, no index), one slice of rows at a time: with pyarrow its C++ writer,
    otherwise ``DataFrame.to_csv`` (the classic encoding). Only one slice's text exists at any moment."""
    writer = _arrow_writer() if pyarrow_available() else None
    total = len(frame)
    if total == 0:
        yield frame.to_csv(index=False).encode("utf-8")
        return
    for start in range(0, total, rows_per_chunk):
        piece = frame.iloc[start : start + rows_per_chunk]
        header = start == 0
        encoded = writer(piece, header) if writer is not None else None
        yield encoded if encoded is not None else piece.to_csv(index=False, header=header).encode("utf-8")


def _arrow_writer() -> Any:
    pa = importlib.import_module("pyarrow")
    pa_csv = importlib.import_module("pyarrow.csv")

    def write(piece: pandas.DataFrame, header: bool) -> bytes | None:
        # Columns pyarrow cannot type (mixed objects) fall back to pandas for this slice.
        if piece.columns.duplicated().any() or not all(isinstance(c, str) for c in piece.columns):
            return None
        try:
            table = pa.Table.from_pandas(piece, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            return None
        sink = pa.BufferOutputStream()
        pa_csv.write_csv(table, sink, write_options=pa_csv.WriteOptions(include_header=header))
        return bytes(sink.getvalue())

    return write
