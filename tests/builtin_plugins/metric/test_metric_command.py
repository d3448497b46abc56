"""st.metric: the props each argument gives, the arguments it refuses, and AppTest's view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import error, shown
from rill.testing.v1 import AppTest


def metric_props(tmp_path: Path, call: str, prelude: str = "") -> dict[str, Any]:
    ((kind, props),) = shown(tmp_path, prelude + call + "\n")
    assert kind == "metric"
    return dict(props)


def test_a_plain_metric(tmp_path: Path) -> None:
    assert metric_props(tmp_path, 'st.metric("Temperature", "70 °F")') == {
        "label": "Temperature",
        "value": "70 °F",
        "delta": "",
        "color": "gray",
        "direction": "none",
        "help": None,
        "label_visibility": "visible",
        "border": False,
        "width": "stretch",
        "height": "content",
        "chart_data": None,
        "chart_type": "line",
    }


@pytest.mark.parametrize(
    ("value", "shown_as"),
    [
        ("None", "—"),
        ("42", "42"),
        ("-0.5", "-0.5"),
        ("decimal.Decimal('1.50')", "1.50"),
        ("numpy.int16(7)", "7"),
        ("numpy.float64(2.5)", "2.5"),
        ("'**bold**'", "**bold**"),
    ],
)
def test_values_are_shown_as_text(tmp_path: Path, value: str, shown_as: str) -> None:
    prelude = "import decimal\nimport numpy\n"
    assert metric_props(tmp_path, f'st.metric("m", {value})', prelude)["value"] == shown_as


@pytest.mark.parametrize(
    ("delta", "delta_color", "color", "direction"),
    [
        ("1.2", "normal", "green", "up"),
        ("-8", "normal", "red", "down"),
        ("'-8%'", "normal", "red", "down"),
        ("'  -3 pts'", "normal", "red", "down"),
        ("'+4%'", "normal", "green", "up"),
        ("0", "normal", "green", "up"),
        ("-0.5", "inverse", "green", "down"),
        ("0.5", "inverse", "red", "up"),
        ("123", "off", "gray", "up"),
        ("-1", "blue", "blue", "down"),
        ("1", "grey", "gray", "up"),
        ("1", "primary", "primary", "up"),
        ("None", "normal", "gray", "none"),
        ("''", "normal", "gray", "none"),
    ],
)
def test_the_delta_sign_sets_arrow_and_color(
    tmp_path: Path, delta: str, delta_color: str, color: str, direction: str
) -> None:
    props = metric_props(tmp_path, f'st.metric("m", 1, {delta}, delta_color="{delta_color}")')
    assert (props["color"], props["direction"]) == (color, direction)


def test_delta_text_is_dedented_and_numbers_stringified(tmp_path: Path) -> None:
    assert metric_props(tmp_path, 'st.metric("m", 1, "  1.2 °F")')["delta"] == "1.2 °F"
    assert metric_props(tmp_path, 'st.metric("m", 1, 2.50)')["delta"] == "2.5"


@pytest.mark.parametrize(
    ("arrow", "delta", "direction", "color"),
    [
        ("up", -3, "up", "red"),
        ("down", 3, "down", "green"),
        ("off", 3, "none", "green"),
        ("auto", -3, "down", "red"),
    ],
)
def test_delta_arrow_overrides_only_the_arrow(
    tmp_path: Path, arrow: str, delta: int, direction: str, color: str
) -> None:
    props = metric_props(tmp_path, f'st.metric("m", 1, {delta}, delta_arrow="{arrow}")')
    assert (props["direction"], props["color"]) == (direction, color)


def test_layout_help_and_label_options(tmp_path: Path) -> None:
    props = metric_props(
        tmp_path,
        'st.metric("m", 1, help="  Tip **here**", label_visibility="collapsed", border=True,'
        ' width=240, height="stretch", delta_description="vs. last week")',
    )
    assert props["help"] == "Tip **here**"
    assert props["label_visibility"] == "collapsed"
    assert props["border"] is True
    assert (props["width"], props["height"]) == (240, "stretch")
    assert props["delta_description"] == "vs. last week"


def test_format_sends_the_numbers_for_the_browser_to_format(tmp_path: Path) -> None:
    props = metric_props(tmp_path, 'st.metric("m", 1234.5, -0.25, format="dollar")')
    assert (props["value"], props["delta"]) == ("1234.5", "-0.25")
    assert (props["format"], props["number"], props["delta_number"]) == ("dollar", 1234.5, -0.25)
    text = metric_props(tmp_path, 'st.metric("m", "n/a", "+1", format="%.1f")')
    assert (text["number"], text["delta_number"]) == (None, None)


@pytest.mark.parametrize(
    ("chart_data", "values"),
    [
        ("[1, 2.5, 3]", [1.0, 2.5, 3.0]),
        ("(4, 5)", [4.0, 5.0]),
        ("range(3)", [0.0, 1.0, 2.0]),
        ("{3, 1, 2}", [1.0, 2.0, 3.0]),
        ("[1, None, float('nan'), float('inf'), 2]", [1.0, None, None, None, 2.0]),
        ("['1.5', True]", [1.5, 1.0]),
        ("numpy.array([1, 2])", [1.0, 2.0]),
        ("numpy.array([[1, 9], [2, 9]])", [1.0, 2.0]),
        ("pandas.Series([3, 4])", [3.0, 4.0]),
        ("pandas.DataFrame({'a': [5, 6], 'b': [0, 0]})", [5.0, 6.0]),
        ("pandas.Series([1.0, None])", [1.0, None]),
        ("pyarrow.table({'a': [7, 8]})", [7.0, 8.0]),
        ("polars.DataFrame({'a': [9, 10]})", [9.0, 10.0]),
        ("{'a': [1, 2], 'b': [3, 4]}", [1.0, 2.0]),
        ("[]", []),
    ],
)
def test_chart_data_is_read_as_numbers(tmp_path: Path, chart_data: str, values: list[Any]) -> None:
    prelude = "import numpy, pandas, polars, pyarrow\n"
    call = f'st.metric("m", 1, chart_data={chart_data}, chart_type="bar")'
    props = metric_props(tmp_path, call, prelude)
    assert props["chart_data"] == values
    assert props["chart_type"] == "bar"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.metric(3, 1)", "`label` argument of st.metric must be a string, not int"),
        ("st.metric('m', [1])", "`value` argument of st.metric must be an int, float"),
        ("st.metric('m', 1, {'d': 1})", "`delta` argument of st.metric must be an int, float"),
        ("st.metric('m', 1, 1, 'pink')", "`delta_color` argument of st.metric must be one of"),
        ("st.metric('m', 1, delta_arrow='left')", "`delta_arrow` argument"),
        ("st.metric('m', 1, label_visibility='gone')", "`label_visibility` argument"),
        ("st.metric('m', 1, chart_type='pie')", "`chart_type` argument"),
        ("st.metric('m', 1, border='yes')", "`border` argument of st.metric must be True or"),
        ("st.metric('m', 1, width=0)", "`width` argument of st.metric must be 'stretch'"),
        ("st.metric('m', 1, width=True)", "`width` argument"),
        ("st.metric('m', 1, height='tall')", "`height` argument of st.metric must be 'content'"),
        ("st.metric('m', 1, chart_data='123')", "`chart_data` argument of st.metric must be a"),
        ("st.metric('m', 1, chart_data=5)", "must be a sequence of numbers"),
        ("st.metric('m', 1, chart_data=[1, 'x'])", "the value 'x' (of type str) cannot be"),
        ("st.metric('m', 1, format=2)", "`format` argument of st.metric must be a string"),
    ],
)
def test_bad_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, call + "\n")


def test_apptest_reads_metrics_like_streamlit(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import rill as st\n"
        "a, b = st.columns(2)\n"
        'a.metric("Temperature", "70 °F", "1.2 °F", help="Outside")\n'
        'b.metric(label="Gas price", value=4, delta=-0.5, delta_color="inverse")\n'
        'st.metric("Users", None, chart_data=[1, 2])\n',
        encoding="utf-8",
    )
    at = AppTest.from_file(str(script)).run()
    first, second, third = at.metric
    assert (first.label, first.value, first.delta, first.help) == (
        "Temperature",
        "70 °F",
        "1.2 °F",
        "Outside",
    )
    assert (second.value, second.delta, second.color, second.direction) == (
        "4",
        "-0.5",
        "green",
        "down",
    )
    assert (third.value, third.delta, third.help, third.chart_data) == ("—", "", "", [1.0, 2.0])
    assert at.columns[1].metric[0].label == "Gas price"
