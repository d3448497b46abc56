"""st.data_editor: edits come back in the type the data came in; the editing state is in
session state; every edited cell is checked on the server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from data_app import App

from log_watch import LogWatch

Make = Callable[[str], App]

IMPORTS = "import numpy as np, pandas as pd, polars as pl, pyarrow as pa\n"


def editor(make: Make, data: str, extra: str = "") -> App:
    source = IMPORTS + f"st.session_state['out'] = st.data_editor({data}, key='ed'{extra})\n"
    return make(source).run().ok()


def field(app: App, label: str) -> str:
    for spec in app.props("data_editor")["columns"]:
        if spec["label"] == label or spec["field"] == label:
            return str(spec["field"])
    raise KeyError(label)


def edit(app: App, **state: Any) -> App:
    wire = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **state}
    return app.run({app.id("data_editor"): wire}).ok()


CASES: list[tuple[str, str, Any, Callable[[Any], Any]]] = [
    # (data, column edited, new value, what the script gets back → comparable)
    ("pd.DataFrame({'a': [1, 2]})", "a", 10, lambda o: (type(o), o["a"].tolist())),
    ("pd.DataFrame({'a': [1, 2]}).style", "a", 10, lambda o: (type(o), o["a"].tolist())),
    ("pd.Series([1, 2], name='s')", "s", 10, lambda o: (type(o), o.name, o.tolist())),
    ("pd.Series([1, 2])", "value", 10, lambda o: (type(o), o.name, o.tolist())),
    ("pd.Index(['x', 'y'], name='i')", "i", "z", lambda o: (type(o), o.name, o.tolist())),
    ("pd.array([1, 2], dtype='Int64')", "value", 10, lambda o: (str(o.dtype), list(o))),
    ("np.array([1, 2])", "value", 10, lambda o: (type(o), o.tolist())),
    ("np.array([[1, 2], [3, 4]])", "0", 10, lambda o: (type(o), o.tolist())),
    ("pa.table({'a': [1, 2]})", "a", 10, lambda o: (type(o), o.schema, o.column("a").to_pylist())),
    (
        "pa.table({'a': [1, 2]}).to_batches()[0]",
        "a",
        10,
        lambda o: (type(o), o.column(0).to_pylist()),
    ),
    ("pa.array([1, 2])", "value", 10, lambda o: (type(o), o.to_pylist())),
    ("pl.DataFrame({'a': [1, 2]})", "a", 10, lambda o: (type(o), o["a"].to_list())),
    ("pl.Series('p', [1, 2])", "p", 10, lambda o: (type(o), o.name, o.to_list())),
    (
        "pl.DataFrame({'a': [1, 2]}).lazy()",
        "a",
        10,
        lambda o: (type(o), o.collect()["a"].to_list()),
    ),
    ("[1, 2]", "value", 10, lambda o: o),
    ("(1, 2)", "value", 10, lambda o: o),
    ("{1, 2}", "value", 10, lambda o: type(o)),
    ("[[1, 'a'], [2, 'b']]", "0", 10, lambda o: o),
    ("[{'x': 1}, {'x': 2}]", "x", 10, lambda o: o),
    ("{'k1': 1, 'k2': 2}", "value", 10, lambda o: o),
    ("{'a': [1, 2], 'b': [3, 4]}", "a", 10, lambda o: o),
    ("{'a': {'r1': 1, 'r2': 2}}", "a", 10, lambda o: o),
]

EXPECTED: list[Any] = [
    (pd.DataFrame, [10, 2]),
    (pd.DataFrame, [10, 2]),
    (pd.Series, "s", [10, 2]),
    (pd.Series, None, [10, 2]),
    (pd.Index, "i", ["z", "y"]),
    ("Int64", [10, 2]),
    (np.ndarray, [10, 2]),
    (np.ndarray, [[10, 2], [3, 4]]),
    (pa.Table, pa.schema([("a", pa.int64())]), [10, 2]),
    (pa.RecordBatch, [10, 2]),
    (pa.Int64Array, [10, 2]),
    (pl.DataFrame, [10, 2]),
    (pl.Series, "p", [10, 2]),
    (pl.LazyFrame, [10, 2]),
    [10, 2],
    (10, 2),
    set,
    [[10, "a"], [2, "b"]],
    [{"x": 10}, {"x": 2}],
    {"k1": 10, "k2": 2},
    {"a": [10, 2], "b": [3, 4]},
    {"a": {"r1": 10, "r2": 2}},
]


@pytest.mark.parametrize(
    ("case", "expected"), list(zip(CASES, EXPECTED, strict=True)), ids=[c[0] for c in CASES]
)
def test_edits_come_back_in_the_type_given(
    make: Make, case: tuple[str, str, Any, Callable[[Any], Any]], expected: Any
) -> None:
    data, column, value, look = case
    app = editor(make, data)
    unedited = app["out"]
    edited = edit(app, edited_rows={"0": {field(app, column): value}})["out"]
    assert look(edited) == expected
    assert type(edited) is type(unedited)


def test_the_editing_state_is_in_session_state_with_names_and_int_rows(make: Make) -> None:
    app = editor(make, "pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})", ", num_rows='dynamic'")
    edit(
        app,
        edited_rows={"1": {"b": "Y"}},
        added_rows=[{"a": 3, "b": "z"}],
        deleted_rows=[0],
    )
    assert app.session.state["ed"] == {
        "edited_rows": {1: {"b": "Y"}},
        "added_rows": [{"a": 3, "b": "z"}],
        "deleted_rows": [0],
    }
    out = app["out"]
    assert out["a"].tolist() == [2, 3] and out["b"].tolist() == ["Y", "z"]
    assert out.index.tolist() == [1, 2]  # a default index goes on counting


def test_added_rows_with_a_named_index_need_their_index_value(
    make: Make, quiet_log: LogWatch
) -> None:
    quiet_log.expect(r"added row without an index value", logger="rill.data")
    app = editor(
        make, "pd.DataFrame({'a': [1]}, index=pd.Index(['r1'], name='id'))", ", num_rows='add'"
    )
    edit(app, added_rows=[{"id": "r2", "a": 2}, {"a": 3}])
    out = app["out"]
    assert out.index.tolist() == ["r1", "r2"] and out["a"].tolist() == [1, 2]


@pytest.mark.parametrize(
    ("column", "bad", "reason"),
    [
        ("n", "ten", "is not a number"),
        ("n", 1.5, "is not a whole number"),
        ("n", 500, "above the maximum 100"),
        ("t", 5, "is not text"),
        ("t", "toolongtext", "longer than 4"),
        ("c", "nope", "not one of the options"),
        ("flag", "yes", "not true or false"),
        ("n", None, "requires a value"),
        ("d", "2024-13-45", "is not an ISO date"),
        ("ro", 9, "read-only"),
    ],
)
def test_bad_values_are_ignored_with_a_log_line(
    make: Make, quiet_log: LogWatch, column: str, bad: Any, reason: str
) -> None:
    quiet_log.expect(reason, logger="rill.data")
    data = (
        "pd.DataFrame({'n': [1, 2], 't': ['a', 'b'], 'c': pd.Categorical(['x', 'y']),"
        " 'flag': [True, False], 'd': [pd.Timestamp('2024-01-01').date()] * 2, 'ro': [0, 0]})"
    )
    config = (
        ", disabled=['ro'], column_config={'n': st.column_config.NumberColumn(max_value=100,"
        " required=True), 't': st.column_config.TextColumn(max_chars=4)}"
    )
    app = editor(make, data, config)
    good = ("t", "ok") if column == "n" else ("n", 7)
    before = app["out"][column].tolist()[0]
    edit(app, edited_rows={"0": {column: bad, good[0]: good[1]}})
    out = app["out"]
    assert out[good[0]].tolist()[0] == good[1]  # the good cell of the same row is kept
    assert out[column].tolist()[0] == before


def test_datetimes_are_edited_in_the_columns_zone(make: Make) -> None:
    data = (
        "pd.DataFrame({'aware': pd.date_range('2024-01-01', periods=1, tz='Europe/Oslo'),"
        " 'naive': pd.date_range('2024-01-01', periods=1)})"
    )
    app = editor(make, data)
    edit(app, edited_rows={"0": {"aware": "2024-06-01T12:00:00Z", "naive": "2024-06-01T08:30:00"}})
    out = app["out"]
    assert out["aware"][0] == pd.Timestamp("2024-06-01 14:00", tz="Europe/Oslo")
    assert out["naive"][0] == pd.Timestamp("2024-06-01 08:30") and out["naive"].dt.tz is None


def test_disabled_true_and_fixed_rows_refuse_everything(make: Make, quiet_log: LogWatch) -> None:
    quiet_log.expect("read-only", logger="rill.data")
    quiet_log.expect("does not allow adding", logger="rill.data")
    quiet_log.expect("does not allow deleting", logger="rill.data")
    app = editor(make, "pd.DataFrame({'a': [1, 2]})", ", disabled=True")
    assert all(spec["disabled"] for spec in app.props("data_editor")["columns"])
    edit(app, edited_rows={"0": {"a": 5}}, added_rows=[{"a": 3}], deleted_rows=[1])
    assert app["out"]["a"].tolist() == [1, 2]


@pytest.mark.parametrize(
    "hostile",
    ["nonsense", {"edited_rows": []}, {"added_rows": {}}, {"deleted_rows": "0"}],
)
def test_values_that_are_no_editing_state_are_rejected(
    make: Make, quiet_log: LogWatch, hostile: Any
) -> None:
    quiet_log.expect(r"ignored a widget value", logger="rill")
    app = editor(make, "pd.DataFrame({'a': [1, 2]})")
    app.run({app.id("data_editor"): hostile}).ok()
    assert app["out"]["a"].tolist() == [1, 2]


def test_rows_out_of_range_are_ignored(make: Make, quiet_log: LogWatch) -> None:
    quiet_log.expect(r"not a row of the data", logger="rill.data")
    app = editor(make, "pd.DataFrame({'a': [1, 2]})")
    edit(app, edited_rows={"7": {"a": 5}, "x": {"a": 5}, "1": {"a": 6}})
    assert app["out"]["a"].tolist() == [1, 6]


def test_on_change_gets_its_arguments(make: Make) -> None:
    source = (
        "import pandas as pd\n"
        "def changed(tag, n=0):\n"
        "    st.session_state['seen'] = (tag, n, st.session_state['ed']['edited_rows'])\n"
        "st.data_editor(pd.DataFrame({'a': [1]}), key='ed', on_change=changed, args=('t',),"
        " kwargs={'n': 2})\n"
    )
    app = make(source).run().ok()
    edit(app, edited_rows={"0": {"a": 4}})
    assert app["seen"] == ("t", 2, {0: {"a": 4}})


def test_bad_arguments(make: Make) -> None:
    frame = "import pandas as pd\ndf = pd.DataFrame({'a': [1]})\n"
    assert (
        "`num_rows` must be" in make(frame + "st.data_editor(df, num_rows='all')\n").run().error()
    )
    assert "`disabled` must be" in make(frame + "st.data_editor(df, disabled='a')\n").run().error()


def test_session_state_cannot_set_an_editor(make: Make) -> None:
    source = (
        "import pandas as pd\n"
        "st.session_state['ed'] = {'edited_rows': {}}\n"
        "st.data_editor(pd.DataFrame({'a': [1]}), key='ed')\n"
    )
    assert make(source).run().errors()
