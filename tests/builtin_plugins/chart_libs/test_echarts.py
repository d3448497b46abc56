"""st.echarts_chart: dicts, JSON text and pyecharts charts; refused JavaScript; selections."""

from __future__ import annotations

import json
from typing import Any

import pytest
from chart_libs_harness import Make

from log_watch import expect_log
from rill.testing.v1 import AppTest

BARS = (
    '{"xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {}, '
    '"series": [{"type": "bar", "data": [1, 2]}]}'
)
EMPTY: dict[str, Any] = {"selection": {"selected": [], "areas": []}}


def option(make: Make, call: str) -> tuple[dict[str, Any], dict[str, Any]]:
    app = make(call).run().ok()
    props = app.props("echarts_chart")
    return props, json.loads(str(props["spec"]))


def test_a_dict_a_json_text_and_a_pyecharts_chart_are_the_same_option(make: Make) -> None:
    from_dict = option(make, f"st.echarts_chart({BARS})")[1]
    from_text = option(make, f"st.echarts_chart('{BARS}')")[1]
    assert from_dict == from_text == json.loads(BARS)
    props, from_pyecharts = option(
        make,
        """
        from pyecharts.charts import Bar
        st.echarts_chart(Bar().add_xaxis(["a", "b"]).add_yaxis("sales", [1, 2]))
        """,
    )
    assert from_pyecharts["series"][0]["data"] == [1, 2]
    # pyecharts turns ECharts' screen-reader description off by default; rill does not.
    assert "aria" not in from_pyecharts
    # pyecharts' own default size (900x500) says nothing: the documented defaults apply.
    assert (props["width"], props["height"]) == ("stretch", 350)


def test_content_sizes_and_a_pyecharts_charts_own_size(make: Make) -> None:
    props, _ = option(make, f"st.echarts_chart({BARS}, width='content', height='content')")
    assert (props["width"], props["height"]) == (700, 350)
    props, _ = option(
        make,
        """
        from pyecharts import options as opts
        from pyecharts.charts import Bar
        chart = Bar(init_opts=opts.InitOpts(width="640px", height="100%"))
        st.echarts_chart(chart.add_xaxis(["a"]).add_yaxis("s", [1]), width="content",
                         renderer="svg", theme=None, alt="Sales")
        """,
    )
    assert (props["width"], props["height"]) == (640, "stretch")
    assert (props["renderer"], props["theme"], props["alt"]) == ("svg", None, "Sales")


def test_a_dataframe_in_the_dataset_becomes_records_in_column_order(make: Make) -> None:
    _, spec = option(
        make,
        """
        import pandas as pd
        df = pd.DataFrame({"product": ["tea", "cocoa"], "2015": [43.3, None],
                           "when": pd.to_datetime(["2024-01-01", "2024-01-02"])})
        st.echarts_chart({"dataset": {"source": df}, "xAxis": {"type": "category"},
                          "yAxis": {}, "series": [{"type": "bar"}]})
        """,
    )
    dataset = spec["dataset"]
    assert dataset["dimensions"] == ["product", "2015", "when"]
    assert dataset["source"][0]["product"] == "tea"
    assert dataset["source"][1]["2015"] is None
    assert dataset["source"][0]["when"].startswith("2024-01-01T00:00:00")


