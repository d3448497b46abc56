"""st.table: data of many shapes as rows of display strings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import error, shown
from rill.builtin_plugins.write.tables import MAX_ROWS, table_props


def test_table_command_returns_a_replaceable_element(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    handle = st.table(pd.DataFrame({"n": [1, None]}, index=["a", "b"]))
    st.table()
    st.text(type(handle).__name__)
    """
    assert shown(tmp_path, source) == [
        ("table", {"columns": ["n"], "rows": [["1.0"], ["NaN"]], "index": ["a", "b"]}),
        ("table", {"columns": [], "rows": [], "index": None}),
        ("text", {"body": "Container", "help": None}),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"a": [1, 2], "b": ["x", None]},
            {"columns": ["a", "b"], "rows": [["1", "x"], ["2", "NaN"]], "index": ["0", "1"]},
        ),
        (
            {"k1": 1, "k2": "v"},
            {"columns": ["value"], "rows": [["1"], ["v"]], "index": ["k1", "k2"]},
        ),
        (
            [{"x": 1}, {"x": 2}],
            {"columns": ["x"], "rows": [["1"], ["2"]], "index": ["0", "1"]},
        ),
        (
            [[1, 2], [3, 4]],
            {"columns": ["0", "1"], "rows": [["1", "2"], ["3", "4"]], "index": ["0", "1"]},
        ),
        ({5}, {"columns": ["0"], "rows": [["5"]], "index": ["0"]}),
    ],
)
def test_plain_python_data(data: Any, expected: dict[str, Any]) -> None:
    assert table_props(data) == expected


def test_pandas_numpy_and_arrow_data() -> None:
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    columns = pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])
    frame = pd.DataFrame([[1, 2]], columns=columns)
    assert table_props(frame)["columns"] == ["a x", "a y"]
    assert table_props(pd.Index(["p", "q"], name="i")) == {
        "columns": ["i"],
        "rows": [["p"], ["q"]],
        "index": ["0", "1"],
    }
    assert table_props(np.array([7, 8])) == {
        "columns": ["0"],
        "rows": [["7"], ["8"]],
        "index": ["0", "1"],
    }
    assert table_props(pa.table({"t": ["u"]}))["rows"] == [["u"]]


def test_rows_are_capped(tmp_path: Path) -> None:
    props = table_props({"n": list(range(MAX_ROWS + 5))})
    assert len(props["rows"]) == len(props["index"]) == MAX_ROWS == 10_000
    assert props["rows"][-1] == [str(MAX_ROWS - 1)]


def test_unshowable_data_is_refused(tmp_path: Path) -> None:
    assert error(tmp_path, "st.table(3)\n") == (
        "RillAPIError: A table cannot show a value of type int."
    )
    assert "3 dimensions" in error(tmp_path, "import numpy\nst.table(numpy.zeros((1, 1, 1)))\n")
