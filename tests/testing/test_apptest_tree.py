"""The element tree AppTest keeps: built from protocol messages like the browser's, walked in
page order, queried by type, key and position."""

from __future__ import annotations

import pytest

from rill.testing.v1 import AppTest, AppTestError
from rill.testing.v1.client import TreeClient


def delta(path: list[int], kind: str, block: bool = False, run_id: int = 1, **props: object):
    element = {"kind": kind, "props": props, "block": block}
    return {"t": "delta", "run_id": run_id, "path": path, "element": element}


def shape(client: TreeClient, root: int = 0) -> list:
    def walk(node):  # type: ignore[no-untyped-def]
        return [(c.kind, walk(c)) if c.block else c.kind for c in node.children]

    return walk(client.roots[root])


# -- the client applies messages like the browser --------------------------------------------


def test_a_delta_puts_an_element_at_its_path_and_replaces_what_was_there() -> None:
    client = TreeClient()
    client.send(delta([0, 0], "markdown", body="a"))
    client.send(delta([0, 1], "markdown", body="b"))
    client.send(delta([0, 0], "text", body="c"))
    assert shape(client) == ["text", "markdown"]
    assert client.roots[0].children[0].props == {"body": "c"}


def test_a_block_replacing_a_block_of_the_same_kind_keeps_its_children() -> None:
    client = TreeClient()
    client.send(delta([0, 0], "container", block=True))
    client.send(delta([0, 0, 0], "markdown", body="inside"))
    client.send(delta([0, 0], "container", block=True, run_id=2))
    assert shape(client) == [("container", ["markdown"])]


def test_a_block_of_another_kind_or_an_element_replaces_the_whole_subtree() -> None:
    client = TreeClient()
    client.send(delta([0, 0], "container", block=True))
    client.send(delta([0, 0, 0], "markdown", body="inside"))
    client.send(delta([0, 0], "expander", block=True, label="E"))
    assert shape(client) == [("expander", [])]
    client.send(delta([0, 0, 0], "markdown", body="inside"))
    client.send(delta([0, 0], "markdown", body="flat"))
    assert shape(client) == ["markdown"]


def test_gaps_become_placeholders_and_missing_containers_are_created() -> None:
    client = TreeClient()
    client.send(delta([1, 2], "markdown", body="late"))
    client.send(delta([0, 0, 1], "markdown", body="deep"))
    assert shape(client, 1) == ["empty", "empty", "markdown"]
    assert shape(client) == [("container", ["empty", "markdown"])]


def test_trim_cuts_a_containers_children() -> None:
    client = TreeClient()
    for i in range(3):
        client.send(delta([0, i], "markdown", body=str(i)))
    client.send(delta([0, 3], "container", block=True))
    client.send(delta([0, 3, 0], "markdown", body="x"))
    client.send({"t": "trim", "path": [0, 3], "length": 0})
    client.send({"t": "trim", "path": [0], "length": 2})
    client.send({"t": "trim", "path": [0, 9], "length": 0})  # nothing there: ignored
    assert shape(client) == ["markdown", "markdown"]


# -- order and accessors ------------------------------------------------------------------------

LAYOUT = """
import rill as st
st.sidebar.markdown("side 1")
st.markdown("main 1")
left, right = st.columns(2)
right.markdown("right")
left.markdown("left")
with st.sidebar:
    st.markdown("side 2")
one, two = st.tabs(["One", "Two"])
two.markdown("tab two")
one.markdown("tab one")
with st.expander("More"):
    st.markdown("expanded")
    with st.container():
        st.markdown("nested")
st.markdown("main 2")
"""


def test_elements_are_listed_depth_first_main_area_then_sidebar() -> None:
    at = AppTest.from_string(LAYOUT).run()
    assert not at.exception
    assert at.markdown.values == [
        "main 1",
        "left",
        "right",
        "tab one",
        "tab two",
        "expanded",
        "nested",
        "main 2",
        "side 1",
        "side 2",
    ]
    assert at.main.markdown.values[0] == "main 1"
    assert at.sidebar.markdown.values == ["side 1", "side 2"]


