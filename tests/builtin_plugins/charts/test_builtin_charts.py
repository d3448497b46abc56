"""st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart: the spec and table each sends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chart_harness import chart, charts, data, schema

from element_runner import error

WIDE = """
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.0, 6.0], "c": [7, 8, 9]})
"""

LONG = """
import pandas as pd
df = pd.DataFrame({
    "day": [1, 2, 3, 1, 2, 3],
    "sales": [5, 6, 7, 1, 2, 3],
    "shop": ["north"] * 3 + ["south"] * 3,
})
"""


def enc(props: dict[str, Any]) -> dict[str, Any]:
    encoding: dict[str, Any] = props["spec"]["encoding"]
    return encoding


# -- wide and long data ---------------------------------------------------------------------------


def test_wide_data_is_melted_with_the_index_as_x(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + "st.line_chart(df)")
    table = data(props)
    assert list(table.columns) == ["(index)", "(series)", "(value)"]
    assert table["(series)"].tolist() == ["a"] * 3 + ["b"] * 3 + ["c"] * 3
    assert table["(value)"].tolist() == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert table["(index)"].tolist() == [0, 1, 2] * 3
    e = enc(props)
    assert e["x"]["field"] == "(index)" and e["x"]["title"] == ""
    assert e["y"] == {
        "field": "(value)",
        "type": "quantitative",
        "title": "",
        "axis": {"grid": True},
    }
    assert e["color"]["field"] == "(series)" and e["color"]["type"] == "nominal"
    assert [t["title"] for t in e["tooltip"]] == ["index", "value", "color"]
    assert props["label"] == "Line chart of a, b, c by index"
    assert props["chart"] == "line" and props["theme"] == "streamlit"
    assert props["spec"]["autosize"] == {"type": "fit", "contains": "padding"}  # axes inside


def test_one_x_and_one_y_column_stay_as_they_are(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.line_chart(df, x="a", y="b")')
    assert list(data(props).columns) == ["a", "b"]
    e = enc(props)
    assert (e["x"]["field"], e["x"]["title"], e["x"]["type"]) == ("a", "a", "quantitative")
    assert e["x"]["axis"] == {"grid": False, "tickMinStep": 1}  # integers: no fractional ticks
    assert (e["y"]["field"], e["y"]["title"]) == ("b", "b")
    assert "color" not in e
    assert props["label"] == "Line chart of b by a"


def test_a_list_of_y_columns_is_melted_beside_x(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.area_chart(df, x="a", y=["b", "c"])')
    table = data(props)
    assert list(table.columns) == ["a", "(series)", "(value)"]
    assert table["(series)"].unique().tolist() == ["b", "c"]
    assert enc(props)["y"]["title"] == ""


def test_axis_labels_override_the_titles(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.line_chart(df, x="a", y="b", x_label="Day", y_label="€")')
    assert (enc(props)["x"]["title"], enc(props)["y"]["title"]) == ("Day", "€")


def test_a_named_index_is_the_x_field(tmp_path: Path) -> None:
    source = WIDE + 'st.line_chart(df.set_index("a").rename_axis("when"))'
    props = chart(tmp_path, source)
    assert data(props)["when"].tolist() == [1, 2, 3, 1, 2, 3]
    assert enc(props)["x"]["field"] == "when"


def test_long_data_with_a_color_column_has_one_series_per_value(tmp_path: Path) -> None:
    props = chart(tmp_path, LONG + 'st.line_chart(df, x="day", y="sales", color="shop")')
    assert list(data(props).columns) == ["day", "shop", "sales"]
    color = enc(props)["color"]
    assert color["field"] == "shop" and color["type"] == "nominal"
    assert color["legend"]["orient"] == "bottom"
    assert [t["field"] for t in enc(props)["tooltip"]] == ["day", "sales", "shop"]


def test_a_column_of_colors_draws_those_colors_without_a_legend(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    df = pd.DataFrame({"x": [1, 2, 3], "y": [1, 2, 3], "c": ["#ff0000", "#00ff00", "#ff0000"]})
    st.scatter_chart(df, x="x", y="y", color="c")
    """
    color = enc(chart(tmp_path, source))["color"]
    assert color["scale"] == {"range": ["#ff0000", "#00ff00"]}
    assert color["legend"] is None


