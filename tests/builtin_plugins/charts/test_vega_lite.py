"""st.vega_lite_chart and st.altair_chart: specs as dicts or Altair objects, their data as Arrow."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from chart_harness import chart, charts, data

from element_runner import error

DF = """
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6], "k": ["x", "y", "x"]})
POINT = {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"},
                                       "y": {"field": "b", "type": "quantitative"}}}
"""


# -- st.vega_lite_chart ----------------------------------------------------------------------------


def test_data_and_spec(tmp_path: Path) -> None:
    props = chart(tmp_path, DF + "st.vega_lite_chart(df, POINT)")
    assert props["spec"] == {
        **{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"},
                                         "y": {"field": "b", "type": "quantitative"}}},
        "data": {"name": "rill-data"},
        "autosize": {"type": "fit", "contains": "padding"},
    }  # fmt: skip
    assert data(props).to_dict("list") == {"a": [1, 2, 3], "b": [4, 5, 6], "k": ["x", "y", "x"]}
    assert (props["width"], props["height"], props["theme"]) == ("stretch", "content", "streamlit")
    assert props["chart"] is None
    assert props["label"] == "Scatter chart of b by a"


def test_inline_values_leave_the_spec(tmp_path: Path) -> None:
    source = """
    st.vega_lite_chart({"data": {"values": [{"a": 1}, {"a": 2}]}, "mark": "tick",
                        "encoding": {"x": {"field": "a", "type": "quantitative"}}})
    """
    props = chart(tmp_path, source)
    assert props["spec"]["data"] == {"name": "rill-data"}
    assert "values" not in str(props["spec"])
    assert data(props)["a"].tolist() == [1, 2]


def test_named_datasets_travel_as_arrow_and_geojson_stays(tmp_path: Path) -> None:
    source = """
    geo = {"type": "FeatureCollection", "features": []}
    st.vega_lite_chart(None, {"datasets": {"cars": [{"hp": 100}, {"hp": 150}], "map": geo},
                              "data": {"name": "cars"}, "mark": "bar"})
    """
    props = chart(tmp_path, source)
    assert data(props, "cars")["hp"].tolist() == [100, 150]
    assert props["spec"]["datasets"] == {"map": {"type": "FeatureCollection", "features": []}}
    assert props["spec"]["data"] == {"name": "cars"}


def test_data_fills_the_dataset_the_spec_names(tmp_path: Path) -> None:
    props = chart(tmp_path, DF + 'st.vega_lite_chart(df, {**POINT, "data": {"name": "t"}})')
    assert list(props["datasets"]) == ["t"]
    assert props["spec"]["data"] == {"name": "t"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.vega_lite_chart(df)", "require a non-empty spec"),
        ("st.vega_lite_chart(df, {})", "require a non-empty spec"),
        ("st.vega_lite_chart(df, [1])", "must be a Vega-Lite spec as a dict"),
        ("st.vega_lite_chart(df, POINT, theme='dark')", "'streamlit' or None"),
        ("st.vega_lite_chart(df, POINT, width=-1)", "Invalid width value"),
        ("st.vega_lite_chart(df, POINT, on_select='maybe')", "only 'ignore', 'rerun'"),
        ("st.vega_lite_chart(df, {**POINT, 'x': object()})", "JSON cannot express"),
    ],
)
def test_bad_arguments_are_refused(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, DF + call)


def test_widths_default_to_the_container_except_side_by_side_views(tmp_path: Path) -> None:
    plain, facet, hconcat, vconcat, own = charts(
        tmp_path,
        DF + "st.vega_lite_chart(df, POINT)\n"
        "st.vega_lite_chart(df, {**POINT, 'facet': {'field': 'k'}, 'spec': POINT})\n"
        "st.vega_lite_chart(df, {'hconcat': [POINT, POINT]})\n"
        "st.vega_lite_chart(df, {'vconcat': [POINT, POINT]})\n"
        "st.vega_lite_chart(df, {**POINT, 'autosize': 'none'}, width=250)",
    )
    assert plain["width"] == "stretch" and plain["spec"]["autosize"]["type"] == "fit"
    assert facet["width"] == "content" and facet["spec"]["autosize"]["type"] == "pad"
    assert hconcat["width"] == "content"
    assert vconcat["width"] == "stretch" and vconcat["spec"]["autosize"]["type"] == "fit-x"
    assert own["width"] == 250 and own["spec"]["autosize"] == "none"


def test_theme_none_and_the_label_from_title_or_description(tmp_path: Path) -> None:
    titled, described, alt = charts(
        tmp_path,
        DF + "st.vega_lite_chart(df, {**POINT, 'title': {'text': 'Cars'}}, theme=None)\n"
        "st.vega_lite_chart(df, {**POINT, 'description': 'Power by weight'})\n"
        "st.vega_lite_chart(df, {**POINT, 'title': 'T'}, alt='Alternative')",
    )
    assert titled["theme"] is None and titled["label"] == "Cars"
    assert described["label"] == "Power by weight"
    assert alt["label"] == "Alternative"


def test_numpy_values_in_a_spec_become_json(tmp_path: Path) -> None:
    source = DF + textwrap.dedent("""
    import numpy as np
    st.vega_lite_chart(df, {**POINT, "width": np.int64(300), "opacity": float("nan")})
    """)
    spec = chart(tmp_path, source)["spec"]
    assert spec["width"] == 300 and type(spec["width"]) is int
    assert spec["opacity"] is None


# -- st.altair_chart -------------------------------------------------------------------------------


def test_altair_charts_send_their_tables_as_arrow(tmp_path: Path) -> None:
    source = DF + textwrap.dedent("""
    import altair as alt
    st.altair_chart(alt.Chart(df).mark_bar().encode(x="k", y="sum(b)").properties(title="Sums"))
    """)
    props = chart(tmp_path, source)
    spec = props["spec"]
    (name,) = props["datasets"]
    assert name.startswith("data-") and spec["data"] == {"name": name}
    assert data(props, name)["b"].tolist() == [4, 5, 6]
    assert "datasets" not in spec and "values" not in str(spec)
    assert spec["mark"] == {"type": "bar"} and spec["$schema"].startswith("https://vega.github.io")
    assert "config" not in spec  # Altair's default 300 x 300 view is not imposed
    assert props["label"] == "Sums"


def test_altair_selection_names_are_stable_across_reruns(tmp_path: Path) -> None:
    source = DF + textwrap.dedent("""
    import altair as alt
    for _ in range(2):
        pick = alt.selection_point()
        st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b").add_params(pick))
    """)
    first, second = charts(tmp_path, source)
    assert first["spec"] == second["spec"]
    assert first["spec"]["params"][0]["name"].startswith("param_")


def test_counted_names_are_renumbered_in_order_of_appearance() -> None:
    from rill.builtin_plugins.charts.altair import renumber

    spec = {
        "params": [{"name": "param_7", "views": ["view_12"]}, {"name": "param_3"}],
        "transform": [{"filter": {"param": "param_7"}}],
        "expr": "param_3_tuple && param_7",
        "datasets": {"param_9": b"kept"},
    }
    assert renumber(spec) == {
        "params": [{"name": "param_1", "views": ["view_1"]}, {"name": "param_2"}],
        "transform": [{"filter": {"param": "param_1"}}],
        "expr": "param_2_tuple && param_1",
        "datasets": {"param_9": b"kept"},
    }


def test_altair_chart_refuses_what_is_not_a_chart(tmp_path: Path) -> None:
    assert "expects an Altair chart object" in error(tmp_path, "st.altair_chart(42)")


def test_st_write_shows_an_altair_chart(tmp_path: Path) -> None:
    source = DF + textwrap.dedent("""
    import altair as alt
    st.write(alt.Chart(df).mark_line().encode(x="a", y="b"))
    """)
    assert chart(tmp_path, source)["spec"]["mark"] == {"type": "line"}


def test_altair_pandas_and_pyarrow_are_imported_only_when_a_chart_needs_them(
    tmp_path: Path,
) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys
            import rill as st
            st.session_state["before"] = "altair" in sys.modules
            st.line_chart({"a": [1, 2]})
            st.session_state["after_line"] = "altair" in sys.modules
            import altair as alt
            st.altair_chart(alt.Chart({"values": [{"a": 1}]}).mark_point())
            """
        )
    )
    probe = f"""
import sys
import rill.builtin_plugins.charts.plugin
heavy = [m for m in ("pandas", "pyarrow", "altair") if m in sys.modules]
assert heavy == [], heavy
from rill.testing.v1 import AppTest
at = AppTest.from_file({str(script)!r}).run(timeout=100)
assert not at.exception, at.exception
assert at.session_state["before"] is False
assert at.session_state["after_line"] is False
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr
