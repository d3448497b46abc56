"""The layout plugin's containers: st.container, st.expander, st.empty and st.sidebar."""

from __future__ import annotations

from pathlib import Path

from element_runner import Path_, error, run, shown, tree


def layout(tmp_path: Path, source: str) -> list[tuple[Path_, str, str | None]]:
    """The final tree as (path, kind, body) rows."""
    return [
        (path, kind, props.get("body"))
        for path, (kind, props) in tree(run(tmp_path, source)).items()
    ]


# -- st.container ----------------------------------------------------------------------------------


def test_container_holds_elements_written_with_with_or_on_it(tmp_path: Path) -> None:
    source = """
    with st.container(border=True) as box:
        st.write("inside")
    box.write("also inside")
    st.write("outside")
    """
    assert layout(tmp_path, source) == [
        ((0, 0), "container", None),
        ((0, 0, 0), "markdown", "inside"),
        ((0, 0, 1), "markdown", "also inside"),
        ((0, 1), "markdown", "outside"),
    ]


def test_containers_can_be_filled_out_of_order(tmp_path: Path) -> None:
    source = """
    c = st.container()
    st.write("b")
    c.write("a")
    """
    assert layout(tmp_path, source) == [
        ((0, 0), "container", None),
        ((0, 0, 0), "markdown", "a"),
        ((0, 1), "markdown", "b"),
    ]


def test_container_border_follows_height(tmp_path: Path) -> None:
    source = """
    st.container()
    st.container(height=300)
    st.container(height=300, border=False)
    st.container(height="content", key="named", width=200)
    """
    assert [
        (props["border"], props["height"], props["width"], props["key"])
        for _, props in shown(tmp_path, source)
    ] == [
        (False, None, "stretch", None),
        (True, 300, "stretch", None),
        (False, 300, "stretch", None),
        (False, None, 200, "named"),
    ]


def test_container_height_must_be_positive_pixels(tmp_path: Path) -> None:
    for bad in ("0", "'tall'", "True", "-5"):
        message = error(tmp_path, f"st.container(height={bad})\n")
        assert "height of st.container must be a positive integer (pixels)" in message


# -- st.expander -----------------------------------------------------------------------------------


def test_expander(tmp_path: Path) -> None:
    source = """
    with st.expander("More", expanded=True, icon=":material/info:"):
        st.write("details")
    st.expander("Closed")
    """
    assert shown(tmp_path, source) == [
        ("expander", {"label": "More", "expanded": True, "icon": ":material/info:"}),
        ("markdown", {"body": "details", "unsafe_allow_html": False, "help": None}),
        ("expander", {"label": "Closed", "expanded": False, "icon": None}),
    ]


def test_expanders_do_not_nest(tmp_path: Path) -> None:
    source = """
    with st.expander("outer"):
        with st.container():
            st.expander("inner")
    """
    assert error(tmp_path, source) == (
        "RillAPIError: Expanders may not be nested inside other expanders."
    )


def test_expander_needs_a_label_and_a_valid_icon(tmp_path: Path) -> None:
    assert error(tmp_path, "st.expander(None)\n") == (
        "RillAPIError: A label is required for an expander"
    )
    assert "not a valid emoji" in error(tmp_path, "st.expander('x', icon='info')\n")


# -- st.empty --------------------------------------------------------------------------------------


def test_each_write_to_a_placeholder_replaces_the_last(tmp_path: Path) -> None:
    source = """
    placeholder = st.empty()
    for i in range(3):
        placeholder.write(f"step {i}")
    st.write("after")
    """
    messages = run(tmp_path, source)
    assert layout(tmp_path, source) == [
        ((0, 0), "markdown", "step 2"),
        ((0, 1), "markdown", "after"),
    ]
    paths = [m["path"] for m in messages if m["t"] == "delta"]
    assert paths == [[0, 0], [0, 0], [0, 0], [0, 0], [0, 1]]


def test_placeholder_container_holds_several_elements(tmp_path: Path) -> None:
    source = """
    placeholder = st.empty()
    placeholder.write("replaced")
    with placeholder.container():
        st.write("one")
        st.write("two")
    """
    assert layout(tmp_path, source) == [
        ((0, 0), "container", None),
        ((0, 0, 0), "markdown", "one"),
        ((0, 0, 1), "markdown", "two"),
    ]


def test_placeholder_container_refilled_in_the_same_run_drops_what_it_held(tmp_path: Path) -> None:
    source = """
    placeholder = st.empty()
    with placeholder.container():
        st.write("one")
        st.write("two")
    with placeholder.container():
        st.write("three")
    """
    assert layout(tmp_path, source) == [
        ((0, 0), "container", None),
        ((0, 0, 0), "markdown", "three"),
    ]


def test_placeholder_empty_clears_it(tmp_path: Path) -> None:
    source = """
    placeholder = st.empty()
    with placeholder.container():
        st.write("gone soon")
    placeholder.empty()
    st.write("after")
    """
    assert layout(tmp_path, source) == [((0, 0), "empty", None), ((0, 1), "markdown", "after")]


# -- st.sidebar ------------------------------------------------------------------------------------


def test_sidebar_writes_go_to_root_one_from_anywhere(tmp_path: Path) -> None:
    source = """
    st.sidebar.title("Menu")
    with st.sidebar:
        st.write("in the sidebar")
    left, right = st.columns(2)
    with left:
        st.sidebar.write("from a column")
        st.write("in the column")
    """
    rows = layout(tmp_path, source)
    assert [row for row in rows if row[0][0] == 1] == [
        ((1, 0), "title", "Menu"),
        ((1, 1), "markdown", "in the sidebar"),
        ((1, 2), "markdown", "from a column"),
    ]
    assert ((0, 0, 0, 0), "markdown", "in the column") in rows


def test_sidebar_holds_containers(tmp_path: Path) -> None:
    source = """
    box = st.sidebar.container()
    st.sidebar.write("below")
    box.write("above")
    """
    assert layout(tmp_path, source) == [
        ((1, 0), "container", None),
        ((1, 0, 0), "markdown", "above"),
        ((1, 1), "markdown", "below"),
    ]