def test_color_tuples_in_a_column_become_css(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    df = pd.DataFrame({"x": [1, 2], "y": [1, 2], "c": [(255, 0, 0), (0, 0, 255, 128)]})
    st.scatter_chart(df, x="x", y="y", color="c")
    """
    props = chart(tmp_path, source)
    assert data(props)["c"].tolist() == ["rgba(255, 0, 0, 1.0)", "rgba(0, 0, 255, 0.502)"]


@pytest.mark.parametrize(
    ("color", "value"),
    [
        ('"#ffaa00"', "#ffaa00"),
        ("(0, 128, 255)", "rgba(0, 128, 255, 1.0)"),
        ("(0.0, 0.5, 1.0, 0.5)", "rgba(0, 128, 255, 0.5)"),
        ('"red"', "--rill-red"),
        ('"Grey"', "--rill-gray"),
        ('"primary"', "--rill-primary"),
    ],
)
def test_one_color_for_one_series(tmp_path: Path, color: str, value: str) -> None:
    props = chart(tmp_path, WIDE + f'st.bar_chart(df, x="a", y="b", color={color})')
    assert enc(props)["color"] == {"value": value}


def test_a_list_of_colors_colors_the_y_columns_in_order(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.line_chart(df, x="a", y=["b", "c"], color=["#f00", "blue"])')
    color = enc(props)["color"]
    assert color["field"] == "(series)"
    assert color["scale"] == {"domain": ["b", "c"], "range": ["#f00", "--rill-blue"]}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('x="a", y=["b", "c"], color=["#f00"]', "must have the same length"),
        ('x="a", y=["b", "c"], color="#f00"', "must have the same length"),
        ('x="a", y="b", color="not-a-color"', "does not look like a valid color"),
        ('x="a", y="b", color=42', "does not look like a valid color"),
        ('x="a", y="b", color=(300, 0, 0)', "does not look like a valid color"),
    ],
)
def test_bad_colors_are_refused(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, WIDE + f"st.line_chart(df, {call})")


def test_a_missing_column_names_the_available_ones(tmp_path: Path) -> None:
    text = error(tmp_path, WIDE + 'st.line_chart(df, x="a", y="zzz")')
    assert text == (
        'RillAPIError: Data does not have a column named "zzz". Available columns are '
        "`a`, `b`, `c`."
    )
    assert "must be a column name" in error(tmp_path, WIDE + "st.line_chart(df, x=1)")


def test_field_names_with_dots_and_brackets_are_escaped(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    st.line_chart(pd.DataFrame({"t.x": [1, 2], "v[0]": [3, 4]}), x="t.x", y="v[0]")
    """
    props = chart(tmp_path, source)
    assert enc(props)["x"]["field"] == "t\\.x" and enc(props)["x"]["title"] == "t.x"
    assert enc(props)["y"]["field"] == "v\\[0\\]"
    assert list(data(props).columns) == ["t.x", "v[0]"]


# -- bar charts: horizontal, sort, stack ----------------------------------------------------------


def test_bars_have_a_discrete_category_axis(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.bar_chart(df, x="a", y="b")')
    assert enc(props)["x"]["type"] == "ordinal"
    assert props["spec"]["mark"] == {"type": "bar"}
    assert props["label"] == "Bar chart of b by a"


def test_horizontal_bars_swap_the_axes(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.bar_chart(df, x="a", y="b", horizontal=True, x_label="A")')
    e = enc(props)
    assert (e["y"]["field"], e["y"]["type"], e["y"]["title"]) == ("a", "ordinal", "A")
    assert (e["x"]["field"], e["x"]["type"]) == ("b", "quantitative")
    assert e["x"]["axis"]["grid"] is True and e["y"]["axis"]["grid"] is False


def test_dates_keep_a_time_axis_in_bar_charts(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    df = pd.DataFrame({"d": pd.date_range("2024-01-01", periods=3), "v": [1, 2, 3]})
    st.bar_chart(df, x="d", y="v")
    """
    assert enc(chart(tmp_path, source))["x"]["type"] == "temporal"


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("True", "absent"),
        ("False", None),
        ('"b"', {"field": "b", "order": "ascending"}),
        ('"-b"', {"field": "b", "order": "descending"}),
    ],
)
def test_sort(tmp_path: Path, sort: str, expected: Any) -> None:
    x = enc(chart(tmp_path, WIDE + f'st.bar_chart(df, x="a", y="b", sort={sort})'))["x"]
    assert x.get("sort", "absent") == expected


def test_sort_by_a_missing_column_is_refused(tmp_path: Path) -> None:
    assert 'column named "nope"' in error(tmp_path, WIDE + 'st.bar_chart(df, sort="-nope")')
    assert "`sort` argument" in error(tmp_path, WIDE + "st.bar_chart(df, sort=3)")


@pytest.mark.parametrize(
    ("stack", "expected"),
    [
        ("None", "absent"),
        ("True", True),
        ("False", False),
        ('"normalize"', "normalize"),
        ('"center"', "center"),
        ('"layered"', False),
    ],
)
def test_bar_stack_modes(tmp_path: Path, stack: str, expected: Any) -> None:
    props = chart(
        tmp_path, LONG + f'st.bar_chart(df, x="day", y="sales", color="shop", stack={stack})'
    )
    e = enc(props)
    assert e["y"].get("stack", "absent") == expected
    assert ("xOffset" in e) == (stack == "False")  # side by side
    assert e.get("opacity") == ({"value": 0.7} if stack == '"layered"' else None)


def test_unstacked_horizontal_bars_are_offset_vertically(tmp_path: Path) -> None:
    source = (
        LONG + 'st.bar_chart(df, x="day", y="sales", color="shop", stack=False, horizontal=True)'
    )
    e = enc(chart(tmp_path, source))
    assert e["yOffset"] == {"field": "shop"} and "xOffset" not in e
    assert e["x"]["stack"] is False


def test_a_bad_stack_is_refused(tmp_path: Path) -> None:
    assert "`stack` argument" in error(tmp_path, WIDE + 'st.bar_chart(df, stack="up")')
    assert "`stack` argument" in error(tmp_path, WIDE + "st.area_chart(df, stack=1)")


def test_areas_overlap_by_default_and_stack_on_request(tmp_path: Path) -> None:
    layered, stacked = charts(
        tmp_path,
        LONG + 'st.area_chart(df, x="day", y="sales", color="shop")\n'
        'st.area_chart(df, x="day", y="sales", color="shop", stack=True)',
    )
    assert enc(layered)["y"]["stack"] is False and enc(layered)["opacity"] == {"value": 0.7}
    assert enc(stacked)["y"]["stack"] is True
    assert layered["spec"]["mark"] == {"type": "area"}


# -- scatter charts: size --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [("None", {"value": 100}), ("40", {"value": 40}), ("2.5", {"value": 2.5})],
)
def test_scatter_point_size(tmp_path: Path, size: str, expected: Any) -> None:
    props = chart(tmp_path, WIDE + f'st.scatter_chart(df, x="a", y="b", size={size})')
    assert enc(props)["size"] == expected
    assert props["spec"]["mark"] == {"type": "circle"}


def test_scatter_size_from_a_column(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.scatter_chart(df, x="a", y="b", size="c")')
    size = enc(props)["size"]
    assert (size["field"], size["title"]) == ("c", "c")
    assert list(data(props).columns) == ["a", "c", "b"]
    bad_name = error(tmp_path, WIDE + 'st.scatter_chart(df, x="a", y="b", size="big")')
    assert 'does not have a column named "big"' in bad_name
    bad_type = error(tmp_path, WIDE + 'st.scatter_chart(df, x="a", y="b", size=[1])')
    assert "must be a number or the name of a column" in bad_type


# -- data types, sizes, interaction ----------------------------------------------------------------


def test_datetimes_keep_their_time_zone(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    df = pd.DataFrame({
        "naive": pd.date_range("2024-01-01", periods=2, freq="h"),
        "aware": pd.date_range("2024-01-01", periods=2, freq="h", tz="Europe/Paris"),
        "v": [1, 2],
    })
    st.line_chart(df, x="naive", y="v")
    st.line_chart(df, x="aware", y="v")
    """
    naive, aware = charts(tmp_path, source)
    assert schema(naive["datasets"]["rill-data"]).field("naive").type.tz is None
    assert schema(aware["datasets"]["rill-data"]).field("aware").type.tz == "Europe/Paris"
    assert enc(naive)["x"]["type"] == enc(aware)["x"]["type"] == "temporal"


@pytest.mark.parametrize(
    "make",
    [
        'pl.DataFrame({"a": [1, 2], "b": [3, 4]})',
        'pa.table({"a": [1, 2], "b": [3, 4]})',
        '{"a": [1, 2], "b": [3, 4]}',
        '[{"a": 1, "b": 3}, {"a": 2, "b": 4}]',
        "np.array([[1, 3], [2, 4]])",
    ],
)
def test_any_table_is_accepted(tmp_path: Path, make: str) -> None:
    source = f"""
    import numpy as np, polars as pl, pyarrow as pa
    st.line_chart({make})
    """
    table = data(chart(tmp_path, source))
    assert table["(value)"].tolist() == [1, 2, 3, 4]


def test_no_data_draws_empty_axes(tmp_path: Path) -> None:
    props = chart(tmp_path, "st.line_chart()")
    assert enc(props)["x"]["field"] == "(none)" and props["label"] == "Line chart"
    assert data(props).empty


def test_a_bad_table_is_refused(tmp_path: Path) -> None:
    assert "must be a table" in error(tmp_path, "st.line_chart(42)")


def test_width_and_height(tmp_path: Path) -> None:
    fixed, content, stretch = charts(
        tmp_path,
        WIDE + "st.line_chart(df, width=300, height=200)\n"
        "st.line_chart(df, use_container_width=False)\n"
        "st.line_chart(df, use_container_width=True, width='content')",
    )
    assert (fixed["width"], fixed["height"]) == (300, 200)
    assert (fixed["spec"]["width"], fixed["spec"]["height"]) == (300, 200)
    assert (content["width"], content["height"]) == ("content", "content")
    assert "width" not in content["spec"]
    assert content["spec"]["height"] == 350  # bars of few categories get the same height
    assert stretch["width"] == "stretch"
    assert "Invalid width value" in error(tmp_path, WIDE + "st.line_chart(df, width=0)")
    assert "Invalid height value" in error(tmp_path, WIDE + "st.line_chart(df, height='big')")


def test_alt_names_the_chart(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.line_chart(df, alt="  Sales over time ")')
    assert props["label"] == "Sales over time"


def test_small_line_charts_mark_the_point_under_the_pointer(tmp_path: Path) -> None:
    small, big = charts(
        tmp_path,
        "import pandas as pd\n"
        "st.line_chart(pd.DataFrame({'v': range(10)}))\n"
        "st.line_chart(pd.DataFrame({'v': range(20_000)}))",
    )
    layers = small["spec"]["layer"]
    assert [layer["mark"]["type"] for layer in layers] == ["line", "point", "point"]
    assert layers[1]["params"][0]["select"]["nearest"] is True
    assert layers[0]["params"][0]["bind"] == "scales"  # pan and zoom
    assert "layer" not in big["spec"] and big["spec"]["mark"] == {"type": "line"}


def test_zoom_binds_only_continuous_axes(tmp_path: Path) -> None:
    props = chart(tmp_path, WIDE + 'st.bar_chart(df, x="a", y="b")')
    assert props["spec"]["params"][0]["select"]["encodings"] == ["y"]


def test_x_may_also_be_one_of_the_y_columns(tmp_path: Path) -> None:
    table = data(chart(tmp_path, WIDE + 'st.line_chart(df, x="a", y=["a", "b"])'))
    assert table["(series)"].tolist() == ["a"] * 3 + ["b"] * 3
    assert table["a"].tolist() == [1, 2, 3] * 2
    assert table["(value)"].tolist() == [1, 2, 3, 4, 5, 6]


def test_several_y_columns_are_colored_by_series_whatever_color_names(tmp_path: Path) -> None:
    props = chart(tmp_path, LONG + 'st.line_chart(df, x="day", y=["sales", "day"], color="shop")')
    assert enc(props)["color"]["field"] == "(series)"


def test_periods_are_sent_as_their_start_times(tmp_path: Path) -> None:
    source = """
    import pandas as pd
    df = pd.DataFrame({"m": pd.period_range("2024-01", periods=2, freq="M"), "v": [1, 2]})
    st.bar_chart(df, x="m", y="v")
    """
    props = chart(tmp_path, source)
    assert str(schema(props["datasets"]["rill-data"]).field("m").type).startswith("timestamp")
    assert enc(props)["x"]["type"] == "temporal"
