"""The one encoder: every table-like input → Arrow fields and IPC → the pandas frame back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from rill.builtin_plugins.data.arrow import Table, from_ipc, to_ipc, to_pandas
from rill.builtin_plugins.data.sources import Format, source_of
from rill.plugins import RillAPIError


def encode(data: Any) -> tuple[Table, pd.DataFrame]:
    """The table of `data`, and what decoding its IPC gives back."""
    table = Table(source_of(data).frame)
    return table, to_pandas(to_ipc(table.rows()))


def layout(table: Table) -> list[tuple[str, str, str]]:
    return [(f.name, f.label, f.kind) for f in table.fields]


# -- pandas ------------------------------------------------------------------------------------


def test_a_dataframe_keeps_its_index_as_a_field_and_comes_back_equal() -> None:
    df = pd.DataFrame({"a": [1, 2], "b": ["x", None]}, index=pd.Index(["r1", "r2"], name="id"))
    table, back = encode(df)
    assert layout(table) == [("id", "id", "index"), ("a", "a", "data"), ("b", "b", "data")]
    pd.testing.assert_frame_equal(back, df)


def test_an_unnamed_index_is_the_field_index_with_an_empty_label() -> None:
    table, back = encode(pd.DataFrame({"n": [5, 6]}))
    assert layout(table)[0] == ("_index", "", "index")
    assert back.index.name is None and back.index.tolist() == [0, 1]
    assert back["n"].tolist() == [5, 6]


def test_multiindex_levels_and_columns() -> None:
    index = pd.MultiIndex.from_tuples([("a", 1), ("b", 2)])
    columns = pd.MultiIndex.from_tuples([("x", "p"), ("x", "q")])
    table, back = encode(pd.DataFrame([[1, 2], [3, 4]], index=index, columns=columns))
    assert layout(table) == [
        ("_index_0", "", "index"),
        ("_index_1", "", "index"),
        ("x p", "x p", "data"),
        ("x q", "x q", "data"),
    ]
    assert back.index.tolist() == [("a", 1), ("b", 2)]
    assert back.columns.tolist() == ["x p", "x q"]


def test_repeated_column_names_get_distinct_fields_and_keep_their_labels() -> None:
    df = pd.DataFrame([[1, 2, 3]], columns=["a", "a", "__rill_row__"])
    table, back = encode(df)
    assert [f.name for f in table.fields] == ["_index", "a", "a (2)", "__rill_row__ (2)"]
    assert back.columns.tolist() == ["a", "a", "__rill_row__"]


def test_series_index_styler_and_pandas_arrays() -> None:
    assert encode(pd.Series([1, 2], name="s"))[1].columns.tolist() == ["s"]
    assert encode(pd.Series([1, 2]))[1].columns.tolist() == ["value"]
    assert encode(pd.Index(["p", "q"], name="i"))[1]["i"].tolist() == ["p", "q"]
    df = pd.DataFrame({"a": [1.5]})
    assert encode(df.style.format("{:.1f}"))[1]["a"].tolist() == [1.5]
    assert encode(pd.array([1, None], dtype="Int64"))[1]["value"].isna().tolist() == [False, True]


def test_datetimes_keep_their_zone_exactly() -> None:
    naive = pd.date_range("2024-03-01 12:00", periods=2, freq="h")
    aware = naive.tz_localize("Europe/Oslo")
    python = [dt.datetime(2024, 1, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=-5)))]
    table, back = encode(pd.DataFrame({"naive": naive, "aware": aware}))
    types = {field.name: field.type for field in table.schema}
    assert types["naive"].tz is None
    assert types["aware"].tz == "Europe/Oslo"
    assert back["naive"].dt.tz is None
    assert str(back["aware"].dt.tz) == "Europe/Oslo"
    assert back["aware"].tolist() == aware.tolist()  # the same instants, not shifted to UTC
    table, back = encode(pd.DataFrame({"t": pd.Series(python, dtype=object)}))
    assert back["t"][0] == python[0] and back["t"][0].utcoffset() == dt.timedelta(hours=-5)


def test_mixed_object_columns_fall_back_to_text_on_every_page() -> None:
    df = pd.DataFrame({"m": pd.Series([1, "two", 3.5, None, 4], dtype=object)})
    table = Table(df)
    assert table.schema.field("m").type == pa.string()
    first, last = table.rows(0, 1), table.rows(4, 5)  # each page alone holds one int
    assert first.schema == last.schema == table.schema
    assert to_pandas(to_ipc(table.rows()))["m"].tolist()[:3] == ["1", "two", "3.5"]
    assert to_pandas(to_ipc(table.rows()))["m"].isna().tolist()[3]


def test_types_the_browser_cannot_draw_become_text() -> None:
    df = pd.DataFrame(
        {
            "c": [1 + 2j, 3j],
            "p": pd.period_range("2024-01", periods=2, freq="M"),
            "i": pd.interval_range(0, 2),
        }
    )
    back = encode(df)[1]
    assert back["c"].tolist() == ["(1+2j)", "3j"]
    assert back["p"].tolist() == ["2024-01", "2024-02"]
    assert back["i"].tolist() == ["(0, 1]", "(1, 2]"]


def test_lists_dicts_and_categories_keep_their_arrow_types() -> None:
    df = pd.DataFrame(
        {"l": [[1, 2], [3]], "d": [{"k": 1}, {"k": 2}], "c": pd.Categorical(["x", "y"])}
    )
    table = Table(df)
    assert pa.types.is_list(table.schema.field("l").type)
    assert pa.types.is_struct(table.schema.field("d").type)
    assert pa.types.is_dictionary(table.schema.field("c").type)


# -- other libraries -----------------------------------------------------------------------------


def test_numpy_arrays() -> None:
    assert encode(np.array([7, 8]))[1]["value"].tolist() == [7, 8]
    back = encode(np.array([[1, 2], [3, 4]]))[1]
    assert back.columns.tolist() == ["0", "1"] and back.to_numpy().tolist() == [[1, 2], [3, 4]]
    assert encode(np.array([[1], [2]]))[1].columns.tolist() == ["value"]
    assert source_of(np.array(5)).format is Format.EMPTY
    with pytest.raises(RillAPIError, match="NumPy array of 3 dimensions"):
        source_of(np.zeros((1, 1, 1)))


def test_arrow_tables_batches_and_arrays_are_kept_as_arrow() -> None:
    table = pa.table({"t": ["u", "v"], "n": [1, None]})
    for data in (table, table.to_batches()[0]):
        source = source_of(data)
        assert isinstance(source.frame, pa.Table)
        encoded, back = encode(data)
        assert [f.kind for f in encoded.fields] == ["data", "data"]  # no index field
        assert back["t"].tolist() == ["u", "v"]
    assert encode(pa.array([1, 2]))[1]["value"].tolist() == [1, 2]
    assert encode(pa.chunked_array([[1], [2]]))[1]["value"].tolist() == [1, 2]


def test_polars_frames_series_and_lazy_frames() -> None:
    frame = pl.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    assert encode(frame)[1]["b"].tolist() == ["x", "y"]
    assert encode(frame.lazy())[1]["a"].tolist() == [1, 2]
    assert encode(pl.Series("s", [3.5]))[1]["s"].tolist() == [3.5]
    assert isinstance(source_of(frame).frame, pa.Table)


def test_dicts() -> None:
    assert encode({"a": [1, 2], "b": ["x", "y"]})[1].columns.tolist() == ["a", "b"]
    back = encode({"k1": 1, "k2": 2})[1]
    assert back.index.tolist() == ["k1", "k2"] and back["value"].tolist() == [1, 2]
    nested = encode({"col": {"r1": 1, "r2": 2}})[1]
    assert nested.index.tolist() == ["r1", "r2"] and nested["col"].tolist() == [1, 2]
    assert encode({})[1].empty


def test_lists_tuples_sets_rows_records_and_generators() -> None:
    def gen() -> Iterator[int]:
        yield from (1, 2)

    assert encode([1, 2])[1]["value"].tolist() == [1, 2]
    assert encode((1, 2))[1]["value"].tolist() == [1, 2]
    assert encode({5})[1]["value"].tolist() == [5]
    assert encode(gen())[1]["value"].tolist() == [1, 2]
    rows = encode([[1, "a"], [2, "b"]])[1]
    assert rows.columns.tolist() == ["0", "1"] and rows["1"].tolist() == ["a", "b"]
    records = encode([{"x": 1}, {"x": 2, "y": 3}])[1]
    assert records.columns.tolist() == ["x", "y"]
    assert source_of([[1], [2]]).format is Format.LIST_OF_ROWS


class ArrowStream:
    """An object that offers only the Arrow C stream interface."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        return self.table.__arrow_c_stream__(requested_schema)