def test_containers_have_accessors_scoped_to_their_subtree() -> None:
    at = AppTest.from_string(LAYOUT).run()
    assert len(at.columns) == 2
    assert at.columns[0].markdown[0].value == "left"
    assert at.columns[1].markdown.values == ["right"]
    assert [tab.label for tab in at.tabs] == ["One", "Two"]
    assert at.tabs[1].markdown[0].value == "tab two"
    assert at.expander[0].label == "More"
    assert at.expander[0].markdown.values == ["expanded", "nested"]
    assert at.expander[0].container[0].markdown.values == ["nested"]
    assert at.get("columns") == list(at.columns)
    assert at.columns[0].weight == pytest.approx(0.5)


def test_children_by_position_and_walking_the_tree() -> None:
    at = AppTest.from_string(LAYOUT).run()
    assert len(at) == 4  # main, sidebar, event layer, bottom bar
    assert at[0].type == "main" and at[1].type == "sidebar"
    assert at.main[0].value == "main 1"
    assert at.main.children[1].type == "columns"
    assert len(at.main.children[1]) == 2
    kinds = [node.type for node in at.main]
    assert kinds[:5] == ["main", "markdown", "columns", "column", "markdown"]


def test_element_sequences_support_indexing_slicing_and_values() -> None:
    at = AppTest.from_string(
        "import rill as st\nfor i in range(4):\n    st.markdown(f'line {i}')\n"
    ).run()
    md = at.markdown
    assert len(md) == 4 and md.len == 4
    assert md[-1].value == "line 3"
    assert md[1:3].values == ["line 1", "line 2"]
    assert [m.value for m in md] == md.values
    assert at.title == [] and len(at.title) == 0
    with pytest.raises(IndexError):
        md[4]


def test_element_props_are_attributes_and_unknown_names_raise() -> None:
    at = AppTest.from_string(
        "import rill as st\nst.markdown('**b**', help='tip')\nst.code('x = 1', language='python')\n"
    ).run()
    assert at.markdown[0].help == "tip"
    assert at.code[0].value == "x = 1"
    assert at.code[0].language == "python"
    with pytest.raises(AttributeError):
        at.markdown[0].no_such_thing  # noqa: B018
    with pytest.raises(AppTestError, match="not a widget"):
        at.markdown[0].set_value("x")


def test_text_elements_expose_their_documented_values() -> None:
    at = AppTest.from_string(
        """
import rill as st
st.title("T")
st.header("H")
st.subheader("S")
st.caption("C")
st.text("plain")
st.latex("x^2")
st.divider()
st.json({"a": 1})
st.success("ok")
st.info("fyi")
st.warning("hm")
st.error("bad")
"""
    ).run()
    assert at.title[0].value == "T" and at.title[0].tag == "h1"
    assert at.header[0].value == "H" and at.subheader[0].value == "S"
    assert at.caption[0].value == "C" and at.caption[0].is_caption
    assert at.text[0].value == "plain"
    assert at.latex[0].value == "x^2"
    assert len(at.divider) == 1
    assert '"a"' in at.json[0].value
    assert [at.success[0].value, at.info[0].value, at.warning[0].value, at.error[0].value] == [
        "ok",
        "fyi",
        "hm",
        "bad",
    ]
    assert at.markdown == []  # captions, latex and dividers are not markdown elements


def test_elements_not_produced_again_are_gone_after_the_run() -> None:
    at = AppTest.from_string(
        """
import rill as st
st.session_state.setdefault("n", 3)
for i in range(st.session_state.n):
    st.markdown(str(i))
with st.expander("E"):
    for i in range(st.session_state.n):
        st.markdown(f"e{i}")
"""
    ).run()
    assert len(at.markdown) == 6
    at.session_state.n = 1
    at.run()
    assert at.markdown.values == ["0", "e0"]


def test_get_by_key_finds_one_element() -> None:
    at = AppTest.from_string("import rill as st\nst.markdown('x')\n").run()
    with pytest.raises(KeyError, match="nope"):
        at.get_by_key("nope")
