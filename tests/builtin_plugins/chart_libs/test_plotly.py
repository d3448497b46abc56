"""st.plotly_chart: what each input draws, the theme, sizes, errors, and selections."""

from __future__ import annotations

import json
import pickle
import textwrap
from typing import Any

import pytest
from chart_libs_harness import Make

from log_watch import expect_log
from rill.schemas.chart_libs import AttributeDictionary
from rill.testing.v1 import AppTest

FIGURE = """
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
"""


def with_fig(body: str) -> str:
    """A script that builds `fig`, then runs `body`."""
    return FIGURE + textwrap.dedent(body)


EMPTY: dict[str, Any] = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}


def figure(make: Make, call: str) -> dict[str, Any]:
    app = make(with_fig(call)).run().ok()
    return app.props("plotly_chart")


def test_a_figure_travels_as_plotly_json_without_plotlys_default_template(make: Make) -> None:
    props = figure(make, "st.plotly_chart(fig)")
    spec = json.loads(str(props["spec"]))
    assert spec["data"] == [{"x": [1, 2, 3], "y": [3, 1, 2], "mode": "markers", "type": "scatter"}]
    # The browser draws the app's theme instead of plotly's default look.
    assert "template" not in spec["layout"]
    assert props["theme"] == "streamlit"
    assert props["selection_mode"] == []
    assert props["width"] == "stretch" and props["height"] == "content"


def test_a_template_the_figure_chose_is_kept(make: Make) -> None:
    props = figure(make, "fig.update_layout(template='plotly_dark')\nst.plotly_chart(fig)")
    assert "template" in json.loads(str(props["spec"]))["layout"]


def test_theme_none_keeps_plotlys_own_look(make: Make) -> None:
    props = figure(make, "st.plotly_chart(fig, theme=None)")
    assert props["theme"] is None
    assert "template" in json.loads(str(props["spec"]))["layout"]


def test_dicts_and_trace_lists_are_figures_too(make: Make) -> None:
    app = make(
        """
        st.plotly_chart({"data": [{"type": "bar", "y": [4, 5]}], "layout": {"title": "Bars"}})
        st.plotly_chart([{"type": "scatter", "y": [1, 2]}])
        """
    ).run()
    first, second = (json.loads(e["props"]["spec"]) for e in app.ok().elements("plotly_chart"))
    assert first["data"][0]["type"] == "bar"
    assert first["layout"]["title"] == {"text": "Bars"}
    assert second["data"][0]["y"] == [1, 2]


def test_sizes_config_and_alt(make: Make) -> None:
    props = figure(
        make,
        "st.plotly_chart(fig, width=400, height=300, config={'scrollZoom': True}, alt='Dots')",
    )
    assert (props["width"], props["height"]) == (400, 300)
    assert props["config"] == {"scrollZoom": True}
    assert props["alt"] == "Dots"
    assert figure(make, "st.plotly_chart(fig, True)")["width"] == "stretch"
    assert figure(make, "st.plotly_chart(fig, use_container_width=False)")["width"] == "content"


def test_a_chart_without_selections_carries_a_digest(make: Make) -> None:
    app = make(with_fig("st.plotly_chart(fig)\nst.plotly_chart(fig)")).run().ok()
    first, second = app.elements("plotly_chart")
    assert first["digest"] and first["digest"] == second["digest"]
    assert "id" not in first


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.plotly_chart(42)", "`figure_or_data` of type int: pass a plotly Figure"),
        ("st.plotly_chart({'data': [{'type': 'nope'}]})", "Invalid element(s) received"),
        ("st.plotly_chart(fig, theme='dark')", 'theme="dark"'),
        ("st.plotly_chart(fig, on_select='select')", "'select' to `on_select`"),
        ("st.plotly_chart(fig, on_select='rerun', selection_mode='click')", "'click'"),
        ("st.plotly_chart(fig, width='wide')", "Invalid width value: 'wide'"),
        ("st.plotly_chart(fig, height=0)", "Invalid height value: 0"),
        ("st.plotly_chart(fig, config=['x'])", "dict of plotly.js options"),
        ("st.plotly_chart(fig, config={'f': object()})", "JSON values only"),
    ],
)
def test_bad_arguments_are_errors_naming_them(make: Make, call: str, message: str) -> None:
    app = make(with_fig(call)).run()
    assert app.error().startswith("RillAPIError")
    assert message in app.error()


