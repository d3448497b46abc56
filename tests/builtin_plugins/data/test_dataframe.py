"""st.dataframe: its props, its selections (a widget then) and add_rows; st.write of tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from data_app import App

from log_watch import LogWatch

Make = Callable[[str], App]

FRAME = "import pandas as pd\ndf = pd.DataFrame({'a': [1, 2, 3], 'b': ['x', 'y', 'z']})\n"


def specs(props: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {spec["field"]: spec for spec in props["columns"]}


# -- props -----------------------------------------------------------------------------------


def test_defaults_follow_streamlit(make: Make) -> None:
    app = make(FRAME + "handle = st.dataframe(df)\nst.text(type(handle).__name__)\n").run().ok()
    props = app.props("dataframe")
    assert (props["width"], props["height"]) == ("stretch", "auto")
    assert props["hide_index"] is None and props["selection_mode"] == []
    assert props["total_rows"] == 3 and props["page_url"] is None
    assert [(s["field"], s["label"], s["kind"]) for s in props["columns"]] == [
        ("_index", "", "index"),
        ("a", "a", "data"),
        ("b", "b", "data"),
    ]
    assert app.frame("dataframe")["b"].tolist() == ["x", "y", "z"]
    assert "id" not in app.element("dataframe")  # not a widget without selections
    assert app.props("text")["body"] == "Container"


def test_layout_arguments(make: Make) -> None:
    source = FRAME + (
        "st.dataframe(df, 300, 200, hide_index=True, row_height=40, placeholder='—',"
        " column_order=['b', 'nope', 'a'])\n"
        "st.dataframe(df, use_container_width=False)\n"
        "st.dataframe(df, width='content', height='stretch', use_container_width=True)\n"
    )
    first, second, third = (e["props"] for e in make(source).run().ok().elements("dataframe"))
    assert (first["width"], first["height"], first["hide_index"]) == (300, 200, True)
    assert (first["row_height"], first["placeholder"]) == (40, "—")
    assert first["column_order"] == ["b", "a"]
    assert second["width"] == "content"
    assert (third["width"], third["height"]) == ("stretch", "stretch")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.dataframe(df, width=0)", "`width` must be"),
        ("st.dataframe(df, width='wide')", "`width` must be"),
        ("st.dataframe(df, height=-5)", "`height` must be"),
        ("st.dataframe(df, row_height=0)", "`row_height` must be"),
        ("st.dataframe(df, hide_index='yes')", "`hide_index` must be"),
        ("st.dataframe(df, column_config=['a'])", "`column_config` must be a dict"),
        ("st.dataframe(df, column_config={'a': 5})", "`column_config['a']` must be"),
        ("st.dataframe(df, column_config={'a': {'colour': 'red'}})", "unknown keys ['colour']"),
        ("st.dataframe(df, on_select='click')", "only 'ignore', 'rerun', or a callable"),
        ("st.dataframe(df, on_select='rerun', selection_mode='rows')", "Invalid selection mode"),
        (
            "st.dataframe(df, on_select='rerun', selection_mode=['single-row', 'multi-row'])",
            "both 'single-row' and 'multi-row'",
        ),
        ("st.dataframe(3)", "cannot show a value of type int"),
    ],
)
def test_bad_arguments_name_themselves(make: Make, call: str, message: str) -> None:
    assert message in make(FRAME + call + "\n").run().error()


def test_column_config_labels_hides_and_types(make: Make) -> None:
    source = FRAME + (
        "st.dataframe(df, column_config={\n"
        "    'a': st.column_config.NumberColumn('Amount', format='%.2f', min_value=0, help='h'),\n"
        "    'b': None,\n"
        "    '_index': 'Row',\n"
        "})\n"
        "st.dataframe(df, column_config={1: 'second', 'a': {'width': 'small'}})\n"
    )
    app = make(source).run().ok()
    first = specs(app.props("dataframe"))
    assert (first["a"]["label"], first["a"]["type"], first["a"]["format"]) == (
        "Amount",
        "number",
        "%.2f",
    )
    assert (first["a"]["min"], first["a"]["help"]) == (0, "h")
    assert first["b"]["hidden"] is True
    assert first["_index"]["label"] == "Row"
    second = specs(app.props("dataframe", 1))
    assert second["b"]["label"] == "second"  # an int key not naming a column is a position
    assert second["a"]["width"] == "small"


def test_categorical_columns_carry_their_options(make: Make) -> None:
    source = "import pandas as pd\nst.dataframe(pd.DataFrame({'c': pd.Categorical(['x', 'y'])}))\n"
    assert specs(make(source).run().ok().props("dataframe"))["c"]["options"] == ["x", "y"]


def test_a_styler_sends_display_values_and_colors(make: Make) -> None:
    source = FRAME + (
        "styled = df.style.format({'a': '{:.1f} kg'})"
        ".map(lambda v: 'color: red; background-color: #eee' if v == 'y' else '')\n"
        "st.dataframe(styled)\n"
    )
    styles = make(source).run().ok().props("dataframe")["styles"]
    assert styles["display"]["a"] == ["1.0 kg", "2.0 kg", "3.0 kg"]
    assert styles["color"] == {"b": [None, "red", None]}
    assert styles["background"] == {"b": [None, "#eee", None]}


# -- selections -----------------------------------------------------------------------------


SELECT = FRAME + (
    "def picked():\n"
    "    st.session_state['called'] = st.session_state.get('called', 0) + 1\n"
    "event = st.dataframe(df, key='grid', on_select={on_select}, selection_mode={mode})\n"
    "st.session_state['rows'] = event.selection.rows\n"
    "st.session_state['event'] = event\n"
)


def selecting(make: Make, mode: str = "'multi-row'", on_select: str = "'rerun'") -> App:
    source = SELECT.replace("{mode}", mode).replace("{on_select}", on_select)
    return make(source).run().ok()


def wire(rows: Any = (), columns: Any = (), cells: Any = ()) -> dict[str, Any]:
    return {"selection": {"rows": list(rows), "columns": list(columns), "cells": list(cells)}}


def test_selections_make_a_widget_with_an_empty_selection(make: Make) -> None:
    app = selecting(make)
    element = app.element("dataframe")
    assert element["id"] and element["props"]["selection_mode"] == ["multi-row"]
    assert element["props"]["value"] == wire()
    event = app["event"]
    assert event == {"selection": {"rows": [], "columns": [], "cells": []}}
    assert event.selection.rows == event["selection"]["rows"] == []
    assert app.session.state["grid"] == event


def test_the_browsers_selection_is_returned_and_kept_under_the_key(make: Make) -> None:
    app = selecting(make, mode="['multi-row', 'multi-column', 'single-cell']")
    app.run({app.id("dataframe"): wire([2, 0], ["b"], [[1, "a"]])}).ok()
    event = app["event"]
    assert event.selection.rows == [2, 0]
    assert event.selection.columns == ["b"]
    assert event.selection.cells == [(1, "a")]
    assert app.session.state["grid"].selection.rows == [2, 0]
    app.run().ok()
    assert app["rows"] == [2, 0]  # kept on the next run


def test_a_callback_is_called_as_on_change(make: Make) -> None:
    app = selecting(make, on_select="picked")
    app.run({app.id("dataframe"): wire([1])}).ok()
    assert app["called"] == 1 and app["rows"] == [1]


@pytest.mark.parametrize(
    "hostile",
    [
        "rows",
        {"selection": "all"},
        wire([3]),  # out of range
        wire([-1]),
        wire([True]),
        wire(["0"]),
        wire([0], ["zzz"]),  # unknown column
        wire(columns=["a"]),  # column selection is off
        wire(cells=[[0]]),
        {"selection": {"rows": "0"}},
    ],
)
def test_hostile_selections_are_ignored(make: Make, quiet_log: LogWatch, hostile: Any) -> None:
    quiet_log.expect(r"ignored a widget value", logger="rill")
    app = selecting(make)
    app.run({app.id("dataframe"): wire([1])}).ok()
    app.run({app.id("dataframe"): hostile}).ok()
    assert app["rows"] == [1]


def test_single_row_mode_takes_one_row(make: Make, quiet_log: LogWatch) -> None:
    quiet_log.expect(r"more than one row", logger="rill")
    app = selecting(make, mode="'single-row'")
    app.run({app.id("dataframe"): wire([0, 1])}).ok()
    assert app["rows"] == []
    app.run({app.id("dataframe"): wire([2])}).ok()
    assert app["rows"] == [2]


def test_selection_default(make: Make) -> None:
    source = FRAME + (
        "default = {'selection': {'rows': [1]}}\n"
        "event = st.dataframe(df, on_select='rerun', selection_default=default)\n"
        "st.session_state['rows'] = event.selection.rows\n"
    )
    assert make(source).run().ok()["rows"] == [1]
    bad = FRAME + "st.dataframe(df, on_select='rerun', selection_default={'rows': [9]})\n"
    assert "`selection_default` does not fit" in make(bad).run().error()


# -- add_rows and st.write -----------------------------------------------------------------------


def test_add_rows_appends_and_continues_a_default_index(make: Make) -> None:
    source = FRAME + (
        "handle = st.dataframe(df)\n"
        "handle.add_rows(pd.DataFrame({'a': [4], 'b': ['w']}))\n"
        "handle.add_rows({'a': [5], 'b': ['v']})\n"
    )
    app = make(source).run().ok()
    grown = app.frame("dataframe", 2)
    assert grown["a"].tolist() == [1, 2, 3, 4, 5]
    assert grown.index.tolist() == [0, 1, 2, 3, 4]
    assert app.props("dataframe", 2)["total_rows"] == 5


def test_add_rows_with_other_columns_is_a_clear_error(make: Make) -> None:
    source = FRAME + "st.dataframe(df).add_rows(pd.DataFrame({'c': [1]}))\n"
    assert "add_rows(): the new rows have the columns ['c'], but the table has ['a', 'b']" in (
        make(source).run().error()
    )


def test_st_write_shows_tables_with_st_dataframe(make: Make) -> None:
    source = (
        "import numpy as np, pandas as pd, polars as pl, pyarrow as pa\n"
        "st.write(pd.DataFrame({'a': [1]}))\n"
        "st.write(pd.Series([2], name='s'))\n"
        "st.write(pd.RangeIndex(2))\n"
        "st.write(pd.DataFrame({'a': [1]}).style)\n"
        "st.write(np.array([[1, 2]]))\n"
        "st.write(pa.table({'c': [True]}))\n"
        "st.write(pl.DataFrame({'p': [1]}))\n"
        "st.write(pl.Series('q', [1]))\n"
        "st.write(np.zeros((2, 2, 2)))\n"
    )
    app = make(source).run().ok()
    kinds = [e["kind"] for e in app.elements()]
    assert kinds == ["dataframe"] * 8 + ["text"]
    assert app.frame("dataframe", 6)["p"].tolist() == [1]
