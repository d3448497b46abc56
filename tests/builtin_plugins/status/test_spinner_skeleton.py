"""st.spinner and st.skeleton: shown while a block runs and gone when it ends, whatever ends it;
the skeleton also as a placeholder that content replaces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import error, run, shown
from rill.testing.v1 import AppTest


def deltas(messages: list[dict[str, Any]]) -> list[tuple[tuple[int, ...], str]]:
    return [(tuple(m["path"]), m["element"]["kind"]) for m in messages if m["t"] == "delta"]


def test_the_spinner_shows_while_the_block_runs_then_goes(tmp_path: Path) -> None:
    source = """
    st.write("before")
    with st.spinner("Crunching..."):
        st.write("during")
    st.write("after")
    """
    messages = run(tmp_path, source)
    assert deltas(messages) == [
        ((0, 0), "markdown"),
        ((0, 1), "spinner"),
        ((0, 2), "markdown"),
        ((0, 1), "empty"),
        ((0, 3), "markdown"),
    ]
    spinner = next(m for m in messages if m["t"] == "delta" and m["element"]["kind"] == "spinner")
    assert spinner["element"]["props"] == {"text": "Crunching...", "show_time": False}
    kinds = [kind for kind, _ in shown(tmp_path, source)]
    assert "spinner" not in kinds and kinds.count("markdown") == 3


def test_the_spinner_goes_when_the_block_raises(tmp_path: Path) -> None:
    source = """
    try:
        with st.spinner():
            raise KeyError("boom")
    except KeyError:
        st.write("caught")
    """
    assert [kind for kind, _ in shown(tmp_path, source)] == ["empty", "markdown"]


def test_a_decorated_function_shows_the_spinner_at_each_call(tmp_path: Path) -> None:
    source = """
    @st.spinner("Working", show_time=True, width="stretch")
    def work(n):
        st.write(f"call {n}")
        return n * 2

    st.write(work(1) + work(2))
    """
    messages = run(tmp_path, source)
    spinners = [m for m in messages if m["t"] == "delta" and m["element"]["kind"] == "spinner"]
    assert len(spinners) == 2
    assert spinners[0]["element"]["props"] == {
        "text": "Working",
        "show_time": True,
        "width": "stretch",
    }
    bodies = [props.get("body") for kind, props in shown(tmp_path, source) if kind == "markdown"]
    assert bodies == ["call 1", "call 2", "`6`"]


def test_apptest_sees_no_spinner_after_a_run(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import rill as st\nwith st.spinner('Loading'):\n    st.text('done')\n", encoding="utf-8"
    )
    at = AppTest.from_file(str(script)).run()
    assert at.get("spinner") == []
    assert at.text[0].value == "done"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.spinner(show_time='yes')", "`show_time` argument of st.spinner must be True or False"),
        ("st.spinner(width='wide')", 'must be "stretch", "content" or a positive number of pixel'),
        ("st.spinner(width=-5)", "not -5"),
    ],
)
def test_bad_spinner_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, f"with {call}:\n    pass\n")


def test_a_standalone_skeleton_is_replaced_by_what_is_written_to_it(tmp_path: Path) -> None:
    source = """
    placeholder = st.skeleton(height=120, width=300)
    st.write("below")
    placeholder.text("loaded")
    """
    messages = run(tmp_path, source)
    assert deltas(messages) == [((0, 0), "skeleton"), ((0, 1), "markdown"), ((0, 0), "text")]
    assert messages[1]["element"]["props"] == {"height": 120, "width": 300}
    assert [kind for kind, _ in shown(tmp_path, source)] == ["text", "markdown"]


def test_a_skeleton_in_a_with_block_holds_until_the_block_ends(tmp_path: Path) -> None:
    source = """
    with st.skeleton():
        st.write("inside goes to the parent")
    st.write("after")
    """
    assert deltas(run(tmp_path, source)) == [
        ((0, 0), "skeleton"),
        ((0, 1), "markdown"),
        ((0, 0), "empty"),
        ((0, 2), "markdown"),
    ]
    raising = """
    try:
        with st.skeleton("stretch"):
            raise ValueError("failed")
    except ValueError:
        pass
    """
    assert shown(tmp_path, raising) == [("empty", {})]


def test_content_written_into_a_skeleton_in_its_block_stays(tmp_path: Path) -> None:
    source = """
    with st.skeleton() as placeholder:
        placeholder.text("ready")
    """
    assert shown(tmp_path, source) == [("text", {"body": "ready", "help": None})]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.skeleton(height=0)", 'must be None, "stretch" or a positive number of pixels, not 0'),
        ("st.skeleton(height='tall')", "The `height` argument of st.skeleton must be"),
        ("st.skeleton(width='content')", "The `width` argument of st.skeleton must be"),
    ],
)
def test_bad_skeleton_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, call + "\n")