def test_the_users_option_is_left_untouched(make: Make) -> None:
    app = make(
        """
        import pandas as pd
        spec = {"dataset": {"source": pd.DataFrame({"a": [1]})}, "series": [{"type": "line"}]}
        st.echarts_chart(spec)
        st.session_state.still = isinstance(spec["dataset"]["source"], pd.DataFrame)
        """
    ).run()
    assert app.ok()["still"] is True


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.echarts_chart(42)", "must be a dict, JSON text or a pyecharts chart, not int"),
        ("st.echarts_chart('[1, 2]')", "must be a JSON object (an option), not list"),
        ("st.echarts_chart('{oops')", "is not valid JSON"),
        (
            'st.echarts_chart(\'{"tooltip": {"formatter": function (p) { return p; }}}\')',
            "contains JavaScript",
        ),
        (
            "from pyecharts.charts import Bar\n"
            "from pyecharts import options as opts\n"
            "from pyecharts.commons.utils import JsCode\n"
            "st.echarts_chart(Bar().add_xaxis(['a']).add_yaxis('s', [1],"
            " label_opts=opts.LabelOpts(formatter=JsCode('function (x) { return x; }'))))",
            "contains JavaScript",
        ),
        ("st.echarts_chart({'series': [{'type': 'custom'}]})", "`custom` series"),
        ("st.echarts_chart({'series': [{'type': 'map'}]})", "does not support map charts"),
        ("st.echarts_chart({'geo': {}, 'series': []})", "does not support map charts"),
        ("st.echarts_chart({'series': [{'type': 'bar3D'}]})", "ECharts GL"),
        ("st.echarts_chart({'grid3D': {}})", "ECharts GL"),
        ("st.echarts_chart({'series': [{'type': 'wordCloud'}]})", "echarts-wordcloud"),
        ("st.echarts_chart({'series': [{'data': [float('nan')]}]})", "not JSON-serializable"),
        ("st.echarts_chart({'x': object()})", "not JSON-serializable"),
        (f"st.echarts_chart({BARS}, theme='dark')", 'theme="dark"'),
        (f"st.echarts_chart({BARS}, renderer='webgl')", 'renderer="webgl"'),
        (f"st.echarts_chart({BARS}, on_select='click')", "'click' to `on_select`"),
        (f"st.echarts_chart({BARS}, height='tall')", "Invalid height value: 'tall'"),
    ],
)
def test_errors_say_what_cannot_travel(make: Make, call: str, message: str) -> None:
    app = make(call).run()
    assert app.error().startswith("RillAPIError")
    assert message in app.error()


def test_selections_return_the_documented_state(make: Make) -> None:
    app = make(
        """
        spec = {"xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {},
                "series": [{"type": "bar", "selectedMode": "multiple", "data": [1, 2]}]}
        def picked():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        st.session_state.seen = st.echarts_chart(spec, key="bars", on_select=picked)
        """
    ).run()
    props = app.ok().props("echarts_chart")
    assert props["selection"] is True and props["value"] == EMPTY
    assert app["seen"] == EMPTY and app["seen"].selection.selected == []
    chosen = {
        "selection": {
            "selected": [
                {
                    "series_index": 0,
                    "series_id": None,
                    "series_name": "sales",
                    "data_type": None,
                    "data_indices": [1],
                }
            ],
            "areas": [{"brush_index": 0, "brush_type": "rect", "coord_range": [[0, 1], [0, 5]]}],
        }
    }
    app.run({app.id("echarts_chart"): chosen}).ok()
    assert app["seen"] == chosen
    assert app["seen"].selection.selected[0].data_indices == [1]
    assert app["bars"] == chosen and app["calls"] == 1


@pytest.mark.parametrize(
    "hostile",
    [
        {"selection": {"selected": [{"series_index": "0"}]}},
        {"selection": {"selected": [{"series_index": 0, "data_indices": [-2]}]}},
        {"selection": {"areas": [{"brush_index": 0}]}},
        {"selection": {"selected": "all"}},
        [],
    ],
)
def test_hostile_selections_are_ignored(make: Make, hostile: object) -> None:
    app = make(
        "spec = {'series': [{'type': 'bar', 'selectedMode': True, 'data': [1]}]}\n"
        "st.session_state.seen = st.echarts_chart(spec, on_select='rerun')\n"
    ).run()
    expect_log("ignored a widget value: bad value")
    app.run({app.id("echarts_chart"): hostile}).ok()
    assert app["seen"] == EMPTY


def test_on_select_without_anything_selectable_warns(make: Make) -> None:
    expect_log("enables no selection", logger="rill.echarts")
    make(f"st.echarts_chart({BARS}, on_select='rerun')").run().ok()


def test_apptest_reads_the_option() -> None:
    at = AppTest.from_string(f"import rill as st\nst.echarts_chart({BARS}, renderer='svg')\n").run()
    (chart,) = at.get("echarts_chart")
    assert chart.option == json.loads(BARS)
    assert chart.renderer == "svg" and chart.theme == "streamlit" and chart.height == 350
