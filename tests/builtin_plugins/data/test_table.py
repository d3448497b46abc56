"""st.table: any table-like data as Arrow rows, Styler output kept, add_rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from data_app import App

Make = Callable[[str], App]


def test_a_table_sends_its_rows_and_columns(make: Make) -> None:
    source = (
        "import pandas as pd\n"
        "handle = st.table(pd.DataFrame({'n': [1.5, None]}, index=['a', 'b']))\n"
        "st.table()\n"
        "st.text(type(handle).__name__)\n"
    )
    app = make(source).run().ok()
    props = app.props("table")
    assert props["columns"] == [
        {"field": "_index", "label": "", "kind": "index", "arrow_type": "large_string"},
        {"field": "n", "label": "n", "kind": "data", "arrow_type": "double"},
    ]
    assert props["total_rows"] == 2 and props["digest"]
    frame = app.frame("table")
    assert frame.index.tolist() == ["a", "b"] and frame["n"].tolist()[0] == 1.5
    assert (props["border"], props["hide_index"], props["hide_header"]) == (True, None, False)
    assert (props["width"], props["height"]) == ("stretch", "content")
    empty = app.props("table", 1)
    assert empty["total_rows"] == 0 and empty["columns"] == []
    assert app.props("text")["body"] == "Container"


def test_options(make: Make) -> None:
    source = (
        "st.table({'a': [1]}, border='horizontal', hide_index=True, hide_header=True,"
        " width=300, height=200)\n"
    )
    props = make(source).run().ok().props("table")
    assert (props["border"], props["hide_index"], props["hide_header"]) == (
        "horizontal",
        True,
        True,
    )
    assert (props["width"], props["height"]) == (300, 200)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.table(3)", "A table cannot show a value of type int"),
        ("st.table({'a': [1]}, border='all')", "`border` must be"),
        ("st.table({'a': [1]}, hide_header='no')", "`hide_header` must be"),
        ("st.table({'a': [1]}, height='auto')", "`height` must be"),
        ("import numpy\nst.table(numpy.zeros((1, 1, 1)))", "3 dimensions"),
    ],
)
def test_bad_arguments(make: Make, call: str, message: str) -> None:
    assert message in make(call + "\n").run().error()


def test_a_styler_keeps_display_values_and_colors(make: Make) -> None:
    source = (
        "import pandas as pd\n"
        "df = pd.DataFrame({'p': [0.5, 0.25], 'q': ['x', None]})\n"
        "st.table(df.style.format({'p': '{:.0%}'})"
        ".map(lambda v: 'background-color: yellow' if v == 0.5 else '', subset=['p']))\n"
    )
    styles = make(source).run().ok().props("table")["styles"]
    assert styles["display"]["p"] == ["50%", "25%"]
    assert styles["display"]["q"] == ["x", None]  # a missing value stays missing
    assert styles["background"] == {"p": ["yellow", None]}
    assert styles["color"] == {}


def test_rows_beyond_the_cap_are_not_sent(make: Make) -> None:
    app = make("st.table({'n': list(range(10_005))})\n").run().ok()
    assert app.props("table")["total_rows"] == 10_005
    assert len(app.frame("table")) == 10_000


def test_add_rows(make: Make) -> None:
    source = (
        "import pandas as pd\n"
        "t = st.table(pd.DataFrame({'a': [1]}))\n"
        "t.add_rows(pd.DataFrame({'a': [2, 3]}))\n"
        "st.table({'a': [1]}).add_rows({'b': [2]})\n"
    )
    app = make(source).run()
    assert app.frame("table", 1)["a"].tolist() == [1, 2, 3]
    assert "add_rows(): the new rows have the columns ['b']" in app.error()
