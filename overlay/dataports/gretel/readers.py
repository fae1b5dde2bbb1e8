"""Record readers, as the classic ``gretel_client.readers``: iterators over JSON-lines and CSV files, open streams,
in-memory records and DataFrames. ``send_bulk`` reads its input through them.

Every reader streams: a file is read a line at a time as records are consumed, so memory stays flat whatever the
file's size. Unlike the classic readers, none of them needs a seekable stream (a pipe or a socket works), and a
path ending in ``.gz``, ``.bz2`` or ``.xz`` is decompressed on the fly. Remote URLs (``s3://``...), which the
classic client opened with ``smart_open``, are not read: download the file or pass an open stream.
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import io
import itertools
import lzma
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, cast

from dataports._core import jsonlib
from dataports._core.dataframe import require_pandas

from .errors import GretelArgumentAttributeError, GretelException, GretelInvalidArgument

if TYPE_CHECKING:
    import pandas

SNIFF_CHARS = 10_000
"""How much of a CSV file the dialect and header sniffing reads (the classic amount)."""
DATAFRAME_CHUNK = 5_000
"""DataFrame rows converted at a time: one vectorised ``to_json`` per chunk instead of one per row."""
CSV_SUFFIXES = (".csv", ".tsv")
"""File suffixes ``send_bulk`` reads as CSV (any other path is read as JSON lines)."""
_OPENERS: dict[str, Callable[..., IO[Any]]] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


class ReaderError(GretelException):
    """A record source could not be read."""


def _identity(record: Any) -> Any:
    return record


def _local_path(source: str | os.PathLike[str]) -> str:
    path = os.fspath(source)
    scheme, sep, rest = path.partition("://")
    if sep and scheme.lower() != "file":
        raise GretelInvalidArgument(
            "input_data", f"{scheme}:// URLs are not read by dataports; download the file or pass an open stream"
        )
    return os.path.expanduser(rest if sep else path)


def _open_path(source: str | os.PathLike[str], encoding: str | None = None, newline: str | None = None) -> IO[str]:
    path = _local_path(source)
    opener = _OPENERS.get(os.path.splitext(path)[1].lower())
    if opener is not None:
        return cast("IO[str]", opener(path, "rt", encoding=encoding, newline=newline))
    return open(path, encoding=encoding, newline=newline)  # closed by the reader when exhausted


def try_data_source(input_handle: Any) -> Any:
    """An open stream for ``input_handle`` when it names a file (a path string or ``os.PathLike``); an open stream
    or any other object (a list of records...) is returned as it is."""
    if isinstance(input_handle, io.IOBase):
        return input_handle
    if isinstance(input_handle, str | os.PathLike):
        return _open_path(input_handle)
    return input_handle


def _text_stream(source: Any, encoding: str, newline: str | None) -> Any:
    """A text stream for a path or an open (text or binary) stream."""
    if isinstance(source, str | os.PathLike):
        return _open_path(source, encoding, newline)
    if isinstance(source, io.RawIOBase | io.BufferedIOBase):
        return io.TextIOWrapper(cast("IO[bytes]", source), encoding=encoding, newline=newline)
    return source


def _close(source: Any) -> None:
    close = getattr(source, "close", None)
    if callable(close):
        close()


class Reader(Iterator[Any]):
    """Base of the readers: an iterator of records with a ``name``."""

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def name(self) -> str:
        """The reader's name, as the classic readers report it."""
        return self._name

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        raise NotImplementedError("__next__ not implemented.")


