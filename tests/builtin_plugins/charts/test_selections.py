"""Chart selections: the state a chart returns, what the browser may send, and checks."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from chart_harness import App

from element_runner import error
from log_watch import expect_log
from rill.builtin_plugins.charts.selections import (
    VegaLiteState,
    deserializer,
    empty_state,
    parse_selection_mode,
    selection_params,
)
from rill.plugins import RillAPIError

Make = Callable[[str], App]

CHART = """
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
spec = {
    "mark": "point",
    "params": [{"name": "pick", "select": "point"}, {"name": "brush", "select": "interval"}],
    "encoding": {"x": {"field": "a", "type": "quantitative"},
                 "y": {"field": "b", "type": "quantitative"}},
}
"""


def test_selection_parameters_are_found_at_every_level() -> None:
    spec = {
        "params": [{"name": "top", "select": "point"}, {"name": "width", "value": 3}],
        "layer": [{"params": [{"name": "inner", "select": {"type": "interval"}}]}],
        "hconcat": [{"spec": {"params": [{"name": "deep", "select": "point"}]}}],
    }
    assert selection_params(spec) == ["deep", "inner", "top"]  # not the plain parameter


def test_selection_mode_is_checked_against_the_spec() -> None:
    spec = {"params": [{"name": "b", "select": "point"}, {"name": "a", "select": "interval"}]}
    assert parse_selection_mode(spec, None) == ["a", "b"]
    assert parse_selection_mode(spec, "b") == ["b"]
    assert parse_selection_mode(spec, ("b", "a")) == ["a", "b"]
    with pytest.raises(RillAPIError, match="'c' is not defined in the chart spec"):
        parse_selection_mode(spec, ["c"])
    with pytest.raises(RillAPIError, match="does not have any selections defined"):
        parse_selection_mode({"mark": "bar"}, None)


def test_on_select_without_selection_parameters_is_refused(tmp_path: Path) -> None:
    source = 'st.vega_lite_chart({"mark": "bar"}, on_select="rerun")'
    assert "does not have any selections defined" in error(tmp_path, source)


def test_before_any_selection_every_parameter_is_empty(make: Make) -> None:
    app = make(
        CHART + 'st.session_state.out = st.vega_lite_chart(df, spec, on_select="rerun", key="c")'
    )
    app.run()
    state = app["out"]
    assert isinstance(state, VegaLiteState)
    assert state == {"selection": {"brush": {}, "pick": {}}}
    assert state.selection.pick == {} and state["selection"]["brush"] == {}
    assert app["c"] == state  # under the key, too
    props = app.chart()["props"]
    assert props["selection_mode"] == ["brush", "pick"]
    assert props["value"] == {"selection": {"brush": {}, "pick": {}}}
    assert "id" in app.chart()


def test_point_and_interval_selections_reach_the_script(make: Make) -> None:
    app = make(
        CHART
        + """
st.session_state.setdefault("calls", 0)
def changed():
    st.session_state.calls += 1
st.session_state.out = st.vega_lite_chart(df, spec, on_select=changed, key="c")
"""
    )
    chart_id = app.run().chart()["id"]
    wire = {"selection": {"pick": [{"a": 2, "b": 5}], "brush": {"a": [1.5, 3.0]}}}
    app.run({chart_id: wire})
    out = app["out"]
    assert out.selection.pick == [{"a": 2, "b": 5}]
    assert out.selection.pick[0].a == 2
    assert out.selection.brush.a == [1.5, 3.0]
    assert app["calls"] == 1
    app.run()  # the selection stays until the viewer changes it
    assert app["out"].selection.brush == {"a": [1.5, 3.0]} and app["calls"] == 1


@pytest.mark.parametrize(
    "wire",
    [
        "not a dict",
        {"chosen": {}},
        {"selection": {"nope": {}}},
        {"selection": {"pick": "everything"}},
        {"selection": {"pick": [1, 2]}},
        {"selection": {"brush": {"a": [[[["deep"]]]]}}},
        {"selection": {"pick": [{"a": object()}]}},
        {"selection": {"pick": [{"a": "x" * 20_000}]}},
    ],
)
def test_hostile_values_from_the_browser_are_ignored(make: Make, wire: Any) -> None:
    expect_log("ignored a widget value")
    app = make(CHART + 'st.session_state.out = st.vega_lite_chart(df, spec, on_select="rerun")')
    chart_id = app.run().chart()["id"]
    app.run({chart_id: wire})
    assert app["out"] == {"selection": {"brush": {}, "pick": {}}}
    assert app.errors() == []


def test_too_many_values_are_refused() -> None:
    deserialize = deserializer(["pick"])
    with pytest.raises(ValueError, match="too many"):
        deserialize({"selection": {"pick": [{"a": i} for i in range(60_000)]}})
    ok = deserialize({"selection": {"pick": [{"a": i} for i in range(1_000)]}})
    assert len(ok.selection.pick) == 1_000


def test_the_state_is_read_only_and_survives_pickling() -> None:
    state = deserializer(["pick"])({"selection": {"pick": [{"a": 1}]}})
    with pytest.raises(RillAPIError, match="read-only"):
        state["selection"] = {}
    with pytest.raises(RillAPIError, match="read-only"):
        state.selection.pick[0].a = 2
    with pytest.raises(AttributeError, match="has: 'pick'"):
        _ = state.selection.brush
    for clone in (pickle.loads(pickle.dumps(state)), copy.deepcopy(state)):
        assert clone == state and isinstance(clone, VegaLiteState)
        assert clone.selection.pick[0].a == 1
    assert empty_state(["x"]).selection.x == {}


def test_selection_state_cannot_be_set_through_session_state(tmp_path: Path) -> None:
    before = (
        CHART
        + """
st.session_state.c = {"selection": {}}
st.vega_lite_chart(df, spec, on_select="rerun", key="c")
"""
    )
    assert error(tmp_path, before) == (
        "RillAPIError: Values for the widget with key 'c' cannot be set using st.session_state."
    )
    after = (
        CHART
        + """
st.vega_lite_chart(df, spec, on_select="rerun", key="c")
st.session_state.c = {"selection": {}}
"""
    )
    assert "cannot be modified after the widget with key `c` is instantiated" in error(
        tmp_path, after
    )


def test_selection_mode_limits_what_is_reported(make: Make) -> None:
    app = make(
        CHART + 'st.session_state.out = st.vega_lite_chart(df, spec, on_select="rerun", '
        'selection_mode="brush")'
    )
    chart_id = app.run().chart()["id"]
    assert app["out"] == {"selection": {"brush": {}}}
    expect_log("ignored a widget value")
    app.run({chart_id: {"selection": {"pick": [{"a": 1}]}}})  # not reported: refused
    assert app["out"] == {"selection": {"brush": {}}}


def test_altair_selections_keep_their_state_across_reruns(make: Make) -> None:
    app = make(
        CHART
        + """
import altair as alt
brush = alt.selection_interval(name="brush")
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(brush)
st.session_state.out = st.altair_chart(chart, on_select="rerun")
"""
    )
    first = app.run().chart()["id"]
    app.run({first: {"selection": {"brush": {"a": [1, 2]}}}})
    assert app.chart()["id"] == first
    assert app["out"].selection.brush == {"a": [1, 2]}


def test_a_callback_inside_a_form_is_refused(tmp_path: Path) -> None:
    source = (
        CHART
        + """
with st.form("f"):
    st.vega_lite_chart(df, spec, on_select=lambda: None)
    st.form_submit_button()
"""
    )
    assert "callbacks can only be defined on the `st.form_submit_button`" in error(tmp_path, source)
