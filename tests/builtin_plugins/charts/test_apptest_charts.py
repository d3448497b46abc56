"""Charts in AppTest: `at.get("vega_lite_chart")`, their spec and data, selections."""

from __future__ import annotations

from rill.testing.v1 import AppTest


def app() -> None:
    import pandas as pd

    import rill as st

    df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
    st.bar_chart(df, x="a", y="b")
    spec = {
        "mark": "point",
        "params": [{"name": "pick", "select": "point"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"}},
    }
    event = st.vega_lite_chart(df, spec, on_select="rerun", key="chart")
    st.write(f"picked {event.selection.pick}")


def test_charts_are_found_with_their_spec_and_data() -> None:
    at = AppTest.from_function(app).run()
    assert not at.exception
    bar, points = at.get("vega_lite_chart")
    assert at.get("arrow_vega_lite_chart") == [bar, points]  # Streamlit's older name
    assert len(at.vega_lite_chart) == 2
    assert bar.chart == "bar" and bar.spec["mark"] == {"type": "bar"}
    assert bar.data.to_dict("list") == {"a": [1, 2, 3], "b": [4, 5, 6]}
    assert list(bar.datasets) == ["rill-data"]
    assert bar.value is None and bar.key is None
    assert points.chart is None and points.theme == "streamlit"
    assert points.selection_mode == ["pick"]
    assert points.key == "chart"
    assert points.value == {"selection": {"pick": {}}}


def test_a_selection_can_be_staged_like_the_browser_sends_it() -> None:
    at = AppTest.from_function(app).run()
    at.get("vega_lite_chart")[1].set_value({"selection": {"pick": [{"a": 2}]}}).run()
    assert at.markdown[-1].value == "picked [{'a': 2}]"
    assert at.session_state["chart"].selection.pick == [{"a": 2}]