class JsonReader(Reader):
    """Records from JSON: a JSON-lines file or stream (one object a line, blank lines skipped), a file whose first
    line is a JSON array, a file holding one (multi-line) JSON array, a list or any iterable of records, or one
    dict. ``mapper`` turns each input object into the record to write."""

    def __init__(
        self,
        input_data: IO[Any] | str | list[Any] | dict[str, Any] | os.PathLike[str] | Iterable[Any],
        mapper: Callable[[Any], Any] = _identity,
    ) -> None:
        input_handle = try_data_source(input_data)
        self._handle = input_handle
        self.data_source: Iterator[Any] = self._get_input_start(input_handle)
        self.mapper = mapper
        super().__init__("json")

    def _get_input_start(self, input_data: Any) -> Iterator[Any]:
        if isinstance(input_data, Mapping):
            return iter([input_data])
        if not callable(getattr(input_data, "readline", None)):
            if isinstance(input_data, str | bytes) or not isinstance(input_data, Iterable):
                raise GretelInvalidArgument("input_data", f"cannot read records from a {type(input_data).__name__}")
            return iter(input_data)
        first = input_data.readline()
        while first and not first.strip():
            first = input_data.readline()
        if not first:
            return iter(())
        try:
            head = jsonlib.loads(first)
        except ValueError:
            if first.strip()[:1] not in ("[", b"["):
                raise
            # A JSON array spread over several lines: it is read whole (the one input that is not streamed).
            return iter(jsonlib.loads(first + input_data.read()))
        if isinstance(head, list):
            return iter(head)
        return itertools.chain([first], input_data)

    def close(self) -> None:
        """Close the stream being read (done for you when the records run out)."""
        _close(self._handle)

    def __next__(self) -> Any:
        for record in self.data_source:
            if isinstance(record, str | bytes | bytearray):
                if not record.strip():
                    continue
                record = jsonlib.loads(cast("bytes", record))
            return record if self.mapper is _identity else self.mapper(record)
        self.close()
        raise StopIteration


class CsvReader(Reader):
    """Records from CSV: one dict per row, keyed by the header row (or by ``schema`` / ``column_headings`` when the
    file has none); values are strings. The dialect and the presence of a header are sniffed from the first
    10,000 characters unless ``sniff=False`` / ``has_header`` say otherwise."""

    def __init__(
        self,
        input_source: IO[Any] | str | os.PathLike[str],
        column_delimiter: str = ",",
        quote_symbol: str = '"',
        column_headings: list[str] | None = None,
        encoding: str = "utf-8",
        sniff: bool = True,
        schema: list[Any] | None = None,
        has_header: bool | None = None,
    ) -> None:
        self.column_delimiter = column_delimiter
        self.quote_symbol = quote_symbol
        self.column_headings = column_headings
        self.sniff = sniff
        self.schema = schema
        self.has_header = has_header
        self.encoding = encoding
        self.reader: Iterator[list[str]] | None = None
        self.data_source: Any = _text_stream(input_source, encoding, newline="")
        self.try_infer_schema()
        super().__init__("csv")

    def _default_reader(self, lines: Iterable[str]) -> Iterator[list[str]]:
        return csv.reader(lines, delimiter=self.column_delimiter, quotechar=self.quote_symbol)

    def try_infer_schema(self) -> None:
        """Sniff the dialect and the header from the start of the input, and read the header row."""
        read_forward: str = self.data_source.read(SNIFF_CHARS)
        if not read_forward:
            return
        if not read_forward.endswith(("\n", "\r")):
            read_forward += self.data_source.readline()  # end the sniffed text on a row boundary
        # The sniffed text is read again from memory, then the rest from the stream: no seek, so pipes work.
        lines = itertools.chain(io.StringIO(read_forward, newline=""), self.data_source)
        if self.has_header is None:
            self.has_header = True  # most datasets have a header
            with contextlib.suppress(csv.Error):
                self.has_header = csv.Sniffer().has_header(read_forward)
        if self.sniff:
            try:
                self.reader = csv.reader(lines, csv.Sniffer().sniff(read_forward))
            except csv.Error:
                self.reader = self._default_reader(lines)
        else:
            self.reader = self._default_reader(lines)
        if not self.schema and self.column_headings and not self.has_header:
            self.schema = list(self.column_headings)
        if not self.schema or self.has_header:
            self.schema = [str(heading) for heading in next(self.reader, [])]

    def close(self) -> None:
        """Close the stream being read (done for you when the rows run out)."""
        _close(self.data_source)

    def __next__(self) -> Any:
        if self.schema and self.reader is not None:
            try:
                return dict(zip(self.schema, next(self.reader), strict=False))
            except StopIteration:
                self.close()
                raise
        self.close()
        raise StopIteration


