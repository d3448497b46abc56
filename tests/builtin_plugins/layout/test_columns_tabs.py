"""st.columns and st.tabs: their blocks, their arguments, and the nesting rules."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from element_runner import Recorder, error, run, tree
from rill.core.kernel import Kernel
from rill.core.runtime.run import RerunData
from rill.core.runtime.session import Session

SPEC_ERROR = (
    "RillAPIError: The input argument to st.columns must be either a positive integer or a list "
    "of positive numeric weights. See [documentation]"
    "(https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information."
)


# -- st.columns ------------------------------------------------------------------------------------


def test_columns_from_a_count(tmp_path: Path) -> None:
    source = """
    cols = st.columns(3, gap="Large", vertical_alignment="center", border=True)
    st.text(f"{type(cols).__name__} {len(cols)}")
    """
    elements = tree(run(tmp_path, source))
    assert elements[(0, 0)] == (
        "columns",
        {"gap": "large", "vertical_alignment": "center", "border": True, "width": "stretch"},
    )
    weights = [props["weight"] for path, (kind, props) in elements.items() if kind == "column"]
    assert weights == pytest.approx([1 / 3] * 3)
    assert [p for p, (kind, _) in elements.items() if kind == "column"] == [
        (0, 0, 0),
        (0, 0, 1),
        (0, 0, 2),
    ]
    assert elements[(0, 1)][1]["body"] == "list 3"


def test_columns_from_weights_and_writing_into_them(tmp_path: Path) -> None:
    source = """
    import numpy as np
    wide, narrow = st.columns([3, 1], gap=None)
    narrow.write("narrow")
    with wide:
        st.write("wide")
    st.columns(np.array([1.5, 0.5]))
    """
    elements = tree(run(tmp_path, source))
    assert elements[(0, 0)][1]["gap"] is None
    assert elements[(0, 0, 0)] == ("column", {"weight": 0.75})
    assert elements[(0, 0, 1)] == ("column", {"weight": 0.25})
    assert elements[(0, 0, 0, 0)][1]["body"] == "wide"
    assert elements[(0, 0, 1, 0)][1]["body"] == "narrow"
    assert elements[(0, 1, 0)] == ("column", {"weight": 0.75})


@pytest.mark.parametrize("spec", ["0", "-1", "[]", "[1, 0]", "[1, -2]", "'ab'", "[1, 'x']", "2.5"])
def test_bad_column_specs(tmp_path: Path, spec: str) -> None:
    assert error(tmp_path, f"st.columns({spec})\n") == SPEC_ERROR


def test_bad_gap_and_alignment(tmp_path: Path) -> None:
    assert error(tmp_path, "st.columns(2, gap='huge')\n") == (
        'RillAPIError: The gap argument to st.columns must be "small", "medium", or "large". \n'
        "The argument passed was huge."
    )
    assert error(tmp_path, "st.columns(2, vertical_alignment='middle')\n") == (
        'RillAPIError: The vertical_alignment argument to st.columns must be "top", "center", '
        'or "bottom". \nThe argument passed was middle.'
    )


def test_columns_nest_one_level(tmp_path: Path) -> None:
    source = """
    outer = st.columns(2)
    with outer[0]:
        inner = st.columns(2)
        with inner[1]:
            st.write("one level down")
        with st.container():
            inner[0].columns(2)
    """
    assert error(tmp_path, source) == (
        "RillAPIError: Columns can only be placed inside other columns up to one level of nesting."
    )
    ok = tree(run(tmp_path, "a, b = st.columns(2)\nb.columns(2)[1].write('ok')\n"))
    assert ok[(0, 0, 1, 0, 1, 0)][1]["body"] == "ok"


def test_columns_do_not_nest_in_the_sidebar(tmp_path: Path) -> None:
    source = """
    col = st.sidebar.columns(2)[0]
    col.columns(2)
    """
    assert error(tmp_path, source) == (
        "RillAPIError: Columns cannot be placed inside other columns in the sidebar. This is "
        "only possible in the main area of the app."
    )


def test_a_placeholder_that_held_columns_forgets_them(tmp_path: Path) -> None:
    source = """
    outer = st.columns(2)
    placeholder = outer[0].empty()
    placeholder.columns(2)
    with placeholder.container():
        with st.form("f"):
            st.columns(2)[0].write("one level down")
    """
    rows = tree(run(tmp_path, source))
    assert rows[(0, 0, 0, 0)][0] == "container"
    assert rows[(0, 0, 0, 0, 0)][0] == "form"
    assert rows[(0, 0, 0, 0, 0, 0, 0, 0)][1]["body"] == "one level down"


# -- st.tabs ---------------------------------------------------------------------------------------


def test_tabs(tmp_path: Path) -> None:
    source = """
    first, second = st.tabs(["📈 Chart", "Data"])
    second.write("data")
    with first:
        st.write("chart")
    """
    elements = tree(run(tmp_path, source))
    assert elements == {
        (0, 0): ("tabs", {"labels": ["📈 Chart", "Data"]}),
        (0, 0, 0): ("tab", {"label": "📈 Chart"}),
        (0, 0, 0, 0): ("markdown", {"body": "chart", "unsafe_allow_html": False, "help": None}),
        (0, 0, 1): ("tab", {"label": "Data"}),
        (0, 0, 1, 0): ("markdown", {"body": "data", "unsafe_allow_html": False, "help": None}),
    }


def test_tabs_need_labels_that_are_strings(tmp_path: Path) -> None:
    assert error(tmp_path, "st.tabs([])\n") == (
        "RillAPIError: The input argument to st.tabs must contain at least one tab label."
    )
    assert error(tmp_path, "st.tabs(['a', 1])\n") == (
        "RillAPIError: The tabs input list to st.tabs is only allowed to contain strings."
    )


def test_nesting_is_checked_in_fragment_reruns(tmp_path: Path) -> None:
    path = tmp_path / "app.py"
    source = """
    import rill as st

    left, right = st.columns(2)

    @st.fragment
    def part():
        inner = st.columns(2)
        if st.session_state.get("deeper"):
            inner[0].columns(2)

    with left:
        part()
    """
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    client = Recorder()
    session = Session(Kernel.load(cwd=tmp_path, home=tmp_path, env={}), path, client)
    try:
        session.request_rerun(RerunData())
        assert session.wait_idle(10)
        (fragment_id,) = session.fragments
        session.state["deeper"] = True
        client.messages.clear()
        session.request_rerun(RerunData(fragment_id=fragment_id))
        assert session.wait_idle(10)
    finally:
        session.close()
    errors = [m["element"]["props"] for m in client.messages if m["t"] == "delta"]
    assert errors[-1]["message"] == (
        "Columns can only be placed inside other columns up to one level of nesting."
    )