class PandasLike:
    def to_pandas(self) -> pd.DataFrame:
        return pd.DataFrame({"z": [9]})


class Interchange:
    """An object that offers only the dataframe interchange protocol."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table

    def __dataframe__(self, nan_as_null: bool = False, allow_copy: bool = True) -> Any:
        return self.table.__dataframe__(nan_as_null, allow_copy)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_objects_with_a_way_out() -> None:
    table = pa.table({"q": [1, 2]})
    assert encode(ArrowStream(table))[1]["q"].tolist() == [1, 2]
    assert encode(PandasLike())[1]["z"].tolist() == [9]
    assert encode(Interchange(table))[1]["q"].tolist() == [1, 2]


@pytest.mark.parametrize("value", [3, "text", b"bytes", 2.5])
def test_values_that_are_not_tables_are_refused(value: Any) -> None:
    with pytest.raises(RillAPIError, match=f"cannot show a value of type {type(value).__name__}"):
        source_of(value)


# -- slices ------------------------------------------------------------------------------------


def test_rows_and_take_give_the_rows_asked_for() -> None:
    table = Table(pd.DataFrame({"n": range(10)}, index=pd.RangeIndex(100, 110)))
    assert to_pandas(to_ipc(table.rows(3, 5)))["n"].tolist() == [3, 4]
    assert to_pandas(to_ipc(table.rows(8, 50))).index.tolist() == [108, 109]
    assert to_pandas(to_ipc(table.take(pa.array([9, 0]))))["n"].tolist() == [9, 0]
    arrow = Table(pa.table({"n": list(range(10))}))
    assert from_ipc(to_ipc(arrow.rows(2, 4))).column("n").to_pylist() == [2, 3]


def test_the_table_is_a_snapshot_of_the_frame() -> None:
    df = pd.DataFrame({"n": [1, 2]})
    table = Table(df)
    df.loc[0, "n"] = 99  # copy-on-write: the table keeps what it was given
    assert to_pandas(to_ipc(table.rows()))["n"].tolist() == [1, 2]