class DataFrameReader(Reader):
    """A DataFrame's rows as records, with JSON types: ``NaN``/``NaT`` become ``None``, timestamps and durations
    epoch milliseconds, numpy numbers Python ones (the classic conversion, done a chunk of rows at a time)."""

    def __init__(self, input_data: pandas.DataFrame) -> None:
        pd = require_pandas()
        if not isinstance(input_data, pd.DataFrame):
            raise GretelArgumentAttributeError("input_data", f"must be a DataFrame, got {type(input_data).__name__}")
        self.df = input_data
        #: The index labels not yet read (advanced a chunk at a time).
        self.source_data: Iterator[Any] = iter(self.df.index)
        self._position = 0
        self._rows: Iterator[Any] = iter(())
        #: Positions of the datetime and timedelta columns, sent as epoch milliseconds (the classic values).
        self._time_columns = [i for i, dtype in enumerate(self.df.dtypes) if getattr(dtype, "kind", "") in "mM"]
        super().__init__("dataframe")

    def _json_rows(self, chunk: pandas.DataFrame) -> Iterator[Any]:
        if self._time_columns:
            # Converted here rather than by ``to_json``'s "epoch" format, which pandas deprecates.
            chunk = chunk.copy()
            for position in self._time_columns:
                values = chunk.iloc[:, position]
                millis = values.dt.as_unit("ms").astype("int64").astype(object)
                chunk.isetitem(position, millis.where(values.notna(), None))
        return iter(jsonlib.loads(cast("bytes", chunk.to_json(orient="records"))))

    def __next__(self) -> Any:
        row = next(self._rows, _END)
        if row is _END:
            taken = sum(1 for _ in itertools.islice(self.source_data, DATAFRAME_CHUNK))
            if not taken:
                raise StopIteration
            chunk = self.df.iloc[self._position : self._position + taken]
            self._position += taken
            self._rows = self._json_rows(chunk)
            row = next(self._rows)
        return row


_END = object()


def _is_dataframe(value: Any) -> bool:
    pandas = sys.modules.get("pandas")  # a DataFrame means pandas is imported already: never import it here
    return pandas is not None and isinstance(value, pandas.DataFrame)


def reader_for(data: Any) -> tuple[Iterable[Any], int | None]:
    """The records of ``data`` as ``send_bulk`` reads them, and their number when known without reading them.

    A path (or an open file whose name ends so) with a ``.csv``/``.tsv`` suffix is read as CSV, any other path or
    stream as JSON; a dict is one record; a DataFrame gives its rows; lists and other iterables are read as they
    are (no per-record work).
    """
    if _is_dataframe(data):
        return DataFrameReader(data), len(data)
    if isinstance(data, Reader):
        return data, None
    if isinstance(data, str | os.PathLike) or callable(getattr(data, "readline", None)):
        name = os.fspath(data) if isinstance(data, str | os.PathLike) else str(getattr(data, "name", ""))
        stem, suffix = os.path.splitext(name.lower())
        if suffix in _OPENERS:
            suffix = os.path.splitext(stem)[1]
        return (CsvReader(data) if suffix in CSV_SUFFIXES else JsonReader(data)), None
    if isinstance(data, Mapping):
        return [data if isinstance(data, dict) else dict(data)], 1
    if isinstance(data, bytes | bytearray) or not isinstance(data, Iterable):
        raise GretelInvalidArgument(
            "data",
            f"cannot send a {type(data).__name__}: pass a record (dict), a list or any iterable of records, a "
            "DataFrame, a path to a JSON-lines or CSV file, or an open file",
        )
    return data, len(data) if isinstance(data, Sequence) else None
