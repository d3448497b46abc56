"""st.status: its states, the automatic state at the end of a `with` block, `update()`, the
children it keeps, and AppTest's `at.status` as Streamlit's AppTest reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from element_runner import error, run
from rill.testing.v1 import AppTest


def app(tmp_path: Path, source: str) -> AppTest:
    script = tmp_path / "app.py"
    script.write_text("import rill as st\n" + source, encoding="utf-8")
    return AppTest.from_file(str(script)).run()


def status_deltas(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        m["element"]["props"]
        for m in messages
        if m["t"] == "delta" and m["element"]["kind"] == "status"
    ]


def test_a_with_block_runs_then_completes(tmp_path: Path) -> None:
    source = """
with st.status("Downloading data...") as status:
    st.write("Searching for data...")
    st.write("Found a URL.")
"""
    props = status_deltas(run(tmp_path, source))
    assert [p["state"] for p in props] == ["running", "complete"]
    at = app(tmp_path, source)
    (status,) = at.status
    assert (status.label, status.state, status.icon) == (
        "Downloading data...",
        "complete",
        ":material/check:",
    )
    assert [m.value for m in status.markdown] == ["Searching for data...", "Found a URL."]


def test_an_exception_in_the_block_is_an_error(tmp_path: Path) -> None:
    at = app(
        tmp_path,
        """
try:
    with st.status("Parsing"):
        st.write("step 1")
        raise ValueError("bad input")
except ValueError:
    st.write("handled")
with st.status("Uncaught"):
    1 / 0
""",
    )
    parsing, uncaught = at.status
    assert (parsing.state, parsing.icon) == ("error", ":material/error:")
    assert parsing.markdown[0].value == "step 1"
    assert uncaught.state == "error"
    assert at.exception[0].message == "division by zero"


def test_a_state_set_in_the_block_is_kept(tmp_path: Path) -> None:
    at = app(
        tmp_path,
        """
with st.status("Checking") as status:
    status.update(label="Check failed", state="error", expanded=True)
with st.status("Already done", state="complete"):
    pass
""",
    )
    failed, done = at.status
    assert (failed.label, failed.state, failed.expanded) == ("Check failed", "error", True)
    assert done.state == "complete"


def test_update_keeps_children_and_unchanged_arguments(tmp_path: Path) -> None:
    at = app(
        tmp_path,
        """
status = st.status("Job", expanded=True, width=400)
status.write("one")
status.update(label="Job, renamed")
status.write("two")
status.update(state="complete")
""",
    )
    (status,) = at.status
    assert status.label == "Job, renamed"
    assert status.state == "complete"
    assert status.expanded is True
    assert status.props["width"] == 400
    assert [m.value for m in status.markdown] == ["one", "two"]


def test_a_status_without_with_stays_running(tmp_path: Path) -> None:
    at = app(tmp_path, 'st.status("Waiting").write("x")\n')
    assert at.status[0].state == "running"
    assert at.status[0].icon == "spinner"


def test_statuses_nest_and_complete_inside_out(tmp_path: Path) -> None:
    at = app(
        tmp_path,
        """
with st.status("Outer"):
    with st.status("Inner"):
        st.write("deep")
""",
    )
    outer, inner = at.status
    assert (outer.state, inner.state) == ("complete", "complete")
    assert outer.status[0].label == "Inner"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.status("x", state="done")', 'must be "running", "complete" or "error", not \'done\''),
        ('st.status("x", expanded="yes")', "`expanded` argument of st.status must be True or"),
        ("st.status(42)", "The label of st.status must be a string, not int"),
        ('st.status("x", width="content")', "The `width` argument of st.status must be"),
        (
            'st.status("x").update(state="finished")',
            "The `state` argument of StatusContainer.update() must be",
        ),
        ('st.status("x").update(label=3)', "label of StatusContainer.update() must be a string"),
    ],
)
def test_bad_arguments_are_named(tmp_path: Path, call: str, message: str) -> None:
    assert message in error(tmp_path, call + "\n")
