"""Tables in AppTest: values as pandas DataFrames, selections and edits staged and run."""

from __future__ import annotations

import pandas as pd
import pytest

from rill.testing.v1 import AppTest, AppTestError


def app(source: str) -> AppTest:
    # Generous: the machine running the tests may be busy.
    return AppTest.from_string(source, default_timeout=60)


FRAME = (
    "import rill as st\nimport pandas as pd\n"
    "df = pd.DataFrame({'a': [1, 2, 3], 'b': ['x', 'y', 'z']})\n"
)


def test_dataframe_and_table_values_are_dataframes() -> None:
    at = app(
        FRAME
        + "st.dataframe(df.set_index('b'))\n"
        + "st.table(df)\n"
        + "st.write(pd.Series([1.5], name='s'))\n"
    ).run()
    pd.testing.assert_frame_equal(
        at.dataframe[0].value,
        pd.DataFrame({"a": [1, 2, 3]}, index=pd.Index(["x", "y", "z"], name="b")),
    )
    pd.testing.assert_frame_equal(
        at.table[0].value, pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    )
    assert at.dataframe[1].value["s"].tolist() == [1.5]
    assert at.get("dataframe")[0].value.index.name == "b"


def test_a_paged_frame_gives_every_row() -> None:
    at = app(
        "import rill as st\nimport pandas as pd\nst.dataframe(pd.DataFrame({'n': range(20_000)}))\n"
    ).run()
    value = at.dataframe[0].value
    assert len(value) == 20_000 and value["n"].iloc[-1] == 19_999


def test_selections_are_staged_and_run() -> None:
    at = app(
        FRAME
        + "event = st.dataframe(df, key='grid', on_select='rerun',"
        + " selection_mode=['multi-row', 'single-column'])\n"
        + "st.markdown(f'rows={event.selection.rows} columns={event.selection.columns}')\n"
    ).run()
    grid = at.dataframe(key="grid")
    assert grid.selection.selection.rows == []
    grid.select_rows([2, 0]).select_columns(["b"]).run()
    assert at.markdown[0].value == "rows=[2, 0] columns=['b']"
    assert at.session_state["grid"]["selection"]["rows"] == [2, 0]
    at.dataframe[0].clear_selection().run()
    assert at.markdown[0].value == "rows=[] columns=[]"
    with pytest.raises(AppTestError, match="Cannot set"):
        at.dataframe[0].select_rows([9])


def test_a_dataframe_without_selections_cannot_select() -> None:
    at = app(FRAME + "st.dataframe(df)\n").run()
    assert at.dataframe[0].selection is None and at.dataframe[0].key is None
    with pytest.raises(AppTestError, match="no selections"):
        at.dataframe[0].select_rows([0])


def test_data_editor_edits_additions_and_deletions() -> None:
    at = app(
        FRAME
        + "edited = st.data_editor(df, key='ed', num_rows='dynamic')\n"
        + "st.markdown(f\"{edited['a'].tolist()} {edited['b'].tolist()}\")\n"
    ).run()
    editor = at.data_editor[0]
    assert editor.value["a"].tolist() == [1, 2, 3]
    editor.edit(0, "a", 10).edit(1, "b", "Y").add_row({"a": 4, "b": "w"}).delete_rows([2])
    assert editor.editing_state["deleted_rows"] == [2]  # staged
    editor.run()
    assert at.markdown[0].value == "[10, 2, 4] ['x', 'Y', 'w']"
    assert at.session_state["ed"] == {
        "edited_rows": {0: {"a": 10}, 1: {"b": "Y"}},
        "added_rows": [{"a": 4, "b": "w"}],
        "deleted_rows": [2],
    }
    assert at.get("data_editor")[0].key == "ed"


def test_data_editor_refuses_what_the_browser_would() -> None:
    at = app(FRAME + "st.data_editor(df, disabled=True)\n").run()
    with pytest.raises(AppTestError, match="disabled"):
        at.data_editor[0].edit(0, "a", 5)
    at = app(FRAME + "st.data_editor(df)\n").run()
    with pytest.raises(AppTestError, match="no column 'nope'"):
        at.data_editor[0].edit(0, "nope", 5)
