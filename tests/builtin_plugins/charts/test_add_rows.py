"""`add_rows` on charts, and digests: what a rerun or an append sends again."""

from __future__ import annotations

from collections.abc import Callable

from chart_harness import App, frame

Make = Callable[[str], App]


def test_add_rows_appends_to_a_wide_line_chart_continuing_its_index(make: Make) -> None:
    app = make(
        """
        import pandas as pd
        chart = st.line_chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]}))
        chart.add_rows(pd.DataFrame({"a": [5], "b": [6]}))
        chart.add_rows(pd.DataFrame({"a": [7], "b": [8]}))
        """
    ).run()
    first, *appended = app.elements("vega_lite_chart")
    assert len(appended) == 2
    paths = {tuple(m["path"]) for m in app.messages("delta")}
    assert len(paths) == 1  # the same element, sent again
    table = frame(appended[-1]["props"]["datasets"]["rill-data"])
    pairs = list(zip(table["(index)"], table["(series)"], table["(value)"], strict=True))
    assert sorted(pairs) == sorted(
        [(0, "a", 1), (1, "a", 2), (0, "b", 3), (1, "b", 4), (2, "a", 5), (2, "b", 6),
         (3, "a", 7), (3, "b", 8)]
    )  # fmt: skip
    assert appended[-1]["props"]["spec"] == first["props"]["spec"]


def test_add_rows_to_long_data_keeps_the_chosen_columns(make: Make) -> None:
    app = make(
        """
        import pandas as pd
        df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "who": ["p", "q"], "junk": [0, 0]})
        chart = st.scatter_chart(df, x="x", y="y", color="who")
        chart.add_rows(pd.DataFrame({"x": [3], "y": [5], "who": ["p"], "junk": [9]}))
        """
    ).run()
    table = frame(app.elements("vega_lite_chart")[-1]["props"]["datasets"]["rill-data"])
    assert list(table.columns) == ["x", "who", "y"]
    assert table.to_dict("list") == {"x": [1, 2, 3], "who": ["p", "q", "p"], "y": [3, 4, 5]}


def test_add_rows_without_the_charts_columns_is_refused(make: Make) -> None:
    app = make(
        """
        import pandas as pd
        chart = st.bar_chart(pd.DataFrame({"x": ["a"], "y": [1]}), x="x", y="y")
        chart.add_rows(pd.DataFrame({"x": ["b"]}))
        """
    ).run()
    (problem,) = app.errors()
    assert problem["type"] == "RillAPIError" and "'y'" in problem["message"]


def test_add_rows_on_a_vega_lite_chart_grows_its_data(make: Make) -> None:
    app = make(
        """
        import pandas as pd
        spec = {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        chart = st.vega_lite_chart(pd.DataFrame({"a": [1]}), spec)
        chart.add_rows(pd.DataFrame({"a": [2, 3]}))
        """
    ).run()
    table = frame(app.elements("vega_lite_chart")[-1]["props"]["datasets"]["rill-data"])
    assert table["a"].tolist() == [1, 2, 3]


def test_an_unchanged_chart_carries_the_same_digest_on_rerun(make: Make) -> None:
    app = make(
        """
        import pandas as pd
        n = st.session_state.setdefault("n", 3)
        st.line_chart(pd.DataFrame({"v": range(3)}))
        st.bar_chart(pd.DataFrame({"v": range(n)}))
        st.session_state.n += 1
        """
    )
    before = [c["digest"] for c in app.run().elements("vega_lite_chart")]
    after = [c["digest"] for c in app.run().elements("vega_lite_chart")]
    assert before[0] == after[0]  # same data, same spec
    assert before[1] != after[1]  # one more row


def test_a_chart_with_selections_has_a_digest_that_follows_its_state(make: Make) -> None:
    app = make(
        """
        spec = {"mark": "point", "params": [{"name": "pick", "select": "point"}],
                "data": {"values": [{"a": 1}, {"a": 2}]}}
        st.vega_lite_chart(spec, on_select="rerun")
        """
    )
    first = app.run().chart()
    again = app.run().chart()
    assert first["digest"] == again["digest"]
    picked = app.run({first["id"]: {"selection": {"pick": [{"a": 2}]}}}).chart()
    assert picked["digest"] != first["digest"]  # the browser must see the new value
