"""Column types both ways (pandas and Python types to ClicData's, ClicData's back to pandas dtypes) and the JSON
values rows are sent as, without any server."""

from __future__ import annotations

import datetime
import decimal

import numpy as np
import pandas as pd
import pytest
from dataports.clicdata import InvalidDataType
from dataports.clicdata.columns import apply_types, clicdata_type, column_definitions, frame_types
from dataports.clicdata.rows import LocalRejection, frame_rows, plain, records_rows


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (np.dtype("object"), "text"),
        (pd.StringDtype(), "text"),
        (pd.CategoricalDtype(["a"]), "text"),
        (np.dtype("timedelta64[ns]"), "text"),
        (np.dtype("int64"), "number"),
        (np.dtype("int32"), "number"),
        (np.dtype("uint8"), "number"),
        (np.dtype("float32"), "number"),
        (pd.Int64Dtype(), "number"),
        (np.dtype("bool"), "checkbox"),
        (pd.BooleanDtype(), "checkbox"),
        (np.dtype("datetime64[ns]"), "datetime"),
        (np.dtype("datetime64[s]"), "datetime"),
        (pd.DatetimeTZDtype(tz="UTC"), "datetime"),
        (int, "number"),
        (float, "number"),
        (bool, "checkbox"),
        (str, "text"),
        (datetime.datetime, "datetime"),
        (datetime.date, "date"),
        ("percentage", "percentage"),
        ("rec_id", "rec_id"),
        ("dropdown", "dropdown"),
    ],
)
def test_pandas_and_python_types_map_to_clicdata_types(kind: object, expected: str) -> None:
    assert clicdata_type("c", kind) == expected


@pytest.mark.parametrize("kind", ["money", "int64", np.dtype("complex64"), object(), None, list])
def test_types_without_a_clicdata_type_are_refused_naming_the_column(kind: object) -> None:
    with pytest.raises(InvalidDataType) as refused:
        clicdata_type("price", kind)
    assert refused.value.argument == "cols['price']" and isinstance(refused.value, ValueError)


def test_a_frames_dtypes_are_its_columns_definitions() -> None:
    frame = pd.DataFrame({"a": [1], "b": [1.5], "c": ["x"], "d": [True], "e": pd.to_datetime(["2024-01-01"]), 7: [0]})
    assert column_definitions(frame_types(frame)) == [
        ("a", "number"),
        ("b", "number"),
        ("c", "text"),
        ("d", "checkbox"),
        ("e", "datetime"),
        ("7", "number"),
    ]
    with pytest.raises(InvalidDataType):
        column_definitions({})


def test_clicdata_types_become_pandas_dtypes_when_read() -> None:
    rows = [
        {"n": 1, "p": 0.5, "t": "2024-01-02T03:04:05", "d": "2024-01-02", "b": True, "x": "a", "o": None},
        {"n": None, "p": None, "t": None, "d": None, "b": None, "x": None, "o": "2024-13-45"},
    ]
    columns = [
        {"name": "n", "data_type": "number"},
        {"name": "p", "data_type": "percentage"},
        {"name": "t", "data_type": "datetime"},
        {"name": "d", "data_type": "date"},
        {"name": "b", "data_type": "checkbox"},
        {"name": "x", "data_type": "text"},
        {"name": "o", "data_type": "datetime"},  # a spelling the conversion cannot read: left as sent
        {"name": "missing", "data_type": "number"},
    ]
    frame = apply_types(pd.DataFrame.from_records(rows), columns)
    assert {name: frame[name].dtype.kind for name in "nptdb"} == {"n": "f", "p": "f", "t": "M", "d": "M", "b": "b"}
    assert str(frame["b"].dtype) == "boolean" and frame["b"].isna().tolist() == [False, True]
    assert frame["t"][0] == pd.Timestamp("2024-01-02 03:04:05") and pd.isna(frame["t"][1])
    assert frame["o"].dtype.kind == "O" and frame["o"][1] == "2024-13-45"


def test_values_are_sent_as_json_scalars() -> None:
    moment = datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert plain(moment) == "2024-05-01T08:00:00"
    assert plain(datetime.date(2024, 5, 1)) == "2024-05-01"
    assert plain(np.int64(5)) == 5 and isinstance(plain(np.int64(5)), int)
    assert plain(np.float32(0.5)) == 0.5 and plain(np.bool_(True)) is True
    assert plain(decimal.Decimal("1.25")) == 1.25
    for missing in (None, float("nan"), pd.NA, pd.NaT, np.float64("nan")):
        assert plain(missing) is None


def test_frame_rows_convert_by_column_and_reject_what_json_cannot_carry() -> None:
    frame = pd.DataFrame(
        {
            "i": [1, 2, 3],
            "f": [0.5, np.nan, np.inf],
            "s": ["a", None, "c"],
            "t": pd.to_datetime(["2024-01-01T00:00:00", None, "2024-01-01T00:00:00.25"], format="ISO8601"),
            "z": pd.to_datetime(["2024-01-01T02:00:00+02:00"] * 3),
            "n": pd.array([1, None, 3], dtype="Int64"),
            "o": [datetime.date(2024, 1, 1), object(), None],
        }
    )
    first, second, third = list(frame_rows(frame))
    assert first == [
        {"column": "i", "value": 1},
        {"column": "f", "value": 0.5},
        {"column": "s", "value": "a"},
        {"column": "t", "value": "2024-01-01T00:00:00.000000"},
        {"column": "z", "value": "2024-01-01T00:00:00"},
        {"column": "n", "value": 1},
        {"column": "o", "value": "2024-01-01"},
    ]
    assert isinstance(second, LocalRejection) and "column 'o' holds a object" in second.message
    assert isinstance(third, LocalRejection) and "column 'f' is infinite" in third.message
    slices = list(frame_rows(pd.DataFrame({"n": range(12_001)})))
    assert len(slices) == 12_001 and slices[-1] == [{"column": "n", "value": 12_000}]


def test_record_rows_convert_each_mapping() -> None:
    rows = list(records_rows([{"a": np.int16(2), "b": pd.Timestamp("2024-01-01")}, {"a": float("-inf")}, ["no"]]))
    assert rows[0] == [{"column": "a", "value": 2}, {"column": "b", "value": "2024-01-01T00:00:00"}]
    assert isinstance(rows[1], LocalRejection) and isinstance(rows[2], LocalRejection)