def test_selections_make_a_widget_returning_the_documented_state(make: Make) -> None:
    app = make(
        with_fig(
            """
        modes = ("lasso", "points")
        event = st.plotly_chart(fig, key="dots", on_select="rerun", selection_mode=modes)
        st.session_state.seen = event
        """
        )
    ).run()
    element = app.ok().element("plotly_chart")
    assert element["id"]
    assert element["props"]["selection_mode"] == ["points", "lasso"]
    assert element["props"]["value"] == EMPTY
    event = app["seen"]
    assert isinstance(event, AttributeDictionary)
    assert event == EMPTY
    assert event.selection.points == [] and event.selection.box == []
    assert app["dots"] == EMPTY


def test_a_selection_from_the_browser_reaches_the_script_and_the_callback(make: Make) -> None:
    app = make(
        with_fig(
            """
        def picked():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        event = st.plotly_chart(fig, key="dots", on_select=picked)
        st.session_state.seen = event
        """
        )
    ).run()
    chosen = {
        "selection": {
            "points": [{"curve_number": 0, "point_index": 1, "x": 2, "y": 1}],
            "point_indices": [1],
            "box": [{"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [0, "2024-01-01"]}],
            "lasso": [],
        }
    }
    app.run({app.id("plotly_chart"): chosen}).ok()
    assert app["seen"] == chosen
    assert app["seen"].selection.point_indices == [1]
    assert app["seen"].selection.box[0].x == [1.5, 2.5]
    assert app["dots"] == chosen
    assert app["calls"] == 1
    assert app.props("plotly_chart")["value"] == chosen


@pytest.mark.parametrize(
    "hostile",
    [
        "points",
        {"selection": {"point_indices": ["1"]}},
        {"selection": {"point_indices": [-1]}},
        {"selection": {"point_indices": [True]}},
        {"selection": {"box": [{"xref": "x", "yref": "y", "x": [{}], "y": []}]}},
        {"selection": {"points": "all"}},
        {"selection": {}, "extra": 1},
    ],
)
def test_hostile_selections_are_ignored(make: Make, hostile: object) -> None:
    app = make(
        FIGURE + "st.session_state.seen = st.plotly_chart(fig, key='dots', on_select='rerun')"
    ).run()
    expect_log("ignored a widget value: bad value")
    app.run({app.id("plotly_chart"): hostile}).ok()
    assert app["seen"] == EMPTY


def test_the_selection_state_is_read_only_and_survives_a_snapshot(make: Make) -> None:
    app = make(
        with_fig(
            """
        event = st.plotly_chart(fig, key="dots", on_select="rerun")
        try:
            event["selection"] = None
        except TypeError as exc:
            st.session_state.refused = str(exc)
        """
        )
    ).run()
    assert "read-only" in app.ok()["refused"]
    state = app["dots"]
    assert pickle.loads(pickle.dumps(state)) == state


def test_the_selection_cannot_be_set_through_session_state(make: Make) -> None:
    app = make(
        with_fig(
            """
        st.session_state.dots = {"selection": {}}
        st.plotly_chart(fig, key="dots", on_select="rerun")
        """
        )
    ).run()
    assert "cannot be set using st.session_state" in app.error()


def test_apptest_reads_the_figure_and_the_selection() -> None:
    at = AppTest.from_string(
        "import rill as st\n"
        + FIGURE
        + "st.plotly_chart(fig, alt='Dots')\n"
        + "st.plotly_chart(fig, key='k', on_select='rerun', selection_mode='box')\n"
    ).run()
    plain, selectable = at.get("plotly_chart")
    assert plain.figure["data"][0]["y"] == [3, 1, 2]
    assert plain.alt == "Dots" and not plain.is_selectable and plain.selection is None
    assert selectable.key == "k" and selectable.selection_mode == ["box"]
    assert selectable.selection == EMPTY["selection"]


# plotly's matplotlib exporter reads an attribute matplotlib 3.10 deprecates.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_an_empty_figure_and_a_matplotlib_figure_draw(make: Make) -> None:
    app = make(
        """
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import plotly.graph_objects as go
        st.plotly_chart(go.Figure())
        st.plotly_chart({"data": []})
        figure, axes = plt.subplots()
        axes.plot([1, 2], [3, 4])
        st.plotly_chart(figure)
        """
    ).run()
    empty, empty_dict, converted = (
        json.loads(e["props"]["spec"]) for e in app.ok().elements("plotly_chart")
    )
    assert empty["data"] == [] and empty_dict["data"] == []
    assert converted["data"][0]["y"] == [3.0, 4.0]
